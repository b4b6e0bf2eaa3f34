import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { CATALOG_PATH } from '../../src/config/institutions';
import { LOCALE_CODES, localePrefix } from '../../src/config/locales';
import { MODULES, moduleIdOf } from '../../src/config/modules';
import { catalogProblems } from '../../src/plugins/catalog/buildCatalog';
import type { Catalog } from '../../src/plugins/catalog/types';
import { expect, test } from './test-utils';

const builtLocales = LOCALE_CODES.filter((locale) =>
  existsSync(path.resolve(__dirname, '../../build', localePrefix(locale).slice(1), 'index.html')),
);

/** Every address the catalogue gives, as a path on this server. */
function catalogUrls(catalog: Catalog): string[] {
  const urls = catalog.modules.flatMap((module) =>
    Object.values(module.locales).flatMap((entry) => [
      entry.url,
      entry.embedUrl,
      ...(entry.quiz ? [entry.quiz.url] : []),
      ...entry.handouts.flatMap((handout) => [handout.url, handout.pdfUrl]),
      ...(entry.lms ? Object.values(entry.lms) : []),
    ]),
  );
  return [...new Set(urls.map((url) => new URL(url).pathname + new URL(url).search))];
}

test('the catalogue is served, valid, and lists every module in every built locale', async ({
  request,
}) => {
  const response = await request.get(CATALOG_PATH);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const catalog = (await response.json()) as Catalog;
  expect(catalogProblems(catalog)).toEqual([]);
  expect(catalog.locales).toEqual(builtLocales);
  expect(catalog.modules.map((module) => module.slug)).toEqual(MODULES.map((m) => m.slug));
  expect(catalog.modules.map((module) => module.id)).toEqual(MODULES.map(moduleIdOf));

  const schema = await request.get(new URL(catalog.$schema).pathname);
  expect(schema.status()).toBe(200);
  expect(((await schema.json()) as { title: string }).title).toContain('catalogue');
});

test('every module of the catalogue has its quiz, pass mark, objectives and chapters', async ({
  request,
}) => {
  const catalog = (await (await request.get(CATALOG_PATH)).json()) as Catalog;
  const definitions = catalog.modules.find((module) => module.id === 'definitions')!;
  expect(definitions.version).toMatch(/^[0-9a-f]{12}\.q\d+$/);
  expect(definitions.quiz).toMatchObject({ id: 'definitions', passMark: 80 });
  expect(definitions.chapters).toContain('1.1');
  expect(definitions.locales.en!.objectives.length).toBeGreaterThanOrEqual(2);
  expect(definitions.locales.en!.handouts.map((h) => h.id)).toContain('trafficking-vs-smuggling');
  const safeFuture = catalog.modules.find((module) => module.id === 'safe-future')!;
  expect(safeFuture.locales.en!.handouts.length).toBeGreaterThan(3);
  for (const module of catalog.modules.filter((m) => m.pageType !== 'reference')) {
    expect(module.quiz, module.id).not.toBeNull();
    expect(module.locales.en!.minutes, module.id).toBeGreaterThan(0);
  }
});

test('every address in the catalogue answers from the build', async ({ request }) => {
  const catalog = (await (await request.get(CATALOG_PATH)).json()) as Catalog;
  const urls = catalogUrls(catalog);
  expect(urls.length).toBeGreaterThan(catalog.modules.length * catalog.locales.length);
  const failures: string[] = [];
  for (const url of urls) {
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) failures.push(`${url}: ${response.status()}`);
  }
  expect(failures).toEqual([]);
});

test('a page in the catalogue shows the title the catalogue gives it', async ({
  page,
  request,
}) => {
  const catalog = (await (await request.get(CATALOG_PATH)).json()) as Catalog;
  const entry = catalog.modules.find((module) => module.id === 'safe-future')!.locales[
    builtLocales.at(-1)!
  ]!;
  await page.goto(new URL(entry.url).pathname);
  await expect(page.locator('h1').first()).toHaveText(entry.title);
});

test('every address of the previous releases still opens a page in the build', async ({
  request,
}) => {
  const releasesDir = path.resolve(__dirname, '../../releases');
  const failures: string[] = [];
  for (const file of readdirSync(releasesDir).filter((name) => name.startsWith('catalog-'))) {
    const previous = JSON.parse(readFileSync(path.join(releasesDir, file), 'utf8')) as Catalog;
    for (const module of previous.modules)
      for (const [locale, entry] of Object.entries(module.locales)) {
        if (!builtLocales.includes(locale as (typeof builtLocales)[number])) continue;
        const pathname = new URL(entry.url).pathname;
        const response = await request.get(pathname);
        if (response.status() !== 200) failures.push(`${file} ${pathname}: ${response.status()}`);
      }
  }
  expect(failures).toEqual([]);
});
