import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

import { docHeadings, type DocHeading } from '../../quizzes/headings';

/*
 * What the translation gates compare (check/gates.ts): the structure of a
 * Markdown/MDX page (headings, components, links, admonitions) and its prose,
 * as plain paragraphs. Line-based on purpose: the pages are written to the
 * project's Prettier style, and a gate must report the line of a problem.
 */

/** A piece of prose a reader sees, with the line it starts on (1-based). */
export interface Paragraph {
  readonly line: number;
  readonly text: string;
}

export interface PageStructure {
  readonly headings: readonly DocHeading[];
  /** Component names in order, with their identifier-like props (`<Diagram id="x">` → `Diagram id=x`). */
  readonly components: readonly string[];
  /** Link targets, in order (Markdown links and href/to props). */
  readonly links: readonly string[];
  /** Admonition kinds in order (`:::note`). */
  readonly admonitions: readonly string[];
  /** Lists as Markdown reads them, in order: "numbered, 4 items", "bulleted, 3 items". */
  readonly lists: readonly string[];
  /** The line each of those lists starts on (1-based). */
  readonly listLines: readonly number[];
}

export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** The body of a page with front matter and fenced code blanked out, line numbers kept. */
function blankedBody(markdown: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, '');
  return markdown
    .replace(FRONT_MATTER, blank)
    .replace(/^ {0,3}(`{3,}|~{3,})[\s\S]*?^ {0,3}\1.*$/gm, blank)
    .replace(/^(import|export) .*$/gm, '');
}

/** Values a component prop carries as data, not text: ids, paths, numbers. */
const DATA_VALUE = /^[\w\-./#:@]+$/;

export function pageStructure(markdown: string): PageStructure {
  const body = blankedBody(markdown);
  const components: string[] = [];
  for (const match of body.matchAll(
    /<([A-Z][\w.]*)((?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g,
  )) {
    const props = [...match[2]!.matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g)]
      .map(([, name, double, single, expression]) => [name!, double ?? single ?? expression ?? ''])
      .filter(([, value]) => DATA_VALUE.test(value!.trim().replace(/^['"]|['"]$/g, '')))
      .map(([name, value]) => `${name}=${value!.trim().replace(/^['"]|['"]$/g, '')}`);
    components.push([match[1]!, ...props].join(' '));
  }
  const links = [
    ...[...body.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]!),
    ...[...body.matchAll(/\b(?:href|to)=["']([^"']+)["']/g)].map((match) => match[1]!),
  ];
  const admonitions = [...body.matchAll(/^\s*:::(\w+)/gm)].map((match) => match[1]!);
  const found = lists(body);
  return {
    headings: docHeadings(markdown),
    components,
    links,
    admonitions,
    lists: found.map((list) => list.kind),
    listLines: found.map((list) => list.line),
  };
}

/**
 * The lists a Markdown parser finds. Parsed, not matched by line: a wrapped
 * line that happens to begin "1. " (Hungarian "1. áttekintés", an ordinal)
 * starts a numbered list in the middle of a sentence, and only the parser
 * knows when a number at the start of a line does that.
 */
function lists(body: string): { kind: string; line: number }[] {
  const found: { kind: string; line: number }[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'list') {
      const items = node.children.length;
      found.push({
        kind: `${node.ordered ? 'numbered' : 'bulleted'}, ${items} item${items === 1 ? '' : 's'}`,
        line: node.position?.start.line ?? 0,
      });
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(fromMarkdown(body));
  return found;
}

/** Markdown inline syntax reduced to what a reader sees. */
export function plainInline(text: string): string {
  return (
    text
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .replace(/\{#[\w-]+\}/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      // Code (addresses, file names) is not prose: it is never translated.
      .replace(/`[^`]*`/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/(\*{1,3}|_{1,3})(\S(?:.*?\S)?)\1/g, '$2')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/^\s*(?:[-*+]|\d+\.|>|#{1,6}|\|)\s*/gm, '')
      .replace(/\|/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The prose of a page: its title and description (front matter), then each
 * paragraph, list item, table row and heading, with its line. Text inside an
 * element marked lang="…" is left out: it is in that language on purpose.
 */
export function paragraphs(markdown: string): Paragraph[] {
  const result: Paragraph[] = [];
  const frontMatter = FRONT_MATTER.exec(markdown)?.[1] ?? '';
  frontMatter.split('\n').forEach((line, index) => {
    const field = /^(title|description|sidebar_label):\s*(.+)$/.exec(line);
    if (field) result.push({ line: index + 2, text: field[2]!.replace(/^['"]|['"]$/g, '') });
  });
  const lines = blankedBody(markdown)
    .replace(/<(\w+)[^>]*\blang="[^"]*"[^>]*>[\s\S]*?<\/\1>/g, (element) =>
      element.replace(/[^\n]/g, ''),
    )
    .split('\n');
  let start = -1;
  let buffer: string[] = [];
  const flush = () => {
    const text = plainInline(buffer.join(' '));
    if (/\p{L}/u.test(text)) result.push({ line: start + 1, text });
    buffer = [];
    start = -1;
  };
  lines.forEach((line, index) => {
    const blockStart = /^\s*(?:[-*+]\s|\d+\.\s|#{1,6}\s|\||:::)/.test(line);
    if (line.trim() === '' || blockStart) flush();
    if (line.trim() === '' || /^\s*:::/.test(line) || /^\s*\|?[\s:|-]+\|?\s*$/.test(line)) return;
    if (start < 0) start = index;
    buffer.push(line);
  });
  flush();
  return result;
}

/** A string of a component's props that is data, not text: an id, a path, an address. */
const DATA_STRING = /^[\w./#:@-]*[./#:@_-][\w./#:@-]*$|^[^\p{L}]*$/u;

/**
 * The text in the props of the page's components, each string with its line:
 * a caption, a quote's source, the items of a diagram (`caption="…"`,
 * `{title: '…', items: ["…"]}`). paragraphs() leaves components out whole.
 * Strings that are data (ids, paths, numbers) are left out, and so are the
 * props of a component marked lang="…".
 */
export function componentProse(markdown: string): Paragraph[] {
  const body = blankedBody(markdown);
  const result: Paragraph[] = [];
  for (const start of body.matchAll(/<[A-Z]/g)) {
    // The tag ends at the first ">" outside quotes and braces.
    let depth = 0;
    let quote = '';
    let end = start.index + 1;
    for (; end < body.length; end += 1) {
      const character = body[end]!;
      if (quote) {
        if (character === quote) quote = '';
      } else if (character === '"' || character === "'") quote = character;
      else if (character === '{') depth += 1;
      else if (character === '}') depth -= 1;
      else if (character === '>' && depth === 0) break;
      // A blank line outside any brace: this was a "<" in the text, not a tag.
      else if (depth === 0 && body.startsWith('\n\n', end)) break;
    }
    if (body[end] !== '>') continue;
    const tag = body.slice(start.index, end);
    if (/\slang=/.test(tag)) continue;
    for (const literal of tag.matchAll(/"([^"\n]*)"|'([^'\n]*)'/g)) {
      const text = (literal[1] ?? literal[2])!;
      if (DATA_STRING.test(text)) continue;
      const line = body.slice(0, start.index + literal.index).split('\n').length;
      result.push({ line, text: plainInline(text) });
    }
  }
  return result;
}

/** Every string of a YAML text (quiz, handout, slides), with its key path, except `translation_of`. */
export function yamlStrings(value: unknown, keyPath = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path: keyPath, text: value }];
  if (Array.isArray(value))
    return value.flatMap((item, index) => yamlStrings(item, `${keyPath}[${index}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      key === 'translation_of' ? [] : yamlStrings(item, keyPath ? `${keyPath}.${key}` : key),
    );
  return [];
}
