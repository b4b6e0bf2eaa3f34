import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { TRANSLATED_LOCALES } from '../../src/config/locales';
import {
  TERM_LOCALES,
  TerminologyError,
  loadTerminology,
  type Terminology,
} from '../../src/plugins/translation-status/terminology';

const realSite = path.resolve(__dirname, '../..');
const fixtures = path.join(__dirname, '__fixtures__/terminology');

function problemsOf(fixture: string): string {
  try {
    loadTerminology(fixtures, `${fixture}.yaml`);
  } catch (error) {
    if (error instanceof TerminologyError) return error.message;
    throw error;
  }
  throw new Error(`${fixture} was accepted`);
}

describe('termbase validation', () => {
  it('accepts the smallest valid termbase and fills in the defaults', () => {
    const termbase = loadTerminology(fixtures, 'good.yaml');
    expect(termbase.terms).toHaveLength(1);
    expect(termbase.terms[0]!.enforce).toBe(true);
    expect(termbase.terms[0]!.bg.forbid).toEqual([]);
    expect(termbase.terms[0]!.nl.forbid).toEqual(['reflectieperiode']);
  });

  it.each([
    ['missing-locale', /missing-locale\.yaml → terms\.0\.hu: add the hu rendering: hu: \{ use: /],
    [
      'duplicate-id',
      /duplicate-id\.yaml → terms\.1\.id: the id "reflection-period" is already used by an earlier term: give this term another id/,
    ],
    [
      'bad-confidence',
      /bad-confidence\.yaml → terms\.0\.bg\.confidence: confidence must be C \(confirmed\), P \(partly confirmed\) or U \(unconfirmed\)/,
    ],
    ['empty-use', /empty-use\.yaml → terms\.0\.mk\.use: give at least one target form under use/],
    [
      'unconfirmed-without-decision',
      /unconfirmed-without-decision\.yaml → terms\.0\.mk\.decision: confidence U: add decision: /,
    ],
    [
      'unconfirmed-without-decision',
      /unconfirmed-without-decision\.yaml → terms\.0\.mk\.review: confidence U: add review: true/,
    ],
    [
      'mixed-case-stem',
      /mixed-case-stem\.yaml → terms\.0\.nl\.stems\.0: write the stem in lower case \(matched as word beginnings\), or an acronym in capitals only/,
    ],
    [
      'unknown-source',
      /unknown-source\.yaml → terms\.0\.source: S99 is not listed under sources: add it there or correct the key/,
    ],
  ])('%s fails with the file, the field and the fix', (fixture, expected) => {
    expect(problemsOf(fixture)).toMatch(expected);
  });

  it('names a missing termbase file', () => {
    expect(() => loadTerminology(fixtures, 'no-such-file.yaml')).toThrow(
      /no-such-file\.yaml → \(file\): the termbase is missing/,
    );
  });
});

describe('the termbase of the site (i18n/terminology.yaml)', () => {
  const termbase: Terminology = loadTerminology(realSite);
  const unconfirmed = termbase.terms.flatMap((term) =>
    TERM_LOCALES.filter((locale) => term[locale].confidence === 'U').map((locale) => ({
      where: `${term.id}.${locale}`,
      entry: term[locale],
    })),
  );

  it('covers the translated locales of the site', () => {
    expect([...TERM_LOCALES].sort()).toEqual([...TRANSLATED_LOCALES].sort());
  });

  it('has a term for each of the 150 rows of the terminology tables (section 2), and more', () => {
    // Rows that name several concepts with their own confidence are split, so there are more terms than rows.
    expect(termbase.terms.length).toBeGreaterThanOrEqual(150);
    const rows = new Set(
      termbase.terms
        .filter((term) => term.ref.startsWith('2.'))
        .map((term) => Number(term.ref.split('#')[1])),
    );
    const missing = Array.from({ length: 150 }, (_, index) => index + 1).filter(
      (row) => !rows.has(row),
    );
    expect(missing).toEqual([]);
  });

  it('gives every term a unique id', () => {
    const ids = termbase.terms.map((term) => term.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('records a decision and asks for review on every unconfirmed (U) rendering and name', () => {
    expect(unconfirmed.length).toBeGreaterThan(0);
    const undecided = [
      ...unconfirmed.filter(({ entry }) => !entry.decision || entry.review !== true),
      ...termbase.names
        .filter((name) => name.confidence === 'U' && (!name.decision || name.review !== true))
        .map((name) => ({ where: name.en })),
    ].map(({ where }) => where);
    expect(undecided).toEqual([]);
  });

  it('keeps the forbidden variants and traps the termbase names', () => {
    const forbidden = (id: string, locale: (typeof TERM_LOCALES)[number]) =>
      termbase.terms.find((term) => term.id === id)![locale].forbid;
    expect(forbidden('smuggling-of-migrants', 'bg')).toContain('трафик на мигранти');
    expect(forbidden('trafficking', 'bg')).toContain('търговия с хора');
    expect(forbidden('reflection-period', 'nl')).toContain('reflectieperiode');
    expect(forbidden('border-police', 'hu')).toContain('határőr');
    expect(forbidden('undocumented-migrant', 'nl')).toContain('illegalen');
    expect(forbidden('means-abduction', 'mk')).toContain('киднапир');
    expect(forbidden('amif', 'hu')).toContain('AMIF');
  });

  it('writes numbers as the register notes say', () => {
    expect(termbase.formats.nl).toMatchObject({ thousands: ['.'], decimal: ',' });
    expect(termbase.formats.mk).toMatchObject({ thousands: ['.'], decimal: ',' });
    for (const locale of ['bg', 'hu'] as const)
      expect(termbase.formats[locale]).toMatchObject({ thousands: [' ', '\u00a0'], decimal: ',' });
  });

  it('passes its own letter gate: no Bulgarian-only letter in Macedonian, no Macedonian-only letter in Bulgarian', () => {
    const accepted = (locale: 'bg' | 'mk') => [
      ...termbase.terms.flatMap((term) => [...term[locale].use, ...term[locale].stems]),
      ...termbase.names.flatMap((name) => name[locale]),
    ];
    expect(accepted('mk').filter((form) => /[щъьюяйЩЪЬЮЯЙ]/.test(form))).toEqual([]);
    expect(accepted('bg').filter((form) => /[јѓќѕљњџЈЃЌЅЉЊЏ]/.test(form))).toEqual([]);
  });

  it('writes no word in two scripts at once (a Latin letter typed into a Cyrillic word, or the reverse)', () => {
    const mixed = termbase.terms.flatMap((term) =>
      TERM_LOCALES.flatMap((locale) =>
        [...term[locale].use, ...term[locale].stems, ...term[locale].forbid]
          .flatMap((form) => form.split(/[\s/–()„“”,.-]+/))
          .filter((word) => /\p{Script=Latin}/u.test(word) && /\p{Script=Cyrillic}/u.test(word))
          .map((word) => `${term.id}.${locale}: ${word}`),
      ),
    );
    expect(mixed).toEqual([]);
  });
});
