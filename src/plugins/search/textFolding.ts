import type { Stemmer } from './stemming';

/**
 * One way of turning text into search terms, used by the index builder at
 * build time and by the browser at query time, so that both sides always
 * agree: each word is stemmed in its language (stemming.ts), then folded.
 * Folding is case- and accent-insensitive for Latin and Cyrillic alike:
 * "Kizsákmányolás" and "kizsakmanyolas" fold to the same term, and so do
 * "ТРАФИК" and "трафик".
 */

/**
 * A word: a run of letters and digits (any script), with the marks that
 * belong to them, so that a word in decomposed form (e + ◌́) stays one word
 * before it is folded, as it is after.
 */
export const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * Lower case without diacritics. Decomposing (NFD) and dropping the combining
 * marks removes accents (á → a, ő → o); Cyrillic letters that are written
 * with a mark (й, ѓ, ќ, ё) fold to their base letter the same way, which is
 * what a learner typing without the diacritic expects.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** A word that is worth a place in the index: two characters or more, or a digit. */
export function isIndexableTerm(term: string): boolean {
  return term.length > 1 || /\p{N}/u.test(term);
}

/** A word of a text, folded as typed, and its search term. */
export interface SearchWord {
  readonly folded: string;
  readonly term: string;
}

/**
 * The search term of a word: stemmed, then folded. Stemming comes first
 * because the Snowball stemmers read accents: Hungarian's endings -ról, -ből,
 * -ként carry them, and "kizsákmányolásról" is stemmed to "kizsákmányolás"
 * only while it has them (Dutch's drops its accents itself, Porter's English
 * has none). The folded stem is what an accent-free query then finds
 * ("kizsakmanyolas"). Bulgarian and Macedonian fold before their own rules
 * (see stemmers/), since none of their endings has a mark.
 */
export function searchTerm(word: string, stem: Stemmer): string {
  const lower = word.normalize('NFC').toLowerCase();
  return foldText(stem(lower) || lower);
}

/** The words of a text, in order, duplicates kept, each folded and as a search term. */
export function searchWords(text: string, stem: Stemmer): SearchWord[] {
  return (text.match(WORD_PATTERN) ?? []).map((word) => ({
    folded: foldText(word),
    term: searchTerm(word, stem),
  }));
}
