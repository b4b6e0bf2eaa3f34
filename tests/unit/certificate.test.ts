import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import os from 'node:os';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';

import {
  certificatePdf,
  type CertificateTexts,
} from '../../src/components/Certificate/certificatePdf';
import { EDITION_PATHSPECS, contentEditionDate } from '../../src/config/contentEdition';
import { HEIGHT, MARGIN } from '../../src/components/Certificate/pdfLayout';
import {
  COURSE,
  certificateId,
  certificateRecord,
  certifiedModules,
  formatCertificateDate,
  formatEditionDate,
  issuerAddress,
  totalMinutes,
} from '../../src/lib/certificate';
import { CERTIFICATE_CHARACTERS, unsupportedCharacters } from '../../src/lib/certificateCharacters';
import type { Progress } from '../../src/lib/progress';

const fontDir = path.resolve(__dirname, '../../static/fonts/certificate');
const fonts = {
  regular: readFileSync(path.join(fontDir, 'NotoSans-Regular.ttf')),
  bold: readFileSync(path.join(fontDir, 'NotoSans-Bold.ttf')),
};

/** Letters of the site's languages, upper and lower case. */
const ALPHABETS = {
  nl: 'ÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜĲàáâäèéêëìíîïòóôöùúûüĳ',
  bg: 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯабвгдежзийклмнопрстуфхцчшщъьюя',
  mk: 'АБВГДЃЕЖЗЅИЈКЛЉМНЊОПРСТЌУФХЦЧЏШабвгдѓежзѕијклљмнњопрстќуфхцчџш',
  hu: 'ÁÉÍÓÖŐÚÜŰáéíóöőúüű',
};

describe('the certificate fonts', () => {
  it.each(['regular', 'bold'] as const)(
    '%s has a glyph for every character certificates can write',
    (weight) => {
      const font = fontkit.create(fonts[weight]);
      const missing = [...CERTIFICATE_CHARACTERS].filter(
        (character) => !font.hasGlyphForCodePoint(character.codePointAt(0)!),
      );
      expect(missing).toEqual([]);
    },
  );

  it.each(Object.entries(ALPHABETS))('cover the %s alphabet', (_locale, alphabet) => {
    expect(unsupportedCharacters(alphabet)).toEqual([]);
  });

  it('are small enough to load on a poor connection', () => {
    expect(fonts.regular.length + fonts.bold.length).toBeLessThan(160 * 1024);
  });
});

/** The ID of the pinned record below, as certificates have printed it since the first release. */
const PINNED_ID = '2913-A07F-7329';

