/**
 * Part of `npm run build`, after `docusaurus build`: merges the part of the
 * catalogue each built locale wrote (.docusaurus/catalog/<locale>.json, see
 * src/plugins/catalog) into build/catalog.json, validates it against
 * src/plugins/catalog/catalog.schema.json and serves the schema beside it.
 * Fails naming every problem.
 */
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { CATALOG_PATH, CATALOG_SCHEMA_PATH } from '../src/config/institutions';
import { DEFAULT_LOCALE, LOCALE_CODES, localePrefix } from '../src/config/locales';
import { catalogFragmentFile } from '../src/plugins/catalog';
import {
  catalogProblems,
  catalogSchema,
  mergeCatalogFragments,
} from '../src/plugins/catalog/buildCatalog';
import type { CatalogFragment } from '../src/plugins/catalog/types';

const siteDir = path.resolve(import.meta.dirname, '..');
const buildDir = path.join(siteDir, 'build');
const generatedFilesDir = path.join(siteDir, '.docusaurus');

function main(): void {
  const fragments: CatalogFragment[] = [];
  for (const locale of LOCALE_CODES) {
    const page = path.join(buildDir, localePrefix(locale), 'index.html');
    if (!existsSync(page)) continue;
    const file = catalogFragmentFile(generatedFilesDir, locale);
    // The plugin writes the fragment after the locale's pages, so an older one is from an earlier build.
    if (!existsSync(file) || statSync(file).mtimeMs < statSync(page).mtimeMs)
      throw new Error(
        `${path.relative(siteDir, file)} is missing or older than the ${locale} build: run "docusaurus build" again.`,
      );
    fragments.push(JSON.parse(readFileSync(file, 'utf8')) as CatalogFragment);
  }
  if (!fragments.some((fragment) => fragment.locale === DEFAULT_LOCALE))
    throw new Error('No production build in build/: run "docusaurus build" first.');
  const catalog = mergeCatalogFragments(fragments, DEFAULT_LOCALE);
  // The catalogue's addresses are those the pages were built with (docusaurus.config.ts
  // reads SITE_URL); run on its own with another SITE_URL, it would not match them.
  const wanted = process.env.SITE_URL?.replace(/\/$/, '');
  if (wanted && wanted !== catalog.site.url)
    throw new Error(
      `SITE_URL is ${wanted}, but the pages in build/ were built for ${catalog.site.url}: run the whole build again with this SITE_URL ("npm run build", or "npm run build:deploy").`,
    );
  const problems = catalogProblems(catalog);
  if (problems.length > 0)
    throw new Error(
      `build/catalog.json does not match src/plugins/catalog/catalog.schema.json:\n${problems
        .map((problem) => `  - ${problem}`)
        .join('\n')}\nFix src/plugins/catalog (or the schema, if the format changed on purpose).`,
    );
  writeFileSync(path.join(buildDir, CATALOG_PATH), `${JSON.stringify(catalog, null, 2)}\n`);
  writeFileSync(
    path.join(buildDir, CATALOG_SCHEMA_PATH),
    `${JSON.stringify(catalogSchema, null, 2)}\n`,
  );
  // Each language's pages link to "/<locale>/catalog.json" (Docusaurus puts the locale's base
  // before a pathname:// link): the same files are served there too.
  for (const locale of LOCALE_CODES) {
    const prefix = localePrefix(locale);
    if (!prefix || !existsSync(path.join(buildDir, prefix, 'index.html'))) continue;
    for (const file of [CATALOG_PATH, CATALOG_SCHEMA_PATH])
      copyFileSync(path.join(buildDir, file), path.join(buildDir, prefix, file));
  }
  console.log(
    `Wrote build${CATALOG_PATH}: ${catalog.modules.length} modules in ${catalog.locales.join(', ')}.`,
  );
}

try {
  main();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
