/**
 * Part of `npm run build`: makes the files trainers download, from the built pages, with
 * Chromium's own print engine (fonts embedded, PDFs tagged):
 *
 * - every handout, in every built locale that has it: build/pdf/<locale>/<handout-id>.pdf
 *   (A4, in the orientation the handout asks for);
 * - every slide deck, likewise: build/slides/<locale>/<deck-id>.pdf (16:9, one slide a page)
 *   and build/slides/<locale>/<deck-id>.pptx (editable PowerPoint: text boxes, the diagrams
 *   as pictures taken from the page, the speaker notes, the credit on every slide).
 *
 * Shows progress; fails naming the file that could not be made.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import handler from 'serve-handler';

import {
  DEFAULT_LOCALE,
  LOCALES,
  LOCALE_CODES,
  localePrefix,
  type Locale,
} from '../src/config/locales';
import { handoutPath, handoutPdfPath } from '../src/config/handouts';
import { slideDeckFilePath, slideDeckPath } from '../src/config/slides';
import { loadHandoutSources } from '../src/plugins/handouts/loadHandouts';
import { loadSlideDecks } from '../src/plugins/slides/loadSlides';
import type { Deck } from '../src/plugins/slides/schema';
import { CHROMIUM_ARGS, resolveChromium } from './lib/chromium';
import { deckToPptx, type DiagramImage } from './lib/slides-pptx';

const siteDir = path.resolve(import.meta.dirname, '..');
const buildDir = path.join(siteDir, 'build');

interface Job {
  readonly label: string;
  readonly url: string;
  make(page: Page): Promise<string[]>;
}

async function openPage(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  if (response?.status() !== 200) throw new Error(`the page answered ${response?.status()}`);
  await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
  await page.evaluate(() => document.fonts.ready);
}

function output(file: string): string {
  const absolute = path.join(buildDir, file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  return absolute;
}

function handoutJob(origin: string, id: string, locale: Locale, title: string): Job {
  const url = `${origin}${localePrefix(locale)}${handoutPath(id)}`;
  return {
    label: `${locale} handout ${id} (“${title}”)`,
    url,
    async make(page) {
      await openPage(page, url);
      const file = handoutPdfPath(locale, id);
      await page.pdf({
        path: output(file),
        // The page's own @page rule gives A4 and the handout's orientation.
        preferCSSPageSize: true,
        format: 'A4',
        printBackground: true,
        // Tagged (structure, reading order, /Lang from <html lang>) with an outline of its headings.
        tagged: true,
        outline: true,
        margin: { top: '15mm', right: '14mm', bottom: '15mm', left: '14mm' },
      });
      return [file];
    },
  };
}

/** Pictures of the deck's diagrams, in colour, as the screen shows them: slide number → PNG. */
async function diagramPictures(page: Page, deck: Deck): Promise<Map<number, DiagramImage>> {
  const pictures = new Map<number, DiagramImage>();
  for (const [index, slide] of deck.slides.entries()) {
    if (!slide.diagram) continue;
    const number = index + 2;
    const svg = page.locator(`[data-slide="${number}"] [data-slide-diagram] svg`);
    // Only the current slide is shown on screen: move to it as a presenter would.
    await page.keyboard.press('Home');
    for (let step = 1; step < number; step++) await page.keyboard.press('ArrowRight');
    await svg.waitFor({ state: 'visible' });
    const box = (await svg.boundingBox())!;
    const png = await svg.screenshot({ type: 'png', omitBackground: false });
    pictures.set(number, {
      data: `data:image/png;base64,${png.toString('base64')}`,
      width: box.width,
      height: box.height,
    });
  }
  return pictures;
}

function deckJob(origin: string, id: string, locale: Locale, deck: Deck): Job {
  const url = `${origin}${localePrefix(locale)}${slideDeckPath(id)}`;
  return {
    label: `${locale} slides ${id} (“${deck.title}”)`,
    url,
    async make(page) {
      await page.setViewportSize({ width: 1600, height: 1000 });
      // The pictures are taken from the screen (in colour); page.pdf prints with print CSS.
      await page.emulateMedia({ media: 'screen' });
      await openPage(page, url);
      const pictures = await diagramPictures(page, deck);
      const kicker = (await page.locator('[data-slide="1"] p').first().textContent()) ?? '';
      const credit =
        (await page.locator('[data-slide="1"] footer span').first().textContent()) ?? '';
      const pptx = slideDeckFilePath(locale, id, 'pptx');
      writeFileSync(
        output(pptx),
        await deckToPptx(deck, { kicker, credit, lang: LOCALES[locale].htmlLang }, pictures),
      );
      const pdf = slideDeckFilePath(locale, id, 'pdf');
      await page.emulateMedia({ media: null });
      await page.pdf({
        path: output(pdf),
        // The deck page's @page rule gives the 16:9 page and no margins.
        preferCSSPageSize: true,
        printBackground: true,
        tagged: true,
      });
      await page.setViewportSize({ width: 1280, height: 720 });
      return [pdf, pptx];
    },
  };
}

async function main(): Promise<void> {
  const builtLocales = LOCALE_CODES.filter((locale) =>
    existsSync(path.join(buildDir, localePrefix(locale), 'index.html')),
  );
  if (!builtLocales.includes(DEFAULT_LOCALE))
    throw new Error('No production build in build/: run docusaurus build first.');

  const server = http.createServer((request, response) =>
    handler(request, response, { public: buildDir, cleanUrls: true, trailingSlash: false }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const jobs: Job[] = [
    ...loadHandoutSources(siteDir, LOCALE_CODES).flatMap((source) =>
      builtLocales
        .filter((locale) => source.locales[locale])
        .map((locale) => handoutJob(origin, source.id, locale, source.locales[locale]!.title)),
    ),
    ...loadSlideDecks(siteDir, LOCALE_CODES).flatMap((source) =>
      builtLocales
        .filter((locale) => source.locales[locale])
        .map((locale) => deckJob(origin, source.id, locale, source.locales[locale]!)),
    ),
  ];

  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  const started = Date.now();
  let files = 0;
  try {
    const page = await browser.newPage();
    for (const [index, job] of jobs.entries()) {
      const jobStarted = Date.now();
      let made: string[];
      try {
        made = await job.make(page);
      } catch (error) {
        throw new Error(
          `Could not make the files of ${job.label} from ${job.url}: ${(error as Error).message}`,
        );
      }
      files += made.length;
      console.log(
        `[${index + 1}/${jobs.length}] ${job.label} → ${made.map((file) => path.extname(file).slice(1)).join(', ')} (${Date.now() - jobStarted} ms)`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`Made ${files} print files in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