describe('certificates', () => {
  const passedAt = '2026-11-20T10:00:00.000Z';
  const progress: Progress = {
    schema: 1,
    quizzes: {
      definitions: {
        quizVersion: 1,
        lastScore: 90,
        bestScore: 92,
        passed: true,
        attempts: 2,
        passedAt,
        updatedAt: passedAt,
      },
      hungary: {
        quizVersion: 2,
        lastScore: 50,
        bestScore: 50,
        passed: false,
        attempts: 1,
        updatedAt: passedAt,
      },
    },
  };

  it('exist only for passed quizzes, and for the course only when every quiz is passed', () => {
    expect(
      certificateRecord(progress, 'definitions', ['definitions', 'hungary'], '0.1.0'),
    ).toMatchObject({ score: 92 });
    expect(
      certificateRecord(progress, 'hungary', ['definitions', 'hungary'], '0.1.0'),
    ).toBeUndefined();
    expect(
      certificateRecord(progress, COURSE, ['definitions', 'hungary'], '0.1.0'),
    ).toBeUndefined();
    expect(certificateRecord(progress, COURSE, ['definitions'], '0.1.0')).toMatchObject({
      subject: COURSE,
      score: 92,
    });
  });

  it('have an ID that follows from their details', async () => {
    const record = {
      ...certificateRecord(progress, 'definitions', ['definitions'], '0.1.0')!,
      name: 'Ана',
    };
    const id = await certificateId(record);
    expect(id).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(await certificateId({ ...record })).toBe(id);
    expect(await certificateId({ ...record, score: 93 })).not.toBe(id);
    expect(await certificateId({ ...record, name: 'Ана ' })).toBe(id);
  });

  it('write the date in the locale, or as day.month.year where the runtime has no names for it', () => {
    expect(formatCertificateDate(passedAt, 'hu')).toBe('2026. november 20.');
    expect(formatCertificateDate(passedAt, 'xx')).toBe('20.11.2026');
  });

  it('keep the ID scheme of the first certificates: the same details give the same ID as before', async () => {
    // Pinned: a learner who prints their certificate again gets the ID they printed before.
    const record = {
      ...certificateRecord(progress, 'definitions', ['definitions'], '0.1.0')!,
      name: 'Ana de Vries',
    };
    expect(record).toEqual({
      name: 'Ana de Vries',
      subject: 'definitions',
      subjectVersion: '1',
      score: 92,
      passedAt,
      siteVersion: '0.1.0',
    });
    expect(await certificateId(record)).toBe(PINNED_ID);
  });

  const modules = [
    {
      id: 'definitions',
      moduleTitle: 'Understanding trafficking',
      moduleTitleLocale: 'en',
      moduleMinutes: 20,
    },
    {
      id: 'hungary',
      moduleTitle: 'Hungary: identification behind the border fence',
      moduleTitleLocale: 'en',
      moduleMinutes: 18,
    },
  ];

  it('list the module of a quiz certificate, and every module of the course in course order, with score and study time', () => {
    expect(certifiedModules(progress, 'definitions', modules)).toEqual([
      {
        id: 'definitions',
        title: 'Understanding trafficking',
        titleLocale: 'en',
        score: 92,
        minutes: 20,
      },
    ]);
    expect(certifiedModules(progress, 'hungary', modules)).toBeUndefined();
    expect(certifiedModules(progress, COURSE, modules)).toBeUndefined();
    expect(certifiedModules(progress, 'no-such-quiz', modules)).toBeUndefined();
    const allPassed: Progress = {
      ...progress,
      quizzes: {
        ...progress.quizzes,
        hungary: { ...progress.quizzes.hungary!, bestScore: 85, passed: true, passedAt },
      },
    };
    const course = certifiedModules(allPassed, COURSE, modules)!;
    expect(course.map((module) => [module.id, module.score, module.minutes])).toEqual([
      ['definitions', 92, 20],
      ['hungary', 85, 18],
    ]);
    expect(totalMinutes(course)).toBe(38);
  });

  it('name the site as issuer by its address, with the base URL and without a trailing slash', () => {
    expect(issuerAddress('https://example.org', '/')).toBe('https://example.org');
    expect(issuerAddress('https://example.org/', '/learn/')).toBe('https://example.org/learn');
  });

  it('write the edition as the calendar day it is, wherever the learner is', () => {
    expect(formatEditionDate('2026-12-03', 'hu')).toBe('2026. december 3.');
    expect(formatEditionDate('2026-12-03', 'xx')).toBe('03.12.2026');
    expect(formatEditionDate('2026-01-01', 'xx')).toBe('01.01.2026');
  });

  it('make a tagged PDF, in its language, whose text (long Cyrillic name included) reads back in order', async () => {
    const name = 'Александра Димитрова-Стојановска Ѓорѓиевска-Ќосевска Џафероска';
    const bytes = await certificatePdf(
      {
        language: 'mk',
        documentTitle: 'Certificate',
        heading: 'Certificate of completion',
        intro: 'This records that',
        name,
        completed: 'has completed the learning module and passed its quiz',
        subject: 'Understanding trafficking',
        score: 'Score: 92%',
        studyTime: 'Estimated study time: 20 min',
        date: 'Passed on 20 November 2026',
        declaration: `Declaration by ${name}: “I completed this module and its test myself.”`,
        issuer: 'Issued by Voices from the field, https://example.org',
        id: 'Certificate ID: 0000-0000-0000',
        edition: 'Edition of 3 December 2026 · quiz version 1',
        selfIssued: 'This is a self-issued record of completion.',
        credit: 'Adapted from the Safe! project’s final report, funded by AMIF.',
        site: 'Voices from the field',
      },
      fonts,
    );
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'certificate-')), 'certificate.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(name);
    expect(text).toContain('Score: 92%');
    expect(text).toContain('Estimated study time: 20 min');
    expect(text).toContain('I completed this module and its test myself.');
    expect(text).toContain('Issued by Voices from the field, https://example.org');
    expect(text).toContain('Edition of 3 December 2026');
    expect(text).toContain('0000-0000-0000');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Certificate/);
    const catalog = (await PDFDocument.load(bytes)).catalog;
    expect(catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('mk');
    // The structure a screen reader follows: the heading first, then each line in reading order.
    const structure = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(structure).toMatch(/^Document\n\s+H1 \(block\)\n\s+"Certificate of completion"/);
    const paragraphs = [...structure.matchAll(/P \(block\)\n\s+"([^"]*)"/g)].map(
      (match) => match[1],
    );
    expect(paragraphs.slice(0, 2)).toEqual(['This records that', name]);
    expect(paragraphs.at(-1)).toContain('Adapted from the Safe!');
  });
});

