import path from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';

import { exerciseOrder } from '../../src/plugins/handouts/order';
import {
  readExercise,
  validateExerciseMaterials,
} from '../../src/plugins/materials/exerciseMaterials';
import remarkMaterials from '../../src/plugins/materials/remarkMaterials';

const siteDir = path.resolve(__dirname, '../..');
const exercisesDir = path.join(siteDir, 'trainers/exercises');

function transform(
  element: string,
  attributes: Record<string, string>,
  file: string,
  frontMatter = {},
) {
  const tree = {
    type: 'root',
    children: [
      {
        type: 'mdxJsxFlowElement',
        name: element,
        attributes: Object.entries(attributes).map(([name, value]) => ({
          type: 'mdxJsxAttribute',
          name,
          value,
        })),
        children: [],
      },
    ],
  } as unknown as Root;
  const vfile = new VFile({ path: path.join(siteDir, file) });
  vfile.data = { frontMatter };
  remarkMaterials({ siteDir })(tree, vfile);
  return tree;
}

/** The text of every list item and link in the tree, in order. */
function texts(tree: Root): string[] {
  const out: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'text') out.push(node.value!);
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree as never);
  return out;
}

describe('exercise materials', () => {
  it('every exercise page of the kit lists its materials in its front matter', () => {
    for (const id of exerciseOrder()) {
      const exercise = readExercise(id, exercisesDir, exercisesDir);
      expect(exercise.materials.length + (exercise.materials_note ? 1 : 0), id).toBeGreaterThan(0);
    }
  });

  it('a page without a materials list fails with the file, the field and the fix', () => {
    expect(() => validateExerciseMaterials('trainers/exercises/ei-99.mdx', { title: 'x' })).toThrow(
      /Invalid front matter in trainers\/exercises\/ei-99\.mdx:\n {2}- materials: list what the exercise needs as a YAML list/,
    );
  });

  it('<ExerciseMaterials /> becomes the page’s own list and note', () => {
    const tree = transform('ExerciseMaterials', {}, 'trainers/exercises/ei-03.mdx', {
      materials: ['3 wooden spoons.', '4 laminated cards for the corners.'],
      materials_note: 'Collect headlines yourself.',
    });
    expect(tree.children.map((node) => node.type)).toEqual(['list', 'paragraph']);
    expect(texts(tree)).toEqual([
      '3 wooden spoons.',
      '4 laminated cards for the corners.',
      'Collect headlines yourself.',
    ]);
  });

  it('<MaterialsChecklist day="safe-future" /> gathers every SF exercise’s materials in the order of the day', () => {
    const tree = transform(
      'MaterialsChecklist',
      { day: 'safe-future' },
      'trainers/safe-future-day.mdx',
    );
    const expected = exerciseOrder()
      .filter((id) => id.startsWith('sf-'))
      .map((id) => readExercise(id, exercisesDir, exercisesDir))
      .filter((exercise) => exercise.materials.length > 0)
      .flatMap((exercise) => [exercise.label, ...exercise.materials]);
    expect(texts(tree)).toEqual(expected);
    expect(texts(tree).some((text) => text.startsWith('Laptops, at least four'))).toBe(true);
  });

  it('a checklist for no known day fails the build with the fix', () => {
    expect(() => transform('MaterialsChecklist', { day: 'monday' }, 'trainers/x.mdx')).toThrow(
      /needs day="early-identification" or day="safe-future"/,
    );
  });
});
