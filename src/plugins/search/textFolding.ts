/**
 * One way of turning text into search terms, used by the index builder at
 * build time and by the browser at query time, so that both sides always
 * agree. Folding is case- and accent-insensitive for Latin and Cyrillic
 * alike: "Kizsákmányolás" and "kizsakmanyolas" fold to the same term, and so
 * do "ТРАФИК" and "трафик".
 */

/** A word: a run of letters and digits (any script). */
export const WORD_PATTERN = /[\p{L}\p{N}]+/gu;

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

/** The folded words of a text, in order, duplicates kept. */
export function foldedWords(text: string): string[] {
  return foldText(text).match(WORD_PATTERN) ?? [];
}

/** A word that is worth a place in the index: two characters or more, or a digit. */
export function isIndexableTerm(term: string): boolean {
  return term.length > 1 || /\p{N}/u.test(term);
}
