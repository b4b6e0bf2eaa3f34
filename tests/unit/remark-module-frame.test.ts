import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';

import remarkModuleFrame from '../../src/plugins/learning-content/remarkModuleFrame';

function frame(children: Root['children'], pageType = 'case'): string[] {
  const tree = { type: 'root', children } as Root;
  const file = new VFile({ data: { frontMatter: { page_type: pageType } } });
  remarkModuleFrame()(tree, file);
  return tree.children.map((node) => (node as { name?: string }).name ?? node.type);
}

const yaml = { type: 'yaml', value: 'title: x' } as unknown as Root['children'][number];
const note = {
  type: 'mdxJsxFlowElement',
  name: 'ContentNote',
  attributes: [],
  children: [],
} as unknown as Root['children'][number];
const paragraph = { type: 'paragraph', children: [] } as Root['children'][number];

describe('remarkModuleFrame', () => {
  it('puts the objectives after an opening content note, behind the front matter', () => {
    expect(frame([yaml, note, paragraph])).toEqual([
      'yaml',
      'ContentNote',
      'ModuleObjectives',
      'paragraph',
      'ModuleKeyPoints',
    ]);
  });

  it('puts the objectives first when the page opens with text', () => {
    expect(frame([yaml, paragraph])).toEqual([
      'yaml',
      'ModuleObjectives',
      'paragraph',
      'ModuleKeyPoints',
    ]);
  });

  it('leaves reference pages alone', () => {
    expect(frame([yaml, paragraph], 'reference')).toEqual(['yaml', 'paragraph']);
  });
});
