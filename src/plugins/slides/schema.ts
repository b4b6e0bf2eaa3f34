import * as z from 'zod';

/**
 * A deck of theory slides for one theory slot of a training day:
 * `slides/<deck-id>/<locale>.yaml`. Shown at /trainers/slides/<deck-id>, and
 * built into a 16:9 PDF and an editable PowerPoint file per locale. The format
 * is documented for authors in CONTRIBUTING.md ("Slides").
 */
const text = z.string({ error: 'write the text here' }).trim().min(1, 'this text is empty');
const titled = z.strictObject({ title: text, text: text.optional() });

/** The module diagrams a slide may show: the same components, with the same props, as in MDX. */
export const slideDiagramSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('concept-model'),
      parts: z
        .array(
          z.strictObject({
            title: text,
            subtitle: text.optional(),
            items: z.array(text).optional(),
          }),
        )
        .min(2),
      result: text,
      caption: text,
    }),
    z.strictObject({ type: z.literal('funnel'), levels: z.array(titled).min(2), caption: text }),
    z.strictObject({ type: z.literal('step-flow'), steps: z.array(titled).min(2), caption: text }),
    z.strictObject({
      type: z.literal('two-tracks'),
      start: text,
      tracks: z.tuple([
        z.strictObject({ title: text, items: z.array(text).min(1) }),
        z.strictObject({ title: text, items: z.array(text).min(1) }),
      ]),
      end: text.optional(),
      caption: text,
    }),
    z.strictObject({
      type: z.literal('ecogram'),
      center: text,
      sectors: z.array(z.strictObject({ title: text, items: z.array(text).optional() })).min(2),
      caption: text,
    }),
  ],
  { error: 'type must be one of: concept-model, funnel, step-flow, two-tracks, ecogram' },
);

export const slideSchema = z
  .strictObject({
    title: text,
    /** Short bullet points: what the audience reads. At most six, so that a slide stays legible. */
    points: z.array(text).max(6, 'at most six points on a slide: split it in two').optional(),
    diagram: slideDiagramSchema.optional(),
    /** What the trainer says: shown below the slide or in the notes window, and as PowerPoint speaker notes. */
    notes: text,
    /** Where the content comes from, e.g. "Report, chapter 3.3". */
    source: text.optional(),
  })
  .refine((slide) => slide.points || slide.diagram, {
    message: 'a slide needs points, a diagram, or both',
    path: ['points'],
  })
  .refine((slide) => !(slide.diagram && slide.points && slide.points.length > 3), {
    message: 'a slide with a diagram has room for at most three points',
    path: ['points'],
  });

export const deckSchema = z.strictObject({
  /** In a translation: the hash of the en.yaml it translates (npm run i18n:stamp). */
  translation_of: z.string().optional(),
  title: text,
  /** One sentence: what the slot is for. Shown on the title slide and in the kit. */
  summary: text,
  /** The training day and the time of the theory slot, e.g. early-identification at '13:45'. */
  day: z.enum(['early-identification', 'safe-future'], {
    error: 'day is early-identification or safe-future',
  }),
  time: z.string().regex(/^\d{2}:\d{2}$/, 'write the time of the slot as HH:MM, e.g. 13:45'),
  /** The exercise page the slot belongs to, if any, e.g. ei-02; the deck is also listed on its day page. */
  exercise: z
    .string()
    .regex(/^(ei|sf)-[0-9a-z-]+$/, 'an exercise id such as ei-02 or sf-03a')
    .optional(),
  /** Report chapters drawn on, as in module front matter: '3.3', 'App. 3'. */
  chapters: z.array(z.string().min(1)).min(1, 'cite at least one chapter of the report'),
  slides: z.array(slideSchema).min(2, 'a deck needs at least two slides'),
});

export type SlideDiagram = z.infer<typeof slideDiagramSchema>;
export type Slide = z.infer<typeof slideSchema>;
export type Deck = z.infer<typeof deckSchema>;
