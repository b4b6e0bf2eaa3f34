import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { LOCALE_CODES } from '../../src/config/locales';
import { HandoutDataError, loadHandoutSources } from '../../src/plugins/handouts/loadHandouts';
import { exerciseOrder, handoutGroup, handoutPosition } from '../../src/plugins/handouts/order';

const fixtures = path.join(__dirname, '__fixtures__/handouts');
const realSite = path.resolve(__dirname, '../..');
let site: string;

beforeEach(() => {
  site = mkdtempSync(path.join(os.tmpdir(), 'handout-site-'));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

function load(fixture: string) {
  cpSync(path.join(fixtures, fixture), path.join(site, 'handouts'), { recursive: true });
  return loadHandoutSources(site, LOCALE_CODES);
}

function problemsOf(fixture: string): string {
  try {
    load(fixture);
  } catch (error) {
    if (error instanceof HandoutDataError) return error.message;
    throw error;
  }
  throw new Error(`${fixture} was accepted`);
}

describe('handout validation', () => {
  it('accepts a handout with its translations', () => {
    const [roadmap] = load('good');
    expect(Object.keys(roadmap!.locales)).toEqual(['bg', 'en']);
    expect(roadmap!.locales.en!.fairwork).toBe(true);
  });

  it.each([
    [
      'bad-block-type',
      /handouts\/roadmap\/en\.yaml → blocks\.0\.type: type must be one of: text, list, table, cards, board, scale, steps, lines/,
    ],
    [
      'bad-table-row',
      /handouts\/roadmap\/en\.yaml → blocks\.1\.rows: every row needs one cell per column/,
    ],
    [
      'bad-two-local-steps',
      /handouts\/roadmap\/en\.yaml → blocks\.0\.steps: mark at most one step as local: true/,
    ],
    ['bad-no-english', /handouts\/roadmap\/en\.yaml → \(file\): the English handout is missing/],
  ])('%s fails with the file, the field and how to fix it', (fixture, expected) => {
    expect(problemsOf(fixture)).toMatch(expected);
  });
});

describe('the handouts of the site', () => {
  it('all validate, and the trainer kit has every handout the trainings need', () => {
    const ids = loadHandoutSources(realSite, LOCALE_CODES).map((source) => source.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'ei-rating-cases',
        'ei-signal-cards',
        'ei-step-by-step-scenario',
        'ei-opening-the-conversation',
        'ei-referral-roadmap',
        'ei-who-am-i-cards',
        'trafficking-vs-smuggling',
        'sf-taking-position',
        'sf-overview-1',
        'sf-overview-2',
        'sf-ecogram',
        'sf-social-map',
        'sf-elevator-pitch',
        'programme-early-identification',
        'programme-safe-future',
      ]),
    );
  });

  it('the referral roadmap has a step for local contacts', () => {
    const roadmap = loadHandoutSources(realSite, LOCALE_CODES).find(
      (source) => source.id === 'ei-referral-roadmap',
    )!;
    for (const handout of Object.values(roadmap.locales)) {
      const steps = handout.blocks.flatMap((block) => (block.type === 'steps' ? block.steps : []));
      expect(steps.filter((step) => step.local)).toHaveLength(1);
    }
  });
});

describe('the printed programmes', () => {
  // The day pages (for trainers) and the one-page agendas (for participants)
  // show the same day; this keeps their times from drifting apart.
  it.each([
    ['early-identification-day.mdx', 'programme-early-identification'],
    ['safe-future-day.mdx', 'programme-safe-future'],
  ])('trainers/%s and the %s handout list the same times', (page, handoutId) => {
    const pageTimes = [
      ...readFileSync(path.join(realSite, 'trainers', page), 'utf8').matchAll(
        /^\| (\d{2}:\d{2}) \|/gm,
      ),
    ].map((match) => match[1]);
    const handout = loadHandoutSources(realSite, LOCALE_CODES).find(
      (source) => source.id === handoutId,
    )!;
    const handoutTimes = handout.locales.en!.blocks.flatMap((block) =>
      block.type === 'table' ? block.rows.map((row) => row[0]) : [],
    );
    expect(handoutTimes).toEqual(pageTimes);
    expect(pageTimes.length).toBeGreaterThan(10);
  });
});

describe('the order of the handout list', () => {
  it('follows the exercises of the kit sidebar, the opening first', () => {
    const order = exerciseOrder();
    expect(order.slice(0, 3)).toEqual(['ei-opening', 'ei-01', 'ei-02']);
    expect(order.indexOf('ei-12')).toBeLessThan(order.indexOf('sf-01'));
  });

  it('puts a day its programme first, each handout by its first exercise, and forms last', () => {
    const order = exerciseOrder();
    const sources = loadHandoutSources(realSite, LOCALE_CODES);
    const rank = (id: string) => {
      const handout = sources.find((source) => source.id === id)!.locales.en!;
      return [handoutGroup(handout), ...handoutPosition(handout, order)] as const;
    };
    expect(rank('programme-early-identification')[0]).toBe('early-identification');
    expect(rank('ei-who-am-i-cards')[0]).toBe('early-identification');
    expect(rank('sf-ecogram')[0]).toBe('safe-future');
    expect(rank('attendance-list')[0]).toBe('both');
    const before = (a: string, b: string) => {
      const [, a1, a2] = rank(a);
      const [, b1, b2] = rank(b);
      return a1 < b1 || (a1 === b1 && a2 < b2);
    };
    expect(before('programme-early-identification', 'ei-who-am-i-cards')).toBe(true);
    expect(before('ei-who-am-i-cards', 'ei-rating-cases')).toBe(true);
    expect(before('ei-referral-roadmap', 'evaluation-early-identification')).toBe(true);
    expect(before('sf-taking-position', 'sf-overview-1')).toBe(true);
  });
});
