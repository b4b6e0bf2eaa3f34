import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEFAULT_LOCALE, TRANSLATED_LOCALES } from '../../src/config/locales';

type Messages = Record<string, { message: string; description?: string }>;

const siteDir = path.resolve(__dirname, '../..');

/**
 * Messages that may read the same in a language as in English, with the reason.
 * Keyed by locale, then message id.
 */
const SAME_AS_ENGLISH_ALLOWED: Record<string, Record<string, string>> = {
  '*': {
    'home.hero.title': 'the title of the report, a proper name',
    title: 'navbar title: the title of the report, a proper name',
    'logo.alt': 'contains the title of the report',
  },
  nl: {
    'theme.admonition.tip': 'Dutch uses the word "tip"',
    'theme.admonition.info': 'Dutch uses the word "info"',
    'moduleLinks.column.quiz': 'Dutch uses the word "quiz" (as in the quiz pages)',
    'courseStart.begin': 'Dutch says "Begin" too',
    'certificate.course.module':
      'only placeholders, numbers and "min", the Dutch abbreviation as well',
  },
};

function isAllowedSame(locale: string, id: string, message: string): boolean {
  // A message made only of placeholders and punctuation has nothing to translate.
  if (!/\p{L}/u.test(message.replace(/\{\w+\}/g, ''))) return true;
  return Boolean(SAME_AS_ENGLISH_ALLOWED['*']?.[id] ?? SAME_AS_ENGLISH_ALLOWED[locale]?.[id]);
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

/** The JSON translation files Docusaurus extracts, relative to i18n/<locale>/. */
function translationFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

let extractDir: string;
let englishRoot: string;

beforeAll(() => {
  // Extract the English messages exactly as `docusaurus write-translations`
  // does, into a temporary folder so the committed i18n/ is never touched.
  extractDir = mkdtempSync(path.join(os.tmpdir(), 'i18n-extract-'));
  execFileSync(
    process.execPath,
    [
      require.resolve('@docusaurus/core/bin/docusaurus.mjs'),
      'write-translations',
      '--locale',
      DEFAULT_LOCALE,
    ],
    { cwd: siteDir, env: { ...process.env, I18N_EXTRACT_DIR: extractDir }, stdio: 'pipe' },
  );
  englishRoot = path.join(extractDir, DEFAULT_LOCALE);
});

afterAll(() => {
  rmSync(extractDir, { recursive: true, force: true });
});

const read = (file: string): Messages => JSON.parse(readFileSync(file, 'utf8')) as Messages;

describe.each(TRANSLATED_LOCALES)('UI strings in %s', (locale) => {
  const localeRoot = path.join(siteDir, 'i18n', locale);

  it('has exactly the translation files Docusaurus extracts', () => {
    const localeFiles = translationFiles(localeRoot);
    expect(localeFiles, `run "npm run write-translations -- --locale ${locale}"`).toEqual(
      translationFiles(englishRoot),
    );
  });

  it('has exactly the extracted message ids in every file, no more, no less', () => {
    for (const file of translationFiles(englishRoot)) {
      const english = read(path.join(englishRoot, file));
      const translated = read(path.join(localeRoot, file));
      expect(
        Object.keys(translated).sort(),
        `i18n/${locale}/${file}: run "npm run write-translations -- --locale ${locale}" and translate the new ids; remove ids that no longer exist`,
      ).toEqual(Object.keys(english).sort());
    }
  });

  it('translates every message (none left identical to English) and keeps its placeholders', () => {
    const untranslated: string[] = [];
    const brokenPlaceholders: string[] = [];
    for (const file of translationFiles(englishRoot)) {
      const english = read(path.join(englishRoot, file));
      const translated = read(path.join(localeRoot, file));
      for (const [id, { message }] of Object.entries(english)) {
        const translation = translated[id]?.message;
        if (translation === undefined) continue; // reported by the key-set test
        if (translation === message && !isAllowedSame(locale, id, message))
          untranslated.push(`${file} ${id}`);
        if (placeholders(translation).join() !== placeholders(message).join()) {
          brokenPlaceholders.push(`${file} ${id}: expected {${placeholders(message).join('} {')}}`);
        }
      }
    }
    expect(untranslated, `untranslated messages in i18n/${locale}`).toEqual([]);
    expect(brokenPlaceholders, `placeholders changed in i18n/${locale}`).toEqual([]);
  });
});