/** Writes a PDF to a temporary file, for poppler's tools. */
function tempPdf(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'certificate-')), 'certificate.pdf');
  writeFileSync(file, bytes);
  return file;
}

/** Every word's box on the page, in points from the top (pdftotext -bbox). */
function wordBoxes(file: string): { word: string; yMin: number; yMax: number }[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return [
    ...xhtml.matchAll(
      /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map(([, yMin, yMax, word]) => ({ word: word!, yMin: Number(yMin), yMax: Number(yMax) }));
}

describe('the course certificate PDF', () => {
  const titles = [
    'Understanding trafficking',
    'The European picture',
    'Early identification in practice',
    'Safe Future, Safe Return',
    'The Netherlands: the first National Platform',
    'Bulgaria: an EU border country',
    'North Macedonia: a transit country after the 2015 crisis',
    'Hungary: identification behind the border fence',
    'The International Platform in Sofia',
    'Conclusions and recommendations',
  ];
  const lines = titles.map((title, index) => `${title}: ${90 + (index % 10)}% · ${12 + index} min`);
  const texts = (name: string): CertificateTexts => ({
    language: 'hu',
    documentTitle: 'Tanúsítvány: Voices from the field',
    heading: 'Teljesítési tanúsítvány',
    intro: 'Ez a dokumentum rögzíti, hogy',
    name,
    completed:
      'elvégezte az alábbi képzés összes tananyagmodulját, és teljesítette valamennyi kvízét:',
    subject: 'Voices from the field: az összes tananyagmodul',
    modules: {
      heading: 'Elvégzett modulok, eredménnyel és becsült tanulási idővel',
      lines,
    },
    score: 'Átlagos eredmény: 94%',
    studyTime: 'Becsült teljes tanulási idő: 165 perc',
    date: 'Teljesítés dátuma: 2026. november 22.',
    declaration: `${name} nyilatkozata: „Ezeket a modulokat és a hozzájuk tartozó kvízeket önállóan teljesítettem.”`,
    issuer: 'Kiállító: Voices from the field, https://voices-from-the-field.example.org',
    id: 'Tanúsítvány azonosítója: 0000-0000-0000',
    edition: 'A tananyag kiadása: 2026. december 3. · kvízváltozatok: 1.1.1.1.1.1.1.1.1.1',
    selfIssued:
      'Ez egy saját kiállítású teljesítési igazolás, amely a tanuló saját eszközén készült. Senki nem ellenőrizte. Azok az intézmények, amelyeknek ellenőrzött igazolásra van szükségük, a saját tanulási platformjukat használják.',
    credit:
      'A Safe! projekt „Voices from the field” című zárójelentése alapján, az EU Menekültügyi, Migrációs és Integrációs Alapja (AMIF), valamint a holland Igazságügyi és Biztonsági Minisztérium és az Egészségügyi, Jóléti és Sportminisztérium támogatásával.',
    site: 'Voices from the field',
  });

  it.each([
    ['a short name', 'Ana de Vries'],
    [
      'a name on two lines',
      'Александра Димитрова-Стојановска Ѓорѓиевска-Ќосевска Џафероска Ана-Марија',
    ],
  ])('lists ten modules on one A4 page, inside the frame, with %s', async (_case, name) => {
    const file = tempPdf(await certificatePdf(texts(name), fonts));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1/);
    // Nothing is drawn past the frame (pdf-lib would silently draw text off the page).
    const words = wordBoxes(file);
    expect(words.length).toBeGreaterThan(100);
    const outside = words.filter(
      ({ yMin, yMax }) => yMin < MARGIN / 2 || yMax > HEIGHT - MARGIN / 2,
    );
    expect(outside).toEqual([]);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const line of lines) expect(text).toContain(line);
    expect(text).toContain('165 perc');
  });

  it('reads as a heading, then one paragraph per line, the modules in course order, in its language', async () => {
    const bytes = await certificatePdf(texts('Ana de Vries'), fonts);
    const file = tempPdf(bytes);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    const catalog = (await PDFDocument.load(bytes)).catalog;
    expect(catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('hu');
    const structure = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(structure).toMatch(/^Document\n\s+H1 \(block\)\n\s+"Teljesítési tanúsítvány"/);
    const paragraphs = [...structure.matchAll(/P \(block\)\n\s+"([^"]*)"/g)].map((match) =>
      match[1]!.replace(/\s+/g, ' ').trim(),
    );
    const first = paragraphs.indexOf(lines[0]!);
    expect(first).toBeGreaterThan(0);
    expect(paragraphs.slice(first, first + lines.length)).toEqual(lines);
    expect(paragraphs.some((paragraph) => paragraph.includes('nyilatkozata'))).toBe(true);
    expect(paragraphs.at(-1)).toContain('AMIF');
  });
});

