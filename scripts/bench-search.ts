/**
 * `npm run bench:search`: measures search against the budgets of issue #6 and
 * writes bench/search-results.json and bench/search-results.md.
 *
 * - index size per locale (gzip), and the page texts fetched for snippets;
 * - preparing the index and answering a query, in Node;
 * - first results on screen after the first keystroke, with the index not
 *   yet loaded, in desktop Chromium (and with 4× CPU slowdown, as a phone),
 *   with the service worker blocked;
 * - JavaScript loaded on a module page before search is used, against an
 *   English build without the search plugin (built into bench/tmp/).
 *
 * Needs a full build in build/ (npm run build). Figures, never assertions:
 * the machine decides them; the note of the issue reports them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import handler from 'serve-handler';

import { LOCALE_CODES, localePrefix } from '../src/config/locales';
import { SearchEngine } from '../src/plugins/search/client/searchEngine';
import type { SearchIndexFile } from '../src/plugins/search/indexFormat';
import { loadStemmers } from '../src/plugins/search/stemming';
import { CHROMIUM_ARGS, resolveChromium } from './lib/chromium';

const siteDir = path.resolve(import.meta.dirname, '..');
const buildDir = path.join(siteDir, 'build');
const benchDir = path.join(siteDir, 'bench');
const withoutSearchDir = path.join(benchDir, 'tmp', 'build-without-search');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// Whole words, inflected words (stemmed) and a word being typed; more than the engine keeps
// the matches of (RECENT_QUERIES in searchEngine.ts), so that each is answered afresh.
const QUERIES = [
  'reflection period',
  'labour',
  'smug',
  'trafficking victims',
  'roadmap',
  'трафик',
  'exploited workers',
];
const KiB = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

function indexSizes() {
  return LOCALE_CODES.map((locale) => {
    const dir = path.join(buildDir, localePrefix(locale));
    const index = readFileSync(path.join(dir, 'search-index.json'));
    const texts = readdirSync(dir).filter((name) => /^search-index\..+\.json$/.test(name));
    const textBytes = texts.map((name) => gzipSync(readFileSync(path.join(dir, name))).length);
    return {
      locale,
      indexGzipKiB: KiB(gzipSync(index).length),
      indexRawKiB: KiB(index.length),
      textFiles: texts.length,
      textsGzipKiBTotal: KiB(textBytes.reduce((sum, bytes) => sum + bytes, 0)),
      textsGzipKiBLargest: KiB(Math.max(...textBytes)),
    };
  });
}

async function nodeTimings() {
  const index = JSON.parse(
    readFileSync(path.join(buildDir, 'search-index.json'), 'utf8'),
  ) as SearchIndexFile;
  const stemmers = await loadStemmers([index.locale, 'en']);
  const prepare: number[] = [];
  let engine: SearchEngine | undefined;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    engine = SearchEngine.fromIndex(index, '/', stemmers);
    prepare.push(performance.now() - started);
  }
  const repeats = 500;
  for (const query of QUERIES) engine!.search(query); // warm up
  const started = performance.now();
  for (let i = 0; i < repeats; i++) for (const query of QUERIES) engine!.search(query);
  const perQuery = (performance.now() - started) / (repeats * QUERIES.length);
  return { prepareMs: Math.round(median(prepare)), queryMs: Math.round(perQuery * 1000) / 1000 };
}

async function serve(dir: string) {
  const server = http.createServer((request, response) =>
    handler(request, response, { public: dir, cleanUrls: true, trailingSlash: false }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Milliseconds from the first keystroke to the first result on screen, cold. */
