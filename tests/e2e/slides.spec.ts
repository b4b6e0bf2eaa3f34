import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

import { LOCALE_CODES, localePrefix, type Locale } from '../../src/config/locales';
import { slideDeckFilePath } from '../../src/config/slides';
import { loadSlideDecks } from '../../src/plugins/slides/loadSlides';
import { builtCredit, creditAndFillProblems, pdfPages } from './pdf-layout';
import { expect, test, waitForHydration } from './test-utils';
import { FUND_IN_CREDIT } from '../../src/config/credit';

// Driven by the same slide data the site, its PDFs and its PowerPoint files are built from.
const siteDir = path.resolve(__dirname, '../..');
const buildDir = path.join(siteDir, 'build');
const decks = loadSlideDecks(siteDir, LOCALE_CODES);

/** The text of a PowerPoint XML part, as PowerPoint shows it (the runs of <a:t>). */
const runs = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((match) => match[1]!)
    .join(' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

test('there is a deck for each of the five theory slots', () => {
  expect(decks.map((deck) => deck.id).sort()).toEqual([
    'ei-definitions',
    'ei-opening-the-conversation',
    'ei-questioning-funnel',
    'ei-roadmap',
    'sf-methodology',
  ]);
});

for (const source of decks) {
  for (const [locale, deck] of Object.entries(source.locales)) {
    const total = deck.slides.length + 1;

    test(`slides ${source.id} (${locale}): a 16:9 PDF, one slide a page, the credit on each`, () => {
      const file = path.join(buildDir, slideDeckFilePath(locale, source.id, 'pdf'));
      expect(existsSync(file), `${file} was not made`).toBe(true);
      const pages = pdfPages(file);
      expect(pages).toHaveLength(total);
      const info = readFileSync(file, 'latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\]/)!;
      expect(Number(info[1]) / Number(info[2])).toBeCloseTo(16 / 9, 2);
      const credit = builtCredit(
        path.join(buildDir, localePrefix(locale as Locale), 'trainers/slides', `${source.id}.html`),
      );
      expect(creditAndFillProblems(file, credit, { fill: false })).toEqual([]);
      const text = squeeze(
        pages.map((page) => page.lines.map((line) => line.text).join(' ')).join(' '),
      );
      expect(text).toContain(squeeze(deck.title));
      for (const slide of deck.slides) expect(text).toContain(squeeze(slide.title));
    });

    test(`slides ${source.id} (${locale}): an editable PowerPoint file with every slide, note and the credit`, () => {
      const file = path.join(buildDir, slideDeckFilePath(locale, source.id, 'pptx'));
      expect(existsSync(file), `${file} was not made`).toBe(true);
      // A .pptx is a zip of XML parts: one per slide, one per slide's notes.
      const parts = unzipSync(readFileSync(file));
      const part = (name: string) => strFromU8(parts[name]!);
      const slideParts = Object.keys(parts).filter((name) =>
        /^ppt\/slides\/slide\d+\.xml$/.test(name),
      );
      const noteParts = Object.keys(parts).filter((name) =>
        /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name),
      );
      expect(slideParts).toHaveLength(total);
      expect(noteParts).toHaveLength(total);
      expect(part('[Content_Types].xml')).toContain('presentationml.slide+xml');

      expect(squeeze(runs(part('ppt/slides/slide1.xml')))).toContain(squeeze(deck.title));
      deck.slides.forEach((slide, index) => {
        const number = index + 2;
        const shown = squeeze(runs(part(`ppt/slides/slide${number}.xml`)));
        expect(shown).toContain(squeeze(slide.title));
        for (const point of slide.points ?? []) expect(shown).toContain(squeeze(point));
        expect(shown).toMatch(FUND_IN_CREDIT);
        expect(shown).toContain(`${number} / ${total}`);
        if (slide.diagram) expect(part(`ppt/slides/slide${number}.xml`)).toContain('<p:pic>');
        expect(squeeze(runs(part(`ppt/notesSlides/notesSlide${number}.xml`)))).toContain(
          squeeze(slide.notes),
        );
      });
    });
  }
}

test('a trainer presents the roadmap slides with the keyboard, with notes and in full screen', async ({
  page,
}) => {
  const deck = decks.find((candidate) => candidate.id === 'ei-roadmap')!.locales.en!;
  const total = deck.slides.length + 1;
  await page.goto('/trainers/slides/ei-roadmap');
  await waitForHydration(page);
  const shown = page.locator('[data-slide]:visible');
  await expect(shown).toHaveCount(1);
  await expect(shown).toContainText(deck.title);
  await expect(page.getByText(`Slide 1 of ${total}`)).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(shown.getByRole('heading', { name: deck.slides[0]!.title })).toBeVisible();
  await expect(page.getByText(`Slide 2 of ${total}`)).toBeVisible();
  await expect(page).toHaveURL(/#2$/);
  // The speaker notes of the slide on screen, below it.
  const notes = page.locator('section', {
    has: page.getByRole('heading', { name: 'Speaker notes' }),
  });
  await expect(notes).toContainText(deck.slides[0]!.notes.slice(0, 60));

  await page.keyboard.press('End');
  await expect(shown.getByRole('heading', { name: deck.slides.at(-1)!.title })).toBeVisible();
  await page.keyboard.press('Home');
  await expect(shown).toContainText(deck.title);
  await page.getByRole('button', { name: 'Next slide →' }).click();
  await expect(page.getByText(`Slide 2 of ${total}`)).toBeVisible();

  await page.getByRole('button', { name: 'Speaker notes' }).click();
  await expect(page.getByRole('heading', { name: 'Speaker notes' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Present full screen' }).click();
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('aria-label')))
    .toBe(deck.title);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(`Slide 3 of ${total}`)).toBeVisible();
  await page.getByRole('button', { name: 'Leave full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();

  // A link to a slide opens that slide.
  await page.goto('/trainers/slides/ei-roadmap#4');
  await waitForHydration(page);
  await expect(shown.getByRole('heading', { name: deck.slides[2]!.title })).toBeVisible();
});

test('on a 360 px phone the slides fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/trainers/slides/sf-methodology');
  await waitForHydration(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole('button', { name: 'Next slide →' }).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('both day pages link to every slide deck of their day', async ({ page }) => {
  for (const [day, dayPath] of [
    ['early-identification', '/trainers/early-identification-day'],
    ['safe-future', '/trainers/safe-future-day'],
  ] as const) {
    await page.goto(dayPath);
    await waitForHydration(page);
    for (const source of decks.filter((deck) => deck.locales.en!.day === day)) {
      await expect(
        page.locator(`main a[href="/trainers/slides/${source.id}"]`).first(),
      ).toBeVisible();
    }
  }
});
