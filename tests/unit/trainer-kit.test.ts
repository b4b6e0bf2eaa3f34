import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { LOCALE_CODES } from '../../src/config/locales';
import { loadHandoutSources } from '../../src/plugins/handouts/loadHandouts';
import { handoutGroup } from '../../src/plugins/handouts/order';
import { loadSlideDecks } from '../../src/plugins/slides/loadSlides';

const siteDir = path.resolve(__dirname, '../..');

/** The exercises of the report's two trainings (issue #5). */
const EXERCISE_IDS = [
  'ei-opening',
  ...Array.from({ length: 12 }, (_, i) => `ei-${String(i + 1).padStart(2, '0')}`),
  'sf-01',
  'sf-02',
  'sf-03a',
  'sf-03b',
  'sf-03c',
  'sf-03d',
  'sf-04',
  'sf-05',
  'sf-06',
];

const SECTIONS = ['Duration', 'Aim', 'How it runs', 'Materials', 'Handouts', 'Facilitator notes'];

describe('the trainer kit', () => {
  it.each(EXERCISE_IDS)('exercise %s has every section a trainer needs, in order', (id) => {
    const file = path.join(siteDir, 'trainers/exercises', `${id}.mdx`);
    expect(existsSync(file), `trainers/exercises/${id}.mdx is missing`).toBe(true);
    const headings = [...readFileSync(file, 'utf8').matchAll(/^## (.+)$/gm)].map((match) =>
      match[1]!.trim(),
    );
    expect(headings.filter((heading) => SECTIONS.includes(heading))).toEqual(SECTIONS);
  });

  it('every handout a trainer page links to exists, and every handout is used by a page', () => {
    const handoutIds = new Set(
      loadHandoutSources(siteDir, LOCALE_CODES).map((source) => source.id),
    );
    const pages = [
      'index.md',
      'early-identification-day.mdx',
      'safe-future-day.mdx',
      'facilitation.mdx',
      ...EXERCISE_IDS.map((id) => `exercises/${id}.mdx`),
    ];
    const linked = new Set(
      pages.flatMap((page) =>
        [
          ...readFileSync(path.join(siteDir, 'trainers', page), 'utf8').matchAll(
            /\/trainers\/handouts\/([a-z0-9-]+)/g,
          ),
        ].map((match) => match[1]!),
      ),
    );
    expect([...linked].filter((id) => !handoutIds.has(id))).toEqual([]);
    expect([...handoutIds].filter((id) => !linked.has(id))).toEqual([]);
  });

  it('each day page links every handout, form and slide deck of its day, and the certificates', () => {
    const handouts = loadHandoutSources(siteDir, LOCALE_CODES);
    const decks = loadSlideDecks(siteDir, LOCALE_CODES);
    for (const [day, page] of [
      ['early-identification', 'early-identification-day.mdx'],
      ['safe-future', 'safe-future-day.mdx'],
    ] as const) {
      const text = readFileSync(path.join(siteDir, 'trainers', page), 'utf8');
      const forDay = handouts.filter((source) =>
        [day, 'both'].includes(handoutGroup(source.locales.en!)),
      );
      expect(forDay.length).toBeGreaterThan(5);
      for (const source of forDay)
        expect(text, `${page} does not link the handout ${source.id}`).toContain(
          `/trainers/handouts/${source.id})`,
        );
      for (const deck of decks.filter((candidate) => candidate.locales.en!.day === day))
        expect(text, `${page} does not link the slides ${deck.id}`).toContain(
          `/trainers/slides/${deck.id})`,
        );
      expect(text).toContain('/trainers/certificate-of-attendance)');
    }
  });
});