async function firstResults(browser: Browser, origin: string, cpuSlowdown: number) {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Without the service worker, which on a first visit saves the whole language in the
    // background: that would measure the network, not search.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(`${origin}/docs/definitions`);
    await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
    await page.evaluate(() => {
      const timing = { firstKey: 0, firstResult: 0 };
      (window as unknown as { timing: typeof timing }).timing = timing;
      document.addEventListener(
        'keydown',
        () => {
          if (!timing.firstKey) timing.firstKey = performance.now();
        },
        { capture: true },
      );
      new MutationObserver(() => {
        if (!timing.firstResult && document.querySelector('[role="option"]'))
          timing.firstResult = performance.now();
      }).observe(document.body, { childList: true, subtree: true });
    });
    // Focusing starts the load; the learner types at once.
    await page.keyboard.press('/');
    await page.keyboard.type('reflection', { delay: 0 });
    await page.locator('[role="option"]').first().waitFor();
    const { firstKey, firstResult } = await page.evaluate(
      () => (window as unknown as { timing: { firstKey: number; firstResult: number } }).timing,
    );
    times.push(firstResult - firstKey);
    await context.close();
  }
  return Math.round(median(times));
}

/** Gzipped JavaScript a first view of the page loads, before any interaction. */
async function scriptBytes(browser: Browser, origin: string, pathname: string) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  await page.goto(`${origin}${pathname}`, { waitUntil: 'networkidle' });
  const bytes = (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body).length, 0);
  await context.close();
  return bytes;
}

async function main() {
  if (!existsSync(path.join(buildDir, 'search-index.json')))
    throw new Error('No production build with search in build/: run "npm run build" first.');
  mkdirSync(path.join(benchDir, 'tmp'), { recursive: true });

  console.log('Building English without the search plugin, for comparison…');
  execFileSync('npx', ['docusaurus', 'build', '--out-dir', withoutSearchDir], {
    cwd: siteDir,
    stdio: 'ignore',
    env: { ...process.env, DEFAULT_LOCALE_ONLY: '1', BENCH_WITHOUT_SEARCH: '1' },
  });

  const sizes = indexSizes();
  const node = await nodeTimings();
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  const withSearch = await serve(buildDir);
  const withoutSearch = await serve(withoutSearchDir);
  const js = {} as Record<string, { withSearchKiB: number; withoutSearchKiB: number }>;
  for (const pathname of ['/', '/docs/definitions']) {
    js[pathname] = {
      withSearchKiB: KiB(await scriptBytes(browser, withSearch.origin, pathname)),
      withoutSearchKiB: KiB(await scriptBytes(browser, withoutSearch.origin, pathname)),
    };
  }
  const firstResultsMs = {
    desktop: await firstResults(browser, withSearch.origin, 1),
    cpu4xSlower: await firstResults(browser, withSearch.origin, 4),
  };
  await browser.close();
  withSearch.server.close();
  withoutSearch.server.close();

  const results = { date: new Date().toISOString(), runs: RUNS, sizes, node, firstResultsMs, js };
  writeFileSync(
    path.join(benchDir, 'search-results.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  const lines = [
    `# Search benchmark (${results.date.slice(0, 10)}, median of ${RUNS})`,
    '',
    '| Locale | Index (gzip) | Budget | Page texts (gzip, total / largest, fetched per result page) |',
    '| --- | --- | --- | --- |',
    ...sizes.map(
      (size) =>
        `| ${size.locale} | ${size.indexGzipKiB} KiB | ≤ 60 KiB | ${size.textsGzipKiBTotal} KiB / ${size.textsGzipKiBLargest} KiB in ${size.textFiles} files |`,
    ),
    '',
    '| Measure | Result | Budget |',
    '| --- | --- | --- |',
    `| Query in Node (mean of ${QUERIES.length} queries × 500) | ${node.queryMs} ms | < 1 ms |`,
    `| Preparing the English index in Node | ${node.prepareMs} ms | — |`,
    `| First results after the first keystroke, index not loaded (desktop Chromium) | ${firstResultsMs.desktop} ms | ≤ 150 ms |`,
    `| The same with 4× CPU slowdown (a phone) | ${firstResultsMs.cpu4xSlower} ms | — |`,
    ...Object.entries(js).map(
      ([pathname, { withSearchKiB, withoutSearchKiB }]) =>
        `| JavaScript on ${pathname} before search is used (gzip) | ${withSearchKiB} KiB, ${Math.round((withSearchKiB - withoutSearchKiB) * 10) / 10} KiB more than without search | ≤ +5 KiB |`,
    ),
    '',
  ];
  writeFileSync(path.join(benchDir, 'search-results.md'), lines.join('\n'));
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
