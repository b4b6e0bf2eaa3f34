import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { createCrossTranslationLinkResolver } from '../../src/plugins/learning-content/crossTranslationLinks';

const siteDir = path.resolve(__dirname, '../..');
const resolve = createCrossTranslationLinkResolver(siteDir);

describe('file links across the line between translated and English pages', () => {
  it('resolves an English fallback page’s link to a translated page, keeping the anchor', () => {
    expect(
      resolve({ sourceFilePath: 'docs/cases/emily.mdx', url: '../definitions.mdx#children' }),
    ).toBe('/docs/definitions#children');
  });

  it('resolves a translated page’s link to an English page against the English file', () => {
    expect(
      resolve({
        sourceFilePath: 'i18n/bg/docusaurus-plugin-content-docs/current/definitions.mdx',
        url: './glossary.mdx#reflection-period',
      }),
    ).toBe('/docs/glossary#reflection-period');
  });

  it('gives an index page the address of its folder, and a trainer page its own base', () => {
    expect(
      resolve({ sourceFilePath: 'docs/definitions.mdx', url: './early-identification/index.mdx' }),
    ).toBe('/docs/early-identification');
    expect(
      resolve({
        sourceFilePath: 'i18n/nl/docusaurus-plugin-content-docs-trainers/current/index.md',
        url: './safe-future-day.mdx',
      }),
    ).toBe('/trainers/safe-future-day');
  });

  it('fails, naming the file and the fix, when no English file is there', () => {
    expect(() =>
      resolve({ sourceFilePath: 'docs/cases/emily.mdx', url: '../definitons.mdx' }),
    ).toThrow(
      /docs\/cases\/emily\.mdx: the link "\.\.\/definitons\.mdx" points to docs\/definitons\.mdx.*Fix the path/,
    );
  });
});
