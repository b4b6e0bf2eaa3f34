import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { LOCALE_CODES } from '../../src/config/locales';
import { SlideDataError, loadSlideDecks } from '../../src/plugins/slides/loadSlides';
import { deckToPptx } from '../../scripts/lib/slides-pptx';

const fixtures = path.join(__dirname, '__fixtures__/slides');
let site: string;

beforeEach(() => {
  site = mkdtempSync(path.join(os.tmpdir(), 'slides-site-'));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

function load(fixture: string) {
  cpSync(path.join(fixtures, fixture), path.join(site, 'slides'), { recursive: true });
  return loadSlideDecks(site, LOCALE_CODES);
}

function problemsOf(fixture: string): string {
  try {
    load(fixture);
  } catch (error) {
    if (error instanceof SlideDataError) return error.message;
    throw error;
  }
  throw new Error(`${fixture} was accepted`);
}

// A 1×1 white PNG: the build takes the real pictures from the deck page.
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

describe('slide validation', () => {
  it('accepts a deck with its translation', () => {
    const [deck] = load('good');
    expect(Object.keys(deck!.locales).sort()).toEqual(['bg', 'en']);
    expect(deck!.locales.en!.slides[0]!.diagram?.type).toBe('step-flow');
  });

  it.each([
    [
      'bad-diagram-type',
      /slides\/roadmap\/en\.yaml → slides\.0\.diagram\.type: type must be one of: concept-model, funnel, step-flow, two-tracks, ecogram/,
    ],
    [
      'bad-too-many-points',
      /slides\/roadmap\/en\.yaml → slides\.1\.points: at most six points on a slide: split it in two/,
    ],
    ['bad-no-notes', /slides\/roadmap\/en\.yaml → slides\.1\.notes: write the text here/],
    ['bad-time', /slides\/roadmap\/en\.yaml → time: write the time of the slot as HH:MM/],
    ['bad-no-english', /slides\/roadmap\/en\.yaml → \(file\): the English deck is missing/],
  ])('%s fails with the file, the field and how to fix it', (fixture, expected) => {
    expect(problemsOf(fixture)).toMatch(expected);
  });
});

describe('the PowerPoint file of a deck', () => {
  it('has a slide and a notes page per slide, the text as text, the diagram as a picture and the credit on each', async () => {
    const [source] = load('good');
    const deck = source!.locales.en!;
    const bytes = await deckToPptx(
      deck,
      {
        kicker: 'Early Identification day · 15:30',
        credit: 'Adapted from Safe! (AMIF)',
        lang: 'en',
      },
      new Map([[2, { data: PIXEL, width: 480, height: 300 }]]),
    );
    const parts = unzipSync(new Uint8Array(bytes));
    const names = Object.keys(parts);
    expect(names.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(3);
    expect(
      names.filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)),
    ).toHaveLength(3);
    const slide = (number: number) => strFromU8(parts[`ppt/slides/slide${number}.xml`]!);
    expect(slide(1)).toContain('The referral roadmap');
    expect(slide(2)).toContain('<p:pic>');
    expect(slide(2)).toContain('descr="The roadmap in four steps."');
    expect(slide(3)).toContain('Your own list of local organisations');
    for (const number of [1, 2, 3]) {
      expect(slide(number)).toContain('Adapted from Safe! (AMIF)');
      expect(slide(number)).toContain(`${number} / 3`);
    }
    expect(strFromU8(parts['ppt/notesSlides/notesSlide3.xml']!)).toContain(
      'Fill in the list before the day.',
    );
  });

  it('refuses to make a slide whose diagram has no picture', async () => {
    const [source] = load('good');
    await expect(
      deckToPptx(source!.locales.en!, { kicker: '', credit: '', lang: 'en' }, new Map()),
    ).rejects.toThrow(/slide 2 of "The referral roadmap" has a diagram but no picture/);
  });
});

describe('the decks of the site', () => {
  it('all validate', () => {
    const decks = loadSlideDecks(path.resolve(__dirname, '../..'), LOCALE_CODES);
    expect(decks.length).toBeGreaterThanOrEqual(5);
  });
});
