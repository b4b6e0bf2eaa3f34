import * as z from 'zod';

/**
 * A printable handout: `handouts/<handout-id>/<locale>.yaml`. The format is
 * documented for authors in CONTRIBUTING.md ("Trainer kit").
 */
const text = z.string({ error: 'write the text here' }).trim().min(1, 'this text is empty');
const heading = { heading: text.optional() };

export const handoutBlockSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('text'), ...heading, paragraphs: z.array(text).min(1) }),
    z.strictObject({
      type: z.literal('list'),
      ...heading,
      ordered: z.boolean().default(false),
      items: z.array(text).min(1),
    }),
    z
      .strictObject({
        type: z.literal('table'),
        ...heading,
        columns: z.array(text).min(1),
        rows: z.array(z.array(z.string())).min(1),
      })
      .refine((table) => table.rows.every((row) => row.length === table.columns.length), {
        message: 'every row needs one cell per column (use "" for an empty cell)',
        path: ['rows'],
      }),
    z.strictObject({
      type: z.literal('cards'),
      ...heading,
      cards: z
        .array(
          z.strictObject({
            title: text,
            text: text.optional(),
            /** Labelled facts printed apart from the text, e.g. a game's answers and hints. */
            details: z
              .array(z.strictObject({ label: text, text }))
              .min(1)
              .optional(),
            back: text.optional(),
          }),
        )
        .min(1),
    }),
    z.strictObject({ type: z.literal('board'), ...heading, columns: z.array(text).min(2) }),
    z.strictObject({
      type: z.literal('scale'),
      ...heading,
      min: z.number().int().default(1),
      max: z.number().int().default(10),
      low: text.optional(),
      high: text.optional(),
      items: z.array(text).min(1),
    }),
    z
      .strictObject({
        type: z.literal('steps'),
        ...heading,
        steps: z
          .array(
            z.strictObject({
              title: text,
              text: text.optional(),
              /** The step where the trainer types local contacts (the roadmap's last step). */
              local: z.boolean().optional(),
              /** With local: printed only while no contact is filled in, e.g. "[fill in …]". */
              placeholder: text.optional(),
              /** With local: text that follows the contacts. */
              after: text.optional(),
            }),
          )
          .min(1),
      })
      .refine((block) => block.steps.filter((step) => step.local).length <= 1, {
        message: 'mark at most one step as local: true',
        path: ['steps'],
      }),
    z.strictObject({
      type: z.literal('lines'),
      ...heading,
      lines: z.number().int().min(1).max(20).default(3),
      prompts: z.array(text).min(1),
    }),
  ],
  { error: 'type must be one of: text, list, table, cards, board, scale, steps, lines' },
);

export const handoutSchema = z.strictObject({
  /** In a translation: the hash of the en.yaml it translates (npm run i18n:stamp). */
  translation_of: z.string().optional(),
  title: text,
  orientation: z
    .enum(['portrait', 'landscape'], { error: 'orientation is portrait or landscape' })
    .default('portrait'),
  /** Appendix 3 handouts: © FairWork Netherlands in the footer. */
  fairwork: z.boolean().default(false),
  /** The exercise page(s) that use the handout, e.g. ei-12. */
  exercise: z.union([z.string(), z.array(z.string())]).optional(),
  /** For a handout of no single exercise (a form): the day whose list it is on. */
  day: z
    .enum(['early-identification', 'safe-future', 'both'], {
      error: 'day is early-identification, safe-future or both',
    })
    .optional(),
  intro: text.optional(),
  blocks: z.array(handoutBlockSchema).min(1, 'a handout needs at least one block'),
});

export type HandoutBlock = z.infer<typeof handoutBlockSchema>;
export type Handout = z.infer<typeof handoutSchema>;
