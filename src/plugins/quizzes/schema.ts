import * as z from 'zod';

/**
 * Quiz data. Structure and answers live once, language-neutral, in
 * `quizzes/<id>/quiz.yaml`; the learner-facing text lives per locale in
 * `quizzes/<id>/<locale>.yaml`, keyed by the same ids. The format is
 * documented for authors in CONTRIBUTING.md ("Quizzes").
 */

const id = z
  .string({ error: 'give an id of lowercase letters, digits and hyphens' })
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    'use lowercase letters, digits and hyphens only, e.g. "act-means"',
  );

/** `<doc path under docs/ without extension>` optionally followed by `#<heading anchor>`. */
const sectionRef = z
  .string({
    error:
      'link the question to the module section that teaches it, e.g. definitions#act-means-and-purpose',
  })
  .regex(
    /^[a-z0-9/-]+(#[a-z0-9-]+)?$/,
    'write the section as <doc path>#<heading anchor>, e.g. definitions#act-means-and-purpose',
  );

const base = { id, section: sectionRef };

const optionIds = z.array(id).min(2, 'give at least two options');

export const questionStructureSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      ...base,
      type: z.literal('single'),
      options: optionIds,
      correct: z.array(id).length(1, 'a single-choice question has exactly one correct option'),
    }),
    z.strictObject({
      ...base,
      type: z.literal('multiple'),
      options: optionIds,
      correct: z.array(id).min(1, 'mark at least one option as correct'),
    }),
    z.strictObject({
      ...base,
      type: z.literal('true-false'),
      correct: z.boolean({ error: 'correct must be true or false' }),
    }),
    z.strictObject({
      ...base,
      type: z.literal('categorize'),
      categories: z.array(id).min(2, 'give at least two categories'),
      items: z
        .record(id, id)
        .refine((items) => Object.keys(items).length >= 2, 'give at least two items'),
    }),
    z.strictObject({
      ...base,
      type: z.literal('order'),
      items: z.array(id).min(3, 'give at least three items to put in order'),
    }),
    z.strictObject({
      ...base,
      type: z.literal('scenario'),
      steps: z.array(id).min(3, 'give at least three steps'),
      act_from: id,
      act_by: id.optional(),
    }),
  ],
  { error: 'type must be one of: single, multiple, true-false, categorize, order, scenario' },
);

export const quizStructureSchema = z.strictObject({
  version: z.number({ error: 'give the quiz a version number, e.g. version: 1' }).int().min(1),
  pass_mark: z
    .number()
    .int()
    .min(1, 'the pass mark is a percentage from 1 to 100')
    .max(100, 'the pass mark is a percentage from 1 to 100')
    .default(80),
  questions: z.array(questionStructureSchema).min(1, 'a quiz needs at least one question'),
});

const text = z.string({ error: 'write the text here' }).trim().min(1, 'this text is empty');
const textMap = z.record(id, text);

export const questionTextSchema = z.strictObject({
  prompt: text,
  feedback: text,
  options: textMap.optional(),
  categories: textMap.optional(),
  items: textMap.optional(),
  steps: textMap.optional(),
});

export const quizTextSchema = z.strictObject({
  /** In a translation: the hash of the en.yaml it translates (npm run i18n:stamp). */
  translation_of: z.string().optional(),
  title: text,
  questions: z.record(id, questionTextSchema),
});

export type QuestionStructure = z.infer<typeof questionStructureSchema>;
export type QuizStructure = z.infer<typeof quizStructureSchema>;
export type QuestionText = z.infer<typeof questionTextSchema>;
export type QuizText = z.infer<typeof quizTextSchema>;
