import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { strFromU8, unzipSync } from 'fflate';

import { LMS_FORMATS, lmsPackagePath } from '../../src/config/institutions';
import { MODULES, moduleIdOf } from '../../src/config/modules';
import type { Catalog } from '../../src/plugins/catalog/types';
import { expect, test } from './test-utils';
import { FUND_IN_CREDIT } from '../../src/config/credit';

// Checks every package file in build/lms: no browser needed, but the build is.
const buildDir = path.resolve(__dirname, '../../build');
const catalog = JSON.parse(readFileSync(path.join(buildDir, 'catalog.json'), 'utf8')) as Catalog;
const packaged = MODULES.filter((module) => module.pageType === 'module').map(moduleIdOf);
const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function readPackage(format: string, locale: string, id: string): Record<string, Uint8Array> {
  const file = path.join(buildDir, lmsPackagePath(format as 'scorm12', locale, id));
  expect(existsSync(file), file).toBe(true);
  return unzipSync(readFileSync(file));
}

/** Addresses in a package's HTML, CSS and scripts that would leave the package inside an LMS. */
function absoluteReferences(files: Record<string, Uint8Array>): string[] {
  const found: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    if (!/\.(html|css|js)$/.test(name)) continue;
    const text = strFromU8(content);
    if (text.includes(catalog.site.url)) found.push(`${name}: ${catalog.site.url}`);
    if (name.endsWith('.html')) {
      const $ = load(text);
      $('[href], [src]').each((_, element) => {
        const value = $(element).attr('href') ?? $(element).attr('src') ?? '';
        if (/^(\/|[a-z]+:)/i.test(value)) found.push(`${name}: ${value}`);
      });
    }
    if (name.endsWith('.css')) {
      for (const match of text.matchAll(/url\(\s*["']?(?!data:)([^)"']+)/g))
        found.push(`${name}: url(${match[1]})`);
    }
  }
  return found;
}

test('every module has an LMS package in every built locale and format, listed in the catalogue', () => {
  for (const id of packaged) {
    const entry = catalog.modules.find((module) => module.id === id)!;
    for (const locale of catalog.locales)
      for (const format of LMS_FORMATS) {
        expect(new URL(entry.locales[locale]!.lms![format]!).pathname).toBe(
          lmsPackagePath(format, locale, id),
        );
        readPackage(format, locale, id);
      }
  }
});

for (const locale of catalog.locales) {
  test(`SCORM 1.2 packages in ${locale}: valid manifest, every file present, no absolute links`, () => {
    for (const id of packaged) {
      const files = readPackage('scorm12', locale, id);
      const entry = catalog.modules.find((module) => module.id === id)!;
      const label = `${locale}/${id}`;
      expect(files['imsmanifest.xml'], label).toBeDefined();
      const $ = load(strFromU8(files['imsmanifest.xml']!), { xmlMode: true });
      const manifest = $('manifest');
      expect(manifest.attr('xmlns'), label).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
      expect($('metadata > schema').text(), label).toBe('ADL SCORM');
      expect($('metadata > schemaversion').text(), label).toBe('1.2');

      const ids = $('[identifier]')
        .map((_, element) => $(element).attr('identifier')!)
        .get();
      expect(new Set(ids).size, `${label}: identifiers are unique`).toBe(ids.length);
      for (const identifier of ids) expect(identifier, label).toMatch(NCNAME);

      const organizations = $('organizations');
      expect($(`organization[identifier="${organizations.attr('default')}"]`), label).toHaveLength(
        1,
      );
      const items = $('organization item[identifierref]');
      expect(items.length, label).toBeGreaterThan(0);
      items.each((_, item) => {
        const resource = $(`resource[identifier="${$(item).attr('identifierref')}"]`);
        expect(resource, label).toHaveLength(1);
        expect(resource.attr('adlcp:scormtype'), label).toBe('sco');
        expect(files[resource.attr('href')!], `${label}: launch file`).toBeDefined();
        expect($(item).find('title').text(), label).toBe(entry.locales[locale]!.title);
        expect($(item).find('adlcp\\:masteryscore').text(), label).toBe(
          String(entry.quiz!.passMark),
        );
      });
      const listed = $('resource file')
        .map((_, element) => $(element).attr('href')!)
        .get()
        .sort();
      const inZip = Object.keys(files)
        .filter((name) => name !== 'imsmanifest.xml')
        .sort();
      expect(listed, `${label}: the manifest lists exactly the files of the package`).toEqual(
        inZip,
      );
      expect(absoluteReferences(files), label).toEqual([]);
    }
  });
}

for (const locale of catalog.locales) {
  test(`cmi5 packages in ${locale}: one course with one AU, its launch file, no absolute links`, () => {
    for (const id of packaged) {
      const files = readPackage('cmi5', locale, id);
      const entry = catalog.modules.find((module) => module.id === id)!;
      const label = `${locale}/${id}`;
      expect(files['cmi5.xml'], label).toBeDefined();
      const $ = load(strFromU8(files['cmi5.xml']!), { xmlMode: true });
      expect($('courseStructure').attr('xmlns'), label).toBe(
        'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd',
      );
      expect($('course').attr('id'), label).toBe(`urn:voices-from-the-field:${id}:${locale}`);
      expect($('au'), label).toHaveLength(1);
      expect($('au').attr('id'), label).toBe(`urn:voices-from-the-field:${id}:${locale}:au`);
      expect(Number($('au').attr('masteryScore')), label).toBe(entry.quiz!.passMark / 100);
      expect($('au > title > langstring').text(), label).toBe(entry.locales[locale]!.title);
      expect(files[$('au > url').text()], `${label}: launch file`).toBeDefined();
      expect(absoluteReferences(files), label).toEqual([]);
    }
  });
}

test('the package page carries the module text, its quiz data and the credit line', () => {
  const locale = catalog.locales.includes('bg') ? 'bg' : 'en';
  const files = readPackage('scorm12', locale, 'definitions');
  const $ = load(strFromU8(files['index.html']!));
  const entry = catalog.modules.find((module) => module.id === 'definitions')!.locales[locale]!;
  expect($('html').attr('lang')).toBe(locale);
  // The module text says which language it is in (English where it has no translation yet).
  expect($('article > div[lang]').attr('lang')).toBe(entry.textLocale);
  expect($('h1').first().text()).toBe(entry.title);
  expect($('.footer__copyright').text()).toMatch(FUND_IN_CREDIT);
  const data = JSON.parse($('#lms-data').text()) as { quiz: { id: string; textLocale: string } };
  expect(data.quiz).toMatchObject({ id: 'definitions', textLocale: locale });
  expect($('#quiz').attr('lang')).toBe(locale);
  // The way to the quiz at the end of the module leads to the quiz on the same page.
  expect($('a[href="#quiz"]').length).toBeGreaterThan(0);
});
