import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import * as z from 'zod';

import { FrontMatterError } from '../learning-content/frontMatterSchema';

/**
 * What an exercise needs in the room, as data in the exercise page's front matter:
 *
 *   materials:
 *     - 12 laminated cards, each with a short case of trafficking.
 *   materials_note: Hold the sheet back until after this exercise.   # optional
 *
 * The exercise page shows it under its "Materials" heading (<ExerciseMaterials />) and the day
 * page gathers every exercise's list into one checklist (<MaterialsChecklist day="…" />), so
 * nothing is written twice. A translation translates the list in its own front matter.
 */
export const exerciseMaterialsSchema = z.object({
  materials: z.array(z.string().trim().min(3, 'an item needs a few words'), {
    error: 'list what the exercise needs as a YAML list (materials: [] if nothing is needed)',
  }),
  materials_note: z.string().trim().min(3).optional(),
});

export type ExerciseMaterials = z.infer<typeof exerciseMaterialsSchema>;

/** Whether a file is a trainer exercise page: trainers/exercises/ or its translations. */
export function isExercisePage(siteDir: string, filePath: string): boolean {
  const relative = path.relative(siteDir, filePath).split(path.sep).join('/');
  return (
    /^trainers\/exercises\/[^/_][^/]*\.mdx?$/.test(relative) ||
    /^i18n\/[^/]+\/docusaurus-plugin-content-docs-trainers\/current\/exercises\/[^/_][^/]*\.mdx?$/.test(
      relative,
    )
  );
}

/** Checks an exercise page's materials; a problem fails the build with the file, the field and the fix. */
export function validateExerciseMaterials(
  filePath: string,
  frontMatter: Record<string, unknown>,
): ExerciseMaterials {
  const result = exerciseMaterialsSchema.safeParse(frontMatter);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  - ${issue.path.join('.') || 'materials'}: ${issue.message}`,
  );
  throw new FrontMatterError(
    `Invalid front matter in ${filePath}:\n${problems.join('\n')}\nSee "Trainer kit" in CONTRIBUTING.md.`,
  );
}

export interface ExerciseEntry extends ExerciseMaterials {
  readonly id: string;
  /** The exercise's short name, e.g. "EI 1 · Who am I?" (its sidebar label). */
  readonly label: string;
}

/**
 * An exercise as the page in `exercisesDir` gives it, or, where that locale has no translation
 * yet, as the English page in `englishDir` gives it.
 */
export function readExercise(id: string, exercisesDir: string, englishDir: string): ExerciseEntry {
  const candidates = [exercisesDir, englishDir].map((dir) => path.join(dir, `${id}.mdx`));
  const file = candidates.find((candidate) => existsSync(candidate));
  if (!file)
    throw new Error(`The exercise page ${id}.mdx is missing (looked in ${candidates.join(', ')}).`);
  const { data } = matter(readFileSync(file, 'utf8'));
  const materials = validateExerciseMaterials(file, data);
  return {
    id,
    label: String(data.sidebar_label ?? data.title ?? id),
    ...materials,
  };
}
