import type { Element, Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

import rehypeRowHeaders from '../../src/plugins/learning-content/rehypeRowHeaders';

/** The cells of each row of the first table: "th" or "td", with scope="row" marked. */
function cellsOf(markdown: string): string[][] {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  rehypeRowHeaders()(tree);
  const rows: string[][] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children)
      if (child.type === 'element') {
        if (child.tagName === 'tr')
          rows.push(
            child.children
              .filter((cell): cell is Element => cell.type === 'element')
              .map((cell) => (cell.properties.scope === 'row' ? 'th:row' : cell.tagName)),
          );
        else walk(child);
      }
  };
  walk(tree);
  return rows;
}

describe('row headers in Markdown tables', () => {
  it('turn the first column of a matrix table (empty top-left cell) into row headers', () => {
    const rows = cellsOf(
      [
        '|  | Trafficking | Smuggling |',
        '| --- | --- | --- |',
        '| Consent | Not valid | Valid |',
        '| Crime against | The person | The state |',
      ].join('\n'),
    );
    // The empty corner is a data cell: an empty header is an error for HTML_CodeSniffer (H63.1).
    expect(rows).toEqual([
      ['td', 'th', 'th'],
      ['th:row', 'td', 'td'],
      ['th:row', 'td', 'td'],
    ]);
  });

  it('drop the empty header row of a names-and-values table; the names head their rows', () => {
    const rows = cellsOf(
      ['| | |', '| --- | --- |', '| Patron | Maria Gabriel |', '| Participants | 70 |'].join('\n'),
    );
    expect(rows).toEqual([
      ['th:row', 'td'],
      ['th:row', 'td'],
    ]);
  });

  it('leave a table with a named first column as it is', () => {
    const rows = cellsOf(
      ['| Question | Answer |', '| --- | --- |', '| When? | As soon as possible |'].join('\n'),
    );
    expect(rows).toEqual([
      ['th', 'th'],
      ['td', 'td'],
    ]);
  });
});
