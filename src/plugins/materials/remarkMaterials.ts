import path from 'node:path';
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';

import { exerciseOrder } from '../handouts/order';
import { readExercise, validateExerciseMaterials } from './exerciseMaterials';

type JsxElement = {
  type: 'mdxJsxFlowElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
};

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
/**
 * A bullet list; as a checklist, each item gets an empty box to tick on paper, drawn by CSS
 * (.materials-checklist in custom.css): form checkboxes would be controls without a purpose.
 */
function list(items: readonly string[], checklist: boolean): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    ...(checklist ? { data: { hProperties: { className: ['materials-checklist'] } } } : {}),
    children: items.map((item): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [paragraph(text(item))],
    })),
  };
}

const DAY_PREFIX: Record<string, string> = { 'early-identification': 'ei-', 'safe-future': 'sf-' };

/**
 * Replaces, in trainer pages, at build time:
 * - `<ExerciseMaterials />` on an exercise page by the list in its own front matter;
 * - `<MaterialsChecklist day="early-identification" />` on a day page by a checklist of every
 *   exercise's materials, in the order of the day, each under a link to its exercise.
 * The result is plain Markdown: it prints, and costs the page no script.
 */
export default function remarkMaterials(options: { siteDir: string }) {
  const englishExercises = path.join(options.siteDir, 'trainers', 'exercises');
  return (tree: Root, file: VFile) => {
    const replace = (node: JsxElement): RootContent[] | undefined => {
      if (node.name === 'ExerciseMaterials') {
        const frontMatter =
          (file.data as { frontMatter?: Record<string, unknown> }).frontMatter ?? {};
        const { materials, materials_note: note } = validateExerciseMaterials(
          file.path,
          frontMatter,
        );
        return [
          ...(materials.length > 0 ? [list(materials, false)] : []),
          ...(note ? [paragraph(text(note))] : []),
        ];
      }
      if (node.name === 'MaterialsChecklist') {
        const day = node.attributes.find((attribute) => attribute.name === 'day')?.value;
        const prefix = DAY_PREFIX[String(day)];
        if (!prefix)
          throw new Error(
            `${file.path}: <MaterialsChecklist day="…"> needs day="early-identification" or day="safe-future".`,
          );
        // The exercises beside this page: the same locale's translations, else English.
        const exercisesDir = path.join(path.dirname(file.path), 'exercises');
        return exerciseOrder()
          .filter((id) => id.startsWith(prefix))
          .map((id) => readExercise(id, exercisesDir, englishExercises))
          .filter((exercise) => exercise.materials.length > 0)
          .flatMap((exercise): RootContent[] => [
            paragraph({
              type: 'strong',
              children: [
                {
                  type: 'link',
                  url: `/trainers/exercises/${exercise.id}`,
                  children: [text(exercise.label)],
                },
              ],
            }),
            list(exercise.materials, true),
          ]);
      }
      return undefined;
    };
    tree.children = tree.children.flatMap((node) =>
      node.type === ('mdxJsxFlowElement' as string)
        ? (replace(node as unknown as JsxElement) ?? [node])
        : [node],
    );
  };
}
