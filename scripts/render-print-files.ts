/**
 * Part of `npm run build`: renders every handout, in every built locale that
 * has it, to build/pdf/<locale>/<handout-id>.pdf with Chromium's own print
 * engine (page.pdf: A4, the orientation the handout asks for, fonts embedded).
 * Shows progress; fails naming the handout that could not be rendered.
 */
import { existsSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import handler from 'serve-handler';

import { DEFAULT_LOCALE, LOCALE_CODES, localePrefix } from '../src/config/locales';
import { handoutPath, handoutPdfPath } from '../src/config/handouts';
import { loadHandoutSources } from '../src/plugins/handouts/loadHandouts';
import { CHROMIUM_ARGS, resolveChromium } from './lib/chromium';

const siteDir = path.resolve(import.meta.dirname, '..');
const buildDir = path.join(siteDir, 'build');

async function main(): Promise<void> {
  const builtLocales = LOCALE_CODES.filter((locale) =>
    existsSync(path.join(buildDir, localePrefix(locale), 'index.html')),
  );
  const jobs = loadHandoutSources(siteDir, LOCALE_CODES).flatMap((source) =>
    builtLocales
      .filter((locale) => source.locales[locale])
      .map((locale) => ({ id: source.id, locale, handout: source.locales[locale]! })),
  );
  if (!builtLocales.includes(DEFAULT_LOCALE))
    throw new Error('No production build in build/: run docusaurus build first.');

  const server = http.createServer((request, response) =>
    handler(request, response, { public: buildDir, cleanUrls: true, trailingSlash: false }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  const started = Date.now();
  try {
    const page = await browser.newPage();
    for (const [index, job] of jobs.entries()) {
      const jobStarted = Date.now();
      const label = `${job.locale} ${job.id} (“${job.handout.title}”)`;
      try {
        const response = await page.goto(
          `${origin}${localePrefix(job.locale)}${handoutPath(job.id)}`,
        );
        if (response?.status() !== 200) throw new Error(`the page answered ${response?.status()}`);
        await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(buildDir, handoutPdfPath(job.locale, job.id));
        mkdirSync(path.dirname(file), { recursive: true });
        await page.pdf({
          path: file,
          // The page's own @page rule gives A4 and the handout's orientation.
          preferCSSPageSize: true,
          format: 'A4',
          printBackground: true,
          margin: { top: '15mm', right: '14mm', bottom: '18mm', left: '14mm' },
        });
      } catch (error) {
        throw new Error(
          `Could not render the handout ${label} to PDF: ${(error as Error).message}`,
        );
      }
      console.log(`[${index + 1}/${jobs.length}] ${label} → pdf (${Date.now() - jobStarted} ms)`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(
    `Rendered ${jobs.length} handout PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
