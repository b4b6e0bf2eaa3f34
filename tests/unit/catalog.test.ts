import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { MODULE_HANDOUTS } from '../../src/config/handouts';
import { MODULES, moduleIdOf } from '../../src/config/modules';
import { LOCALE_CODES } from '../../src/config/locales';
import { loadHandoutSources } from '../../src/plugins/handouts/loadHandouts';
import { catalogProblems, mergeCatalogFragments } from '../../src/plugins/catalog/buildCatalog';
import type { CatalogFragment } from '../../src/plugins/catalog/types';

// A catalogue as plain JSON, to break on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseJson = Record<string, any>;

const siteDir = path.resolve(__dirname, '../..');
const fixture = (locale: string) =>
  JSON.parse(
    readFileSync(path.join(__dirname, `__fixtures__/catalog/fragment-${locale}.json`), 'utf8'),
  ) as CatalogFragment;

const goodCatalog = () => mergeCatalogFragments([fixture('en'), fixture('nl')], 'en');

/** A deep copy of the good catalogue with one deliberate mistake. */
function broken(change: (catalog: LooseJson) => void): unknown {
  const catalog = JSON.parse(JSON.stringify(goodCatalog())) as LooseJson;
  change(catalog);
  return catalog;
}

describe('the module catalogue', () => {
  it('merges the locales of the build, with module facts from English', () => {
    const catalog = goodCatalog();
    expect(catalog.locales).toEqual(['en', 'nl']);
    expect(catalog.$schema).toBe('http://localhost:3000/catalog.schema.json');
    const definitions = catalog.modules.find((module) => module.id === 'definitions')!;
    expect(Object.keys(definitions.locales)).toEqual(['en', 'nl']);
    expect(definitions.locales.nl!.url).toBe('http://localhost:3000/nl/docs/definitions');
    expect(definitions.quiz).toEqual({ id: 'definitions', version: 1, passMark: 80 });
    expect(catalogProblems(catalog)).toEqual([]);
  });

  it('fails without the English build', () => {
    expect(() => mergeCatalogFragments([fixture('nl')], 'en')).toThrow(/needs the en build/);
  });

  it.each<[string, (catalog: LooseJson) => void, RegExp]>([
    [
      'a version that is not a content hash',
      (c) => (c.modules[1].version = 'v1'),
      /\/modules\/1\/version: must match pattern/,
    ],
    ['an unknown page type', (c) => (c.modules[0].pageType = 'lesson'), /\/modules\/0\/pageType/],
    [
      'a relative page URL',
      (c) => (c.modules[0].locales.en.url = '/docs/start'),
      /\/modules\/0\/locales\/en\/url/,
    ],
    [
      'a missing title',
      (c) => delete c.modules[1].locales.nl.title,
      /\/modules\/1\/locales\/nl: must have required property 'title'/,
    ],
    ['a pass mark above 100', (c) => (c.modules[1].quiz.passMark = 120), /\/modules\/1\/quiz/],
    [
      'a field the schema does not know',
      (c) => (c.modules[0].colour = 'blue'),
      /\/modules\/0: must NOT have additional properties \("colour"\)/,
    ],
    ['a module id used twice', (c) => (c.modules[1].id = 'start'), /"start" is used twice/],
    [
      'a locale missing from a module',
      (c) => delete c.modules[1].locales.nl,
      /\/modules\/1\/locales: the nl entry is missing/,
    ],
  ])('rejects %s, naming the field', (_name, change, expected) => {
    expect(catalogProblems(broken(change)).join('\n')).toMatch(expected);
  });
});

describe('handouts of the modules', () => {
  const handoutIds = loadHandoutSources(siteDir, LOCALE_CODES).map((source) => source.id);
  const moduleIds = MODULES.filter((module) => module.pageType === 'module').map(moduleIdOf);

  it('names only modules and existing handouts', () => {
    for (const [moduleId, ids] of Object.entries(MODULE_HANDOUTS)) {
      expect(moduleIds, `MODULE_HANDOUTS.${moduleId}`).toContain(moduleId);
      for (const id of ids) expect(handoutIds, `MODULE_HANDOUTS.${moduleId}`).toContain(id);
    }
  });

  it('gives every handout a module', () => {
    expect(Object.values(MODULE_HANDOUTS).flat().sort()).toEqual([...handoutIds].sort());
  });
});
