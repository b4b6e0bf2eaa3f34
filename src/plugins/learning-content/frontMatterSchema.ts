import * as z from 'zod';

import { QUIZ_IDS } from '../../config/modules';

/**
 * Front matter of a learner page (docs/ and its translations). Validated at
 * build time by the front matter hook in docusaurus.config.ts: a page with a
 * missing or wrong field fails the build with the file, the field and a fix.
 * The authoring guide is CONTRIBUTING.md.
 */

/** A report chapter or appendix the page draws on: '1.1', '4', 'App. 3', 'Preface', 'Summary'. */
const chapterRef = z
  .string()
  .regex(
    /^(\d+(\.\d+)*|App\. \d+|Preface|Summary)$/,
    "write a chapter as '1.1' or '4', an appendix as 'App. 3', or 'Preface' / 'Summary'",
  );

const sentenceList = (what: string, min: number, max: number) =>
  z
    .array(z.string().trim().min(10, `each ${what} must be a full sentence`), {
      error: `list the ${what}s as a YAML list of sentences`,
    })
    .min(min, `give at least ${min} ${what}s`)
    .max(max, `give at most ${max} ${what}s`);

const common = {
  /** Page title, rendered as the page's h1. */
  title: z.string({ error: 'give the page a title' }).min(3),
  /** One or two sentences for search results and link previews. */
  description: z.string({ error: 'give a one- or two-sentence description' }).min(20),
  /** Estimated reading time in whole minutes. */
  minutes: z
    .number({ error: 'give the estimated reading time in whole minutes, e.g. minutes: 25' })
    .int('minutes must be a whole number')
    .min(1)
    .max(240),
  /** Report chapters and appendices the page draws on. */
  chapters: z.array(chapterRef, {
    error: "list the report chapters, e.g. chapters: ['1.1', '2.2']",
  }),
};

// Quiz ids come from the module list (src/config/modules.ts).
const quizId = z.enum(QUIZ_IDS as [string, ...string[]], {
  error: `quiz must be one of: ${QUIZ_IDS.join(', ')}`,
});

const learningPage = {
  ...common,
  chapters: common.chapters.min(1, 'name at least one report chapter the page draws on'),
  /** What the learner can do afterwards; rendered at the top of the page. */
  objectives: sentenceList('learning objective', 2, 6),
  /** Take-aways; rendered at the end of the page, before the way to the quiz. */
  key_points: sentenceList('key point', 2, 8),
  /** The quiz the page leads to. */
  quiz: quizId,
};

export const learnerFrontMatterSchema = z.discriminatedUnion(
  'page_type',
  [
    z.looseObject({ page_type: z.literal('module'), ...learningPage }),
    z.looseObject({ page_type: z.literal('case'), ...learningPage }),
    z.looseObject({ page_type: z.literal('reference'), ...common }),
  ],
  { error: 'set page_type to module, case or reference' },
);

export type LearnerFrontMatter = z.infer<typeof learnerFrontMatterSchema>;

export class FrontMatterError extends Error {}

/** Validates a learner page's front matter; throws one readable error listing every problem. */
export function validateLearnerFrontMatter(
  filePath: string,
  frontMatter: Record<string, unknown>,
): LearnerFrontMatter {
  const result = learnerFrontMatterSchema.safeParse(frontMatter);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'page_type';
    return `  - ${field}: ${issue.message}`;
  });
  throw new FrontMatterError(
    `Invalid front matter in ${filePath}:\n${problems.join('\n')}\nSee "Module files" in CONTRIBUTING.md.`,
  );
}
