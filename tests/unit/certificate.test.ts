import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import os from 'node:os';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';

import { certificatePdf } from '../../src/components/Certificate/certificatePdf';
import {
  COURSE,
  certificateId,
  certificateRecord,
  formatCertificateDate,
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
        date: 'Passed on 20 November 2026',
        id: 'Certificate ID: 0000-0000-0000',
        versions: 'Site version 0.1.0 · quiz version 1',
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
