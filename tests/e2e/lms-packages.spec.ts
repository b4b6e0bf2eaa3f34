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

/** The packages the build writes: a module in English, and in each locale its page is translated into. */
const packages = packaged.flatMap((id) => {
  const entry = catalog.modules.find((module) => module.id === id)!;
  return catalog.locales
    .filter((locale) => entry.locales[locale]!.textLocale === locale)
    .map((locale) => ({ id, locale, entry }));
});

test('every module has an LMS package in the language its text is in, listed in the catalogue', () => {
  for (const id of packaged) {
    const entry = catalog.modules.find((module) => module.id === id)!;
    for (const locale of catalog.locales) {
      const { textLocale } = entry.locales[locale]!;
      for (const format of LMS_FORMATS) {
        // An untranslated module lists the English package, never an English one labelled bg.
        expect(new URL(entry.locales[locale]!.lms![format]!).pathname, `${locale}/${id}`).toBe(
          lmsPackagePath(format, textLocale, id),
        );
        readPackage(format, textLocale, id);
        if (textLocale !== locale)
          expect(
            existsSync(path.join(buildDir, lmsPackagePath(format, locale, id))),
            `${format}/${locale}/${id} would be English labelled ${locale}`,
          ).toBe(false);
      }
    }
  }
});

test('each package says the language it holds (page, manifest, quiz) and carries the credit', () => {
  for (const { id, locale, entry } of packages) {
    const label = `${locale}/${id}`;
    const inLocale = entry.locales[locale]!;
    const scorm = readPackage('scorm12', locale, id);
    const $ = load(strFromU8(scorm['index.html']!));
    expect($('html').attr('lang'), label).toBe(locale);
    expect($('h1').first().text(), label).toBe(inLocale.title);
    const data = JSON.parse($('#lms-data').text()) as { quiz: { textLocale: string } };
    // A quiz not yet translated is English inside a translated module, and says so.
    expect($('#quiz').attr('lang'), label).toBe(data.quiz.textLocale);
    expect($('.footer__copyright').text(), label).toMatch(FUND_IN_CREDIT);
    // The way to the quiz at the end of the module leads to the quiz on the same page.
    expect($('a[href="#quiz"]').length, label).toBeGreaterThan(0);
    const manifest = load(strFromU8(scorm['imsmanifest.xml']!), { xmlMode: true });
    expect(manifest('imsmd\\:general > imsmd\\:language').text(), label).toBe(locale);
    expect(manifest('imsmd\\:title > imsmd\\:langstring').attr('xml:lang'), label).toBe(locale);
    const cmi5 = load(strFromU8(readPackage('cmi5', locale, id)['cmi5.xml']!), { xmlMode: true });
    const langs = cmi5('langstring')
      .map((_, element) => cmi5(element).attr('lang'))
      .get();
    expect(new Set(langs), label).toEqual(new Set([locale]));
  }
});

test('a package of a translated module is in its language; an untranslated module offers the English one', () => {
  // A language with both kinds of module (Hungarian, the last to be translated, while it lasts).
  const textLocale = (locale: string, id: string) =>
    catalog.modules.find((module) => module.id === id)!.locales[locale]!.textLocale;
  const locale = catalog.locales.find(
    (candidate) =>
      candidate !== 'en' &&
      packaged.some((id) => textLocale(candidate, id) === candidate) &&
      packaged.some((id) => textLocale(candidate, id) === 'en'),
  );
  test.skip(!locale, 'every language has every module translated: no English package to offer');
  const entry = (id: string) =>
    catalog.modules.find((module) => module.id === id)!.locales[locale!]!;
  const translated = packaged.find((id) => entry(id).textLocale === locale)!;
  const untranslated = packaged.find((id) => entry(id).textLocale === 'en')!;

  const page = load(strFromU8(readPackage('scorm12', locale!, translated)['index.html']!));
  expect(page('html').attr('lang')).toBe(locale);
  const inEnglish = load(strFromU8(readPackage('scorm12', 'en', translated)['index.html']!));
  expect(page('h1').first().text()).not.toBe(inEnglish('h1').first().text());
  expect(page('.footer__copyright').text()).toMatch(FUND_IN_CREDIT);

  expect(new URL(entry(untranslated).lms!.scorm12).pathname).toBe(
    lmsPackagePath('scorm12', 'en', untranslated),
  );
  const english = load(strFromU8(readPackage('scorm12', 'en', untranslated)['index.html']!));
  expect(english('html').attr('lang')).toBe('en');
});

for (const locale of catalog.locales) {
  test(`SCORM 1.2 packages in ${locale}: valid manifest, every file present, no absolute links`, () => {
    for (const { id } of packages.filter((item) => item.locale === locale)) {
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
    for (const { id } of packages.filter((item) => item.locale === locale)) {
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
