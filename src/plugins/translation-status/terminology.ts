import { existsSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';

import { DataError, readYamlFile, zodProblems, type DataProblem } from '../data/yamlData';

/**
 * The termbase: `i18n/terminology.yaml`, the machine-readable form of the researched terminology base
 * (../shared/design/terminology.md). The translation gates (npm run i18n:check) read it to check that a
 * translation uses the agreed term where the English uses one, that no forbidden variant appears, and
 * that numbers are written in the locale's format. Its fields are documented in the header of the YAML
 * file; this module validates it and names the file, the field and the fix of every problem.
 */

export const TERMINOLOGY_FILE = 'i18n/terminology.yaml';

/** The translated locales, in the order of the file. Keep in step with TRANSLATED_LOCALES. */
export const TERM_LOCALES = ['nl', 'bg', 'mk', 'hu'] as const;
export type TermLocale = (typeof TERM_LOCALES)[number];

const text = (what: string) =>
  z
    .string({ error: `write ${what} here` })
    .trim()
    .min(1, `${what} is empty: write it or remove the line`);

const id = z
  .string({ error: 'give the term an id of lowercase letters, digits and hyphens' })
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'write the id in kebab-case (lowercase letters, digits, single hyphens), e.g. "reflection-period"',
  );

/**
 * A stem or forbidden phrase: lower case (matched as word beginnings, ignoring case), or an acronym
 * written without lower-case letters (matched as a whole word with its case).
 */
const matchPhrase = (what: string) =>
  text(what).refine(
    (phrase) => phrase === phrase.toLowerCase() || phrase === phrase.toUpperCase(),
    `write the ${what} in lower case (matched as word beginnings), or an acronym in capitals only (matched as a whole word)`,
  );

const confidence = z.enum(['C', 'P', 'U'], {
  error:
    'confidence must be C (confirmed), P (partly confirmed) or U (unconfirmed), as in the termbase',
});

/** Confidence U needs a recorded decision and a review flag. */
function requireDecisionWhenUnconfirmed(
  entry: {
    confidence: 'C' | 'P' | 'U';
    decision?: string | undefined;
    review?: boolean | undefined;
  },
  context: z.core.$RefinementCtx,
) {
  if (entry.confidence !== 'U') return;
  if (entry.decision === undefined)
    context.addIssue({
      code: 'custom',
      path: ['decision'],
      message:
        'confidence U: add decision: "<why this rendering was chosen>" for the national reviewer',
    });
  if (entry.review !== true)
    context.addIssue({
      code: 'custom',
      path: ['review'],
      message: 'confidence U: add review: true (a national reviewer must confirm the rendering)',
    });
}

/** Messages for a whole mapping that is missing, not a mapping, or has a field we do not know. */
const mappingError =
  (what: string, example: string, fields: string) => (issue: z.core.$ZodRawIssue) => {
    if (issue.code === 'unrecognized_keys')
      return `unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}: check its spelling (fields: ${fields})`;
    if (issue.input === undefined) return `add ${what}: ${example}`;
    return `write ${what} as a mapping: ${example}`;
  };

const localeTermShape = {
  use: z
    .array(text('a target form'), {
      error: 'list the target form(s) under use, e.g. use: [mensenhandel]',
    })
    .min(1, 'give at least one target form under use'),
  stems: z
    .array(matchPhrase('stem'), {
      error: 'list what a checker accepts under stems, e.g. stems: [mensenhandel]',
    })
    .min(1, 'give at least one stem (a lower-case word beginning of the target form)'),
  forbid: z
    .array(matchPhrase('forbidden phrase'), {
      error: 'forbid is a list, e.g. forbid: [reflectieperiode]',
    })
    .default([]),
  confidence,
  decision: text('the decision').optional(),
  review: z.boolean({ error: 'review must be true or false' }).optional(),
  note: text('the note').optional(),
};

/** The rendering of a term in one locale. */
export const localeTermSchema = (locale: string) =>
  z
    .strictObject(localeTermShape, {
      error: mappingError(
        `the ${locale} rendering`,
        `${locale}: { use: [...], stems: [...], confidence: C|P|U }`,
        Object.keys(localeTermShape).join(', '),
      ),
    })
    .superRefine(requireDecisionWhenUnconfirmed);

