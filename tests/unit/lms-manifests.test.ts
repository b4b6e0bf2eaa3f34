import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';

import { LOCALE_CODES } from '../../src/config/locales';
import { MODULES, QUIZ_IDS, moduleIdOf } from '../../src/config/modules';
import { loadQuizSources } from '../../src/plugins/quizzes/loadQuizzes';
import { hashSourceFile } from '../../src/plugins/translation-status/sourceHash';
import {
  cmi5AuId,
  cmi5Manifest,
  escapeXml,
  scorm12Manifest,
  xmlId,
  type PackageInfo,
} from '../../src/lms/manifests';

const info: PackageInfo = {
  moduleId: 'definitions',
  locale: 'nl',
  version: '53882b77f0a3.q1',
  title: 'Mensenhandel & smokkel: "wat is het verschil" <1>',
  description: 'Een beschrijving van de module voor het leerplatform.',
  passMark: 80,
  launch: 'index.html',
  files: ['index.html', 'assets/site.css', 'assets/quiz.js'],
};

describe('SCORM 1.2 manifest', () => {
  const $ = load(scorm12Manifest(info), { xmlMode: true });

  it('is well-formed XML with the title escaped', () => {
    expect($('organization > title').text()).toBe(info.title);
    expect(escapeXml('a<b & "c"')).toBe('a&lt;b &amp; &quot;c&quot;');
  });

  it('links the organisation, the item and the SCO resource by identifier', () => {
    const org = $('organizations').attr('default');
    expect($(`organization[identifier="${org}"]`)).toHaveLength(1);
    const ref = $('item').attr('identifierref');
    const resource = $(`resource[identifier="${ref}"]`);
    expect(resource.attr('adlcp:scormtype')).toBe('sco');
    expect(resource.attr('href')).toBe('index.html');
    expect(
      $('resource file')
        .map((_, file) => $(file).attr('href'))
        .get(),
    ).toEqual(info.files);
    expect($('item > adlcp\\:masteryscore').text()).toBe('80');
  });

  it('says the language of the package in its metadata, with the title and description', () => {
    expect($('metadata imsmd\\:general > imsmd\\:language').text()).toBe('nl');
    const title = $('metadata imsmd\\:title > imsmd\\:langstring');
    expect(title.attr('xml:lang')).toBe('nl');
    expect(title.text()).toBe(info.title);
    expect($('metadata imsmd\\:description > imsmd\\:langstring').text()).toBe(info.description);
  });

  it('makes identifiers that are valid XML IDs', () => {
    expect(xmlId('north-macedonia', 'mk')).toBe('vftf-north-macedonia-mk');
    expect(xmlId('a b', 'x/y')).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
  });
});

describe('cmi5 course structure', () => {
  const $ = load(cmi5Manifest(info), { xmlMode: true });

  it('has one course and one AU with IRIs that do not depend on where the site is deployed', () => {
    expect($('course').attr('id')).toBe('urn:voices-from-the-field:definitions:nl');
    expect($('au')).toHaveLength(1);
    expect($('au').attr('id')).toBe(cmi5AuId(info));
    expect($('au').attr('id')).toMatch(/^urn:/);
  });

  it('gives the mastery score, the move-on rule, the launch page and the texts in the locale', () => {
    expect($('au').attr('masteryScore')).toBe('0.80');
    expect($('au').attr('moveOn')).toBe('CompletedAndPassed');
    expect($('au > url').text()).toBe('index.html');
    expect($('au > title > langstring').attr('lang')).toBe('nl');
    expect($('au > title > langstring').text()).toBe(info.title);
  });
});

/**
 * The manifests against the published XSDs (tests/standards/), with xmllint
 * (libxml2-utils) and no network: every schema a manifest needs is local.
 */
