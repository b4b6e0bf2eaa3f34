import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { load } from 'cheerio';
import { expect, test, type APIRequestContext } from '@playwright/test';

import { ALL_LOCALES, sitemapPaths } from './test-utils';

/**
 * Checks by third-party rules over the whole production build: every HTML file is valid
 * (the W3C Nu Html Checker), and no internal link, image, script or #anchor is broken
 * (a crawl of the served site).
 */
const siteDir = path.resolve(__dirname, '../..');
const buildDir = path.join(siteDir, 'build');

test('every built HTML file is valid HTML for the Nu Html Checker', () => {
  test.setTimeout(300_000);
  const vnuJar = path.join(
    path.dirname(createRequire(__filename).resolve('vnu-jar')),
    'build/dist/vnu.jar',
  );
  const run = spawnSync(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', buildDir],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  expect(run.error, 'Java is needed to run vnu.jar (apt-get install default-jre-headless)').toBe(
    undefined,
  );
  // vnu writes its JSON report to stderr.
  const report = JSON.parse(run.stderr) as {
    messages: { type: string; url: string; lastLine?: number; message: string }[];
  };
  const errors = report.messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map(
      (message) =>
        `${path.relative(buildDir, new URL(message.url).pathname)}:${message.lastLine ?? ''} ${message.message}`,
    );
  expect(errors.slice(0, 30), `${errors.length} errors (the first 30 are shown)`).toEqual([]);
});

/** The internal addresses a page refers to: links, images, scripts, styles and icons. */
function referencesOf(html: string, pageUrl: string, origin: string): string[] {
  const $ = load(html);
  const found = new Set<string>();
  $('a[href], link[href], img[src], script[src], source[src], iframe[src]').each((_, element) => {
    const value = $(element).attr('href') ?? $(element).attr('src');
    if (!value || value.startsWith('mailto:') || value.startsWith('tel:')) return;
    const url = new URL(value, pageUrl);
    if (url.origin === origin) found.add(url.href);
  });
  return [...found];
}

test('no internal link, file or #anchor of the served site is broken', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const origin = new URL(baseURL!).origin;
  const pages = new Map<string, string>(); // page address (no fragment) → HTML
  const statuses = new Map<string, number>();
  const broken: string[] = [];
  const referrers = new Map<string, string>(); // address → the first page that links to it

  const fetchStatus = async (api: APIRequestContext, address: string) => {
    const response = await api.get(address, { maxRedirects: 5, failOnStatusCode: false });
    statuses.set(address, response.status());
    const type = response.headers()['content-type'] ?? '';
    if (response.ok() && type.startsWith('text/html')) pages.set(address, await response.text());
    else await response.dispose();
  };

  // Every page in every sitemap, then whatever they link to.
  let queue = ALL_LOCALES.flatMap((locale) => sitemapPaths(locale)).map((p) => `${origin}${p}`);
  const seen = new Set<string>(queue);
  while (queue.length > 0) {
    const batch = queue;
    queue = [];
    for (let i = 0; i < batch.length; i += 8)
      await Promise.all(batch.slice(i, i + 8).map((address) => fetchStatus(request, address)));
    for (const address of batch) {
      const html = pages.get(address);
      if (!html) continue;
      for (const reference of referencesOf(html, address, origin)) {
        const target = reference.split('#')[0]!;
        if (!referrers.has(reference)) referrers.set(reference, address);
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
  }

  for (const [reference, from] of referrers) {
    const [target, fragment] = reference.split('#') as [string, string | undefined];
    const status = statuses.get(target);
    if (status !== 200) {
      broken.push(`${from} → ${reference}: HTTP ${status}`);
      continue;
    }
    if (!fragment) continue;
    const html = pages.get(target);
    if (!html) continue; // a fragment of a PDF or a file: not an element
    const id = decodeURIComponent(fragment);
    const $ = load(html);
    if ($(`[id="${id}"], a[name="${id}"]`).length === 0)
      broken.push(`${from} → ${reference}: no element with id "${id}"`);
  }

  expect(pages.size, 'pages crawled').toBeGreaterThanOrEqual(370);
  expect(broken.slice(0, 40), `${broken.length} broken (the first 40 are shown)`).toEqual([]);
});
