import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { MODULES } from '../../src/config/modules';
import { REDIRECTS } from '../../src/config/redirects';
import { vanishedAddresses } from '../../src/plugins/catalog/releaseCheck';
import type { Catalog } from '../../src/plugins/catalog/types';

const releasesDir = path.resolve(__dirname, '../../releases');
const releases = readdirSync(releasesDir)
  .filter((file) => /^catalog-\d+\.\d+\.\d+\.json$/.test(file))
  .map((file) => ({
    file: `releases/${file}`,
    catalog: JSON.parse(readFileSync(path.join(releasesDir, file), 'utf8')) as Catalog,
  }));
const currentSlugs = MODULES.map((module) => module.slug);

describe('addresses of earlier releases', () => {
  it('has the catalogue of at least one release', () => {
    expect(releases.length).toBeGreaterThan(0);
  });

  it.each(releases.map((release) => [release.file, release.catalog] as const))(
    'every module address of %s still opens a page or a redirect',
    (file, catalog) => {
      expect(vanishedAddresses(catalog, file, currentSlugs, REDIRECTS)).toEqual([]);
    },
  );

  it('notices a page that disappeared without a redirect, and accepts it with one', () => {
    const previous = { modules: [{ id: 'old', slug: '/docs/old-name' }] };
    expect(vanishedAddresses(previous, 'releases/x.json', currentSlugs, [])).toEqual([
      expect.stringMatching(/^\/docs\/old-name .* add \{ from: '\/docs\/old-name'/),
    ]);
    expect(
      vanishedAddresses(previous, 'releases/x.json', currentSlugs, [
        { from: '/docs/old-name', to: '/docs/definitions' },
      ]),
    ).toEqual([]);
  });

  it('rejects a redirect to an address that is not a page', () => {
    expect(
      vanishedAddresses({ modules: [] }, 'releases/x.json', currentSlugs, [
        { from: '/docs/a', to: '/docs/nowhere' },
      ]),
    ).toEqual([expect.stringContaining('/docs/nowhere, which is not a module page')]);
  });
});
