import { stemmer as snowballHungarian } from '@orama/stemmers/hungarian';

/**
 * The Snowball Hungarian stemmer (Anna Tordai's light stemmer: case endings,
 * possessives, plurals), with one repair. Many Hungarian words drop a vowel
 * before an ending: védelem / védelmet, bizalom / bizalmat,
 * emberkereskedelem / emberkereskedelmi. Snowball takes the -em or -om of
 * the bare word for a possessive ending and gives "védel", but leaves the m
 * of the other forms: "védelmi" gives "védelm", so a search for
 * "emberkereskedelmi" missed every page that says "emberkereskedelem". A
 * stem that ends in -lm loses the m, which brings both back together; no
 * Hungarian stem needs the difference between -l and -lm to be found
 * (film and filmek meet the same way).
 */
export function stemHungarian(word: string): string {
  const stem = snowballHungarian(word);
  return stem.endsWith('lm') ? stem.slice(0, -1) : stem;
}