describe('the published schemas', () => {
  const siteDir = path.resolve(__dirname, '../..');
  const standards = path.join(siteDir, 'tests/standards');
  const SCHEMAS = {
    // One schema that imports the IMS CP, ADL and IMS MD schemas of SCORM 1.2.
    scorm12: path.join(standards, 'scorm12/imsmanifest.xsd'),
    cmi5: path.join(standards, 'cmi5/CourseStructure.xsd'),
  };
  const MANIFEST = {
    scorm12: { file: 'imsmanifest.xml', write: scorm12Manifest },
    cmi5: { file: 'cmi5.xml', write: cmi5Manifest },
  };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lms-manifests-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const quizzes = loadQuizSources(siteDir, QUIZ_IDS, LOCALE_CODES);

  // ims_xml.xsd binds the xml namespace as the default one: libxml2 says so in three lines
  // and validates on (tests/standards/README.md).
  const IMS_XML_WARNING = /^\S*ims_xml\.xsd:3: namespace error .*\n.*\n\s*\^\n/m;

  /** xmllint's verdict on each file, the known warning aside. */
  function xmllint(schema: string, files: readonly string[]) {
    const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', schema, ...files], {
      encoding: 'utf8',
    });
    if (run.error)
      throw new Error(`xmllint did not run (apt-get install libxml2-utils): ${run.error.message}`);
    const output = run.stderr.replace(IMS_XML_WARNING, '').trim();
    return { status: run.status, output };
  }

  /** What the build takes from the catalogue about a module in a locale, from the sources. */
  function packageInfo(module: (typeof MODULES)[number], locale: string): PackageInfo {
    const translated = path.join(
      siteDir,
      'i18n',
      locale,
      'docusaurus-plugin-content-docs/current',
      module.file,
    );
    const doc = existsSync(translated) ? translated : path.join(siteDir, 'docs', module.file);
    const { title, description } = matter(readFileSync(doc, 'utf8')).data as Record<string, string>;
    const quiz = quizzes.find((source) => source.id === module.quiz)!.structure;
    return {
      moduleId: moduleIdOf(module),
      locale,
      version: `${hashSourceFile(path.join(siteDir, 'docs', module.file))}.q${quiz.version}`,
      title: title!,
      description: description!,
      passMark: quiz.pass_mark,
      launch: 'index.html',
      files: ['index.html', 'assets/site.css', 'assets/quiz.css', 'assets/quiz.js'],
    };
  }
  const packages = [
    ...MODULES.filter((module) => module.pageType === 'module').flatMap((module) =>
      LOCALE_CODES.map((locale) => packageInfo(module, locale)),
    ),
    // Text that needs escaping, and Cyrillic.
    info,
    { ...info, locale: 'mk', title: 'Трговија со луѓе & „шверц“' },
  ];

  it.each(['scorm12', 'cmi5'] as const)(
    'accept the %s manifest of every module in every locale',
    (format) => {
      const files = packages.map((pkg, index) => {
        const file = path.join(
          dir,
          format,
          `${index}-${pkg.locale}-${pkg.moduleId}`,
          MANIFEST[format].file,
        );
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, MANIFEST[format].write(pkg));
        return file;
      });
      const { status, output } = xmllint(SCHEMAS[format], files);
      expect(output.split('\n').filter((line) => !line.endsWith(' validates'))).toEqual([]);
      expect(status).toBe(0);
      expect(output.split('\n')).toHaveLength(packages.length);
    },
  );

  it.each([
    ['scorm12', 'bad-imsmanifest.xml', /scormtype.*The value 'SCO' is not an element of the set/],
    ['cmi5', 'bad-cmi5.xml', /masteryScore.*The value '80' is greater than the maximum/],
  ] as const)('reject a %s manifest with a mistake (%s)', (format, fixture, error) => {
    const { status, output } = xmllint(SCHEMAS[format], [
      path.join(__dirname, '__fixtures__/lms', fixture),
    ]);
    expect(status).not.toBe(0);
    expect(output).toMatch(error);
    expect(output).toMatch(/fails to validate$/);
  });
});
