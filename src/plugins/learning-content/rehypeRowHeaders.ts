import type { Element, ElementContent, Root, RootContent } from 'hast';

const isElement = (node: RootContent | ElementContent, tagName?: string): node is Element =>
  node.type === 'element' && (tagName === undefined || node.tagName === tagName);

const isBlankCell = (cell: Element) =>
  cell.children.every((child) => child.type === 'text' && child.value.trim() === '');

function rowsOf(table: Element): Element[] {
  return table.children
    .filter((child): child is Element => isElement(child))
    .flatMap((part) =>
      part.tagName === 'tr'
        ? [part]
        : part.children.filter((row): row is Element => isElement(row, 'tr')),
    );
}

const cellsOf = (row: Element): Element[] =>
  row.children.filter((cell): cell is Element => isElement(cell));

/** Makes a Markdown matrix table's first column into row headers; see the default export. */
function addRowHeaders(table: Element): void {
  const [header, ...rows] = rowsOf(table);
  const corner = header ? cellsOf(header)[0] : undefined;
  if (!header || !corner || corner.tagName !== 'th' || !isBlankCell(corner) || rows.length === 0)
    return;
  if (cellsOf(header).every(isBlankCell)) {
    // A list of names and values written as a table (Markdown needs a header row): the
    // empty header row goes, the names become row headers.
    table.children = table.children.filter((part) => !isElement(part, 'thead'));
  } else {
    // The empty corner of a matrix heads nothing: a data cell, not an empty header.
    corner.tagName = 'td';
  }
  for (const row of rows) {
    const first = row.children.find((cell): cell is Element => isElement(cell));
    if (first?.tagName === 'td') {
      first.tagName = 'th';
      first.properties = { ...first.properties, scope: 'row' };
    }
  }
}

function walk(node: Root | Element): void {
  for (const child of node.children)
    if (isElement(child)) {
      if (child.tagName === 'table') addRowHeaders(child);
      else walk(child);
    }
}

/**
 * Markdown tables have column headers only. A table whose top-left header
 * cell is empty is a matrix (e.g. trafficking and smuggling compared by
 * purpose, consent, border, victim): its first column names the rows. Those
 * cells become <th scope="row">, so that a screen reader announces "Consent"
 * with "Not valid" (WCAG 1.3.1; axe's td-has-header); the empty corner becomes a
 * data cell. A table whose header row is empty altogether (names and values)
 * loses that row. Empty header cells are errors for HTML_CodeSniffer (H63.1).
 * Other tables are left as written.
 */
export default function rehypeRowHeaders() {
  return (tree: Root) => walk(tree);
}