const ref = z
  .string({ error: 'give the row of the termbase, e.g. ref: "2.1 #1"' })
  .regex(/^\d\.\d+ #\d+$/, 'write the row as "<table> #<row>", e.g. "2.1 #1" or "1.3 #5"');

const sourceList = z
  .string({ error: 'write the source keys as text, e.g. source: "S1, S38"' })
  .regex(/^S\d+(, S\d+)*$/, 'write the source keys separated by ", ", e.g. "S1, S38"');

const localeFields = Object.fromEntries(
  TERM_LOCALES.map((locale) => [locale, localeTermSchema(locale)]),
) as Record<TermLocale, ReturnType<typeof localeTermSchema>>;

export const termSchema = z.strictObject({
  id,
  ref,
  en: z
    .array(text('an English phrase'), {
      error: 'list the English phrases that signal the term, e.g. en: [reflection period]',
    })
    .min(1, 'give at least one English phrase under en'),
  enforce: z.boolean({ error: 'enforce must be true or false' }).default(true),
  source: sourceList.optional(),
  note: text('the note').optional(),
  ...localeFields,
});

const nameForms = (locale: TermLocale) =>
  z
    .array(text('a form of the name'), { error: `list the ${locale} form(s) of the name` })
    .min(1, `give at least one ${locale} form of the name`);

const nameSchema = z
  .strictObject({
    en: text('the English name'),
    nl: nameForms('nl'),
    bg: nameForms('bg'),
    mk: nameForms('mk'),
    hu: nameForms('hu'),
    source: sourceList.optional(),
    confidence,
    decision: text('the decision').optional(),
    review: z.boolean({ error: 'review must be true or false' }).optional(),
    note: text('the note').optional(),
  })
  .superRefine(requireDecisionWhenUnconfirmed);

const numberFormatSchema = z.strictObject({
  thousands: z
    .array(z.string().length(1, 'a thousands separator is one character, e.g. "." or " "'), {
      error: 'list the accepted thousands separators, e.g. thousands: ["."]',
    })
    .min(1, 'give at least one thousands separator'),
  decimal: z
    .string({ error: 'give the decimal separator, e.g. decimal: ","' })
    .length(1, 'the decimal separator is one character'),
  fourDigits: z.enum(['grouped', 'plain', 'either'], {
    error: 'fourDigits must be grouped (5.433), plain (5433) or either',
  }),
  note: text('the note').optional(),
  examples: z.array(text('an example')).default([]),
});

export const terminologySchema = z
  .strictObject({
    version: z.literal(1, { error: 'set version: 1' }),
    formats: z.strictObject(
      Object.fromEntries(TERM_LOCALES.map((locale) => [locale, numberFormatSchema])) as Record<
        TermLocale,
        typeof numberFormatSchema
      >,
      { error: 'give the number format of every locale under formats (nl, bg, mk, hu)' },
    ),
    sources: z.record(
      z.string().regex(/^S\d+$/, 'name a source S<number>, e.g. S1'),
      text('the source description'),
    ),
    doNotTranslate: z.array(text('a name')).min(1, 'list the names that stay as written'),
    names: z.array(nameSchema).default([]),
    terms: z.array(termSchema).min(1, 'the termbase has no terms'),
  })
  .superRefine((file, context) => {
    const firstTermWith = new Map<string, string>();
    const firstPhrase = new Map<string, string>();
    file.terms.forEach((term, index) => {
      const previous = firstTermWith.get(term.id);
      if (previous !== undefined)
        context.addIssue({
          code: 'custom',
          path: ['terms', index, 'id'],
          message: `the id "${term.id}" is already used by an earlier term: give this term another id`,
        });
      else firstTermWith.set(term.id, term.id);

      term.en.forEach((phrase, phraseIndex) => {
        const key = phrase.toLowerCase();
        const owner = firstPhrase.get(key);
        if (owner !== undefined && owner !== term.id)
          context.addIssue({
            code: 'custom',
            path: ['terms', index, 'en', phraseIndex],
            message: `"${phrase}" already signals the term "${owner}": an English phrase belongs to one term, remove it from one of them`,
          });
        else firstPhrase.set(key, term.id);
      });

      for (const key of term.source?.split(', ') ?? [])
        if (!(key in file.sources))
          context.addIssue({
            code: 'custom',
            path: ['terms', index, 'source'],
            message: `${key} is not listed under sources: add it there or correct the key`,
          });
    });
  });

export type LocaleTerm = z.infer<ReturnType<typeof localeTermSchema>>;
export type Term = z.infer<typeof termSchema>;
export type Terminology = z.infer<typeof terminologySchema>;

export class TerminologyError extends DataError {
  constructor(problems: readonly DataProblem[]) {
    super(
      problems,
      'termbase',
      `The fields are described at the top of ${TERMINOLOGY_FILE}; the reasoning is in ../shared/design/terminology.md.`,
    );
  }
}

/**
 * Reads and validates `i18n/terminology.yaml` of the site in `siteDir`. Throws a TerminologyError
 * listing every problem as "file → field: what to do".
 */
export function loadTerminology(siteDir: string, file = TERMINOLOGY_FILE): Terminology {
  const absolute = path.join(siteDir, file);
  if (!existsSync(absolute))
    throw new TerminologyError([
      {
        file,
        field: '(file)',
        message:
          'the termbase is missing: restore it from git (it is the source of the term checks)',
      },
    ]);
  const problems: DataProblem[] = [];
  const raw = readYamlFile(siteDir, absolute, problems);
  if (raw === undefined) throw new TerminologyError(problems);
  const parsed = terminologySchema.safeParse(raw);
  if (!parsed.success) throw new TerminologyError(zodProblems(file, parsed.error));
  return parsed.data;
}
