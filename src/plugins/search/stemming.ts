/**
 * The stemmer of each language the site is written in. A stemmer cuts the
 * endings off a word, so that "slachtoffers" and "slachtoffer", or
 * "emberkereskedelmet" and "emberkereskedelem", are one search term. The
 * index builder stems each section with the stemmer of the section's language
 * (a page still in English is stemmed as English in every locale); the
 * browser stems the query with the site's language and with English (see
 * client/searchEngine.ts). textFolding.ts turns a word into its term with one
 * of these, on both sides.
 *
 * Each stemmer is a module of its own, loaded with import(): the site's
 * bundler makes each a chunk of its own, so the browser fetches only the
 * current locale's and English's, and only when search is first used.
 */

/** Lower-case word in, stem out. */
export type Stemmer = (word: string) => string;

/** Loaded stemmers by language (see stemmerLanguage). */
export type Stemmers = ReadonlyMap<string, Stemmer>;

const STEMMER_MODULES: Readonly<Record<string, () => Promise<Stemmer>>> = {
  // Porter's stemmer (1980), the usual one for English search: @orama/stemmers' port, 0.8 KiB
  // gzipped. English is the source language, and every locale's untranslated pages are in it.
  en: () => import('@orama/stemmers/english').then((module) => module.stemmer),
  // The Snowball Dutch stemmer (Porter's design for Dutch; Lucene and Elasticsearch offer it too):
  // plurals (-en, -s), -heid, -ing, -lijk, undoubled consonants. @orama/stemmers' port, 1.7 KiB.
  nl: () => import('@orama/stemmers/dutch').then((module) => module.stemmer),
  // Savoy's light stemmer (articles, plurals), in our own port: @orama/stemmers' port of the same
  // algorithm throws on many words. See stemmers/bulgarian.ts.
  bg: () => import('./stemmers/bulgarian').then((module) => module.stemBulgarian),
  // No published Macedonian stemmer is packaged: a light one written after Savoy's Bulgarian one.
  // See stemmers/macedonian.ts.
  mk: () => import('./stemmers/macedonian').then((module) => module.stemMacedonian),
  // The Snowball Hungarian stemmer (Anna Tordai's light stemmer: case endings, possessives,
  // plurals), @orama/stemmers' port, 1.9 KiB, with a repair for words that drop a vowel
  // (védelem / védelmi): see stemmers/hungarian.ts. Hungarian stacks its endings
  // ("áldozataként"), so it gains most from stemming.
  hu: () => import('./stemmers/hungarian').then((module) => module.stemHungarian),
};

/** The language of a `lang` tag that picks its stemmer: "en-GB" → "en". */
export function stemmerLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? '';
}

/** Loads the stemmers of these languages; a language without one is left out. */
export async function loadStemmers(langs: Iterable<string>): Promise<Stemmers> {
  const languages = [...new Set([...langs].map(stemmerLanguage))].filter(
    (language) => language in STEMMER_MODULES,
  );
  const loaded = await Promise.all(languages.map((language) => STEMMER_MODULES[language]!()));
  return new Map(languages.map((language, i) => [language, loaded[i]!]));
}

const unstemmed: Stemmer = (word) => word;

/** The stemmer of a language, or one that keeps words as they are. */
export function stemmerFor(stemmers: Stemmers, lang: string): Stemmer {
  return stemmers.get(stemmerLanguage(lang)) ?? unstemmed;
}