describe('the content edition', () => {
  const repository = path.resolve(__dirname, '../..');
  const now = new Date('2026-12-24T12:00:00Z');
  const noGit = mkdtempSync(path.join(os.tmpdir(), 'no-git-'));

  it('is a fixed day when CONTENT_EDITION says so, and refuses anything but YYYY-MM-DD', () => {
    expect(
      contentEditionDate({ siteDir: repository, env: { CONTENT_EDITION: '2026-12-03' } }),
    ).toBe('2026-12-03');
    expect(() =>
      contentEditionDate({ siteDir: repository, env: { CONTENT_EDITION: '3 December' } }),
    ).toThrow(/YYYY-MM-DD/);
  });

  it.skipIf(!existsSync(path.join(repository, '.git')))(
    "is the day of the content's last commit in a git checkout, or the build day while it has uncommitted changes",
    () => {
      const git = (...args: string[]) =>
        execFileSync('git', ['-C', repository, ...args, '--', ...EDITION_PATHSPECS], {
          encoding: 'utf8',
        }).trim();
      const expected =
        git('status', '--porcelain') === '' ? git('log', '-1', '--format=%cs') : '2026-12-24';
      expect(expected).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(contentEditionDate({ siteDir: repository, env: {}, now })).toBe(expected);
    },
  );

  it('falls back to SOURCE_DATE_EPOCH, then to the build day, without git', () => {
    expect(
      contentEditionDate({ siteDir: noGit, env: { SOURCE_DATE_EPOCH: '1764720000' }, now }),
    ).toBe('2025-12-03');
    expect(contentEditionDate({ siteDir: noGit, env: {}, now })).toBe('2026-12-24');
  });
});

describe('certificate texts in every language', () => {
  it('use only characters the PDF font can write', () => {
    const i18nDir = path.resolve(__dirname, '../../i18n');
    const problems: string[] = [];
    for (const locale of readdirSync(i18nDir)) {
      const file = path.join(i18nDir, locale, 'code.json');
      if (!existsSync(file)) continue;
      const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<
        string,
        { message: string }
      >;
      for (const [id, { message }] of Object.entries(messages)) {
        if (!id.startsWith('certificate.')) continue;
        const missing = unsupportedCharacters(message);
        if (missing.length > 0) problems.push(`${locale} ${id}: ${missing.join(' ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
