import { createSlugger, parseMarkdownHeadingId } from '@docusaurus/utils';

/** One heading of a doc, as the built page shows it. */
export interface DocHeading {
  /** The `id` of the heading on the built page. */
  readonly anchor: string;
  /** The heading as plain text, without its explicit id. */
  readonly text: string;
  readonly depth: number;
  /** Text of the heading it comes under (h2 and lower; the page title does not count). */
  readonly parent?: string;
}

/** Inline Markdown of a heading reduced to the text a reader sees (what mdast's toString gives). */
function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*{1,3}|_{1,3})(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/<[^>]+>/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\\$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The headings of a Markdown or MDX doc with the anchors of the built page:
 * an explicit `{/* #id *\/}` or `{#id}`, else Docusaurus's own slugger
 * (github-slugger, one per page, so a repeated heading gets `-1`, `-2`) over
 * the heading's text, in document order. Front matter and code blocks are
 * skipped, as Docusaurus does not treat their `#` lines as headings.
 */
export function docHeadings(markdown: string): DocHeading[] {
  const slugger = createSlugger();
  const headings: DocHeading[] = [];
  const body = markdown
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '')
    .replace(/^ {0,3}(`{3,}|~{3,})[\s\S]*?^ {0,3}\1/gm, '');
  for (const match of body.matchAll(/^ {0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/gm)) {
    const depth = match[1]!.length;
    const raw = match[2]!;
    const mdxComment = parseMarkdownHeadingId(raw, 'mdx-comment');
    const classic = mdxComment.id ? mdxComment : parseMarkdownHeadingId(raw, 'classic');
    const text = plainText(classic.text);
    const anchor = classic.id ?? slugger.slug(text);
    let parent: string | undefined;
    for (let index = headings.length - 1; index >= 0; index -= 1) {
      const earlier = headings[index]!;
      if (earlier.depth < depth) {
        if (earlier.depth >= 2) parent = earlier.text;
        break;
      }
    }
    headings.push({ anchor, text, depth, ...(parent ? { parent } : {}) });
  }
  return headings;
}

/** The anchors of a doc's headings (see docHeadings). */
export function headingAnchors(markdown: string): Set<string> {
  return new Set(docHeadings(markdown).map((heading) => heading.anchor));
}
