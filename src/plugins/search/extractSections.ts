import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** A page of the built site, cut into the sections a result can point to. */
export interface ExtractedPage {
  readonly title: string;
  /** Language of the content (`lang` of the content or of the page). */
  readonly lang: string;
  readonly sections: ExtractedSection[];
}

export interface ExtractedSection {
  /** Heading id ('' for the top of the page). */
  readonly anchor: string;
  /** Heading text ('' for the part before the first heading). */
  readonly heading: string;
  text: string;
}

/**
 * Where the readable content of a page is: the doc body, else the article of
 * the page's main (a handout sheet, without its toolbar), else its main.
 */
const CONTENT_SELECTORS = ['.theme-doc-markdown', 'main article', 'main'];

/**
 * Never indexed: code, pictures (diagrams have text versions, which are
 * indexed), controls, heading anchor links, and any block marked
 * `data-search-exclude` — quizzes mark themselves so, and authors can mark a
 * block in MDX: `<div data-search-exclude>…</div>`.
 */
const SKIPPED = 'script, style, noscript, svg, button, nav, .hash-link, [data-search-exclude]';

/** Headings that start a section: the levels the table of contents shows. */
const SECTION_HEADINGS = new Set(['h2', 'h3']);

/** Elements after which a word ends even without white space in the HTML. */
const BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'tr',
  'div',
  'section',
  'blockquote',
  'figcaption',
  'dt',
  'dd',
  'summary',
  'details',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'aside',
  'header',
  'pre',
]);

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads one built HTML page. Returns undefined for a page that asks not to be
 * indexed (`<meta name="robots" content="noindex">`, as Docusaurus writes for
 * unlisted pages) or has no content.
 */
export function extractSections(html: string): ExtractedPage | undefined {
  const $ = cheerio.load(html);
  if (/noindex/i.test($('meta[name="robots"]').attr('content') ?? '')) return undefined;
  const root = CONTENT_SELECTORS.map((selector) => $(selector).first()).find(
    (found) => found.length,
  );
  if (!root) return undefined;

  const title = squash($('h1').first().text()) || squash($('title').text());
  // An untranslated page wraps its English content in lang="en": around the
  // whole content (docs), or around the part that is most of it (a slide deck,
  // whose buttons and notice are in the page's language).
  const pageLang = root.closest('[lang]').attr('lang') ?? '';
  const contentLength = squash(root.text()).length;
  const mostlyOther = root
    .find('[lang]')
    .toArray()
    .find(
      (element) =>
        $(element).attr('lang') !== pageLang &&
        squash($(element).text()).length * 2 > contentLength,
    );
  const lang = mostlyOther ? ($(mostlyOther).attr('lang') ?? pageLang) : pageLang;
  root.find(SKIPPED).remove();
  root.find('h1').remove();

  const sections: ExtractedSection[] = [{ anchor: '', heading: '', text: '' }];
  const parts: string[][] = [[]];
  const walk = (node: AnyNode) => {
    if (node.type === 'text') {
      parts[parts.length - 1]!.push(node.data);
      return;
    }
    if (node.type !== 'tag') return;
    const element = node as Element;
    if (SECTION_HEADINGS.has(element.name) && element.attribs.id) {
      sections.push({ anchor: element.attribs.id, heading: squash($(element).text()), text: '' });
      parts.push([]);
      return;
    }
    const block = BLOCKS.has(element.name);
    if (block) parts[parts.length - 1]!.push(' ');
    element.children.forEach(walk);
    if (block) parts[parts.length - 1]!.push(' ');
  };
  root.contents().each((_, node) => walk(node));
  sections.forEach((section, index) => {
    section.text = squash(parts[index]!.join(''));
  });

  const kept = sections.filter((section, index) => index === 0 || section.text || section.heading);
  if (!title && kept.every((section) => !section.text && !section.heading)) return undefined;
  return { title, lang, sections: kept };
}
