import english from 'flexsearch/lang/en';

import { foldText } from './textFolding';

/**
 * Words so common that they say nothing about where a passage is (the, and,
 * of …). They are left out of the index, which keeps it under its size
 * budget, and left out of queries, so "the reflection period" still finds
 * "reflection period". English uses FlexSearch's own list; the other lists
 * hold the commonest function words of each language (articles,
 * conjunctions, prepositions, pronouns and auxiliaries).
 *
 * Every locale's index also holds the pages still shown in English, so the
 * English list applies in every locale.
 */
const OWN_STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  nl: `de het een en van in is op te dat die voor met zijn niet aan er om ook als bij of door naar
    worden wordt werd kan ze hun deze dit tot uit maar over wat wie hij zij wij we je u ik nog al
    dan geen meer zo zich waar hoe heeft hebben had was waren moet kunnen zal zou`.split(/\s+/),
  bg: `и в във на за се да от с със по е са не че това тези този тази а като към при до или
    които която който което ще има може ги го я им му ѝ тя той те ние вие аз но ако след пред
    през без между също още вече бил била били беше бяха съм сме сте как какво къде кога`.split(
    /\s+/,
  ),
  mk: `и во на за се да од со по е се не дека ова овие овој оваа а како кон при до или кои која
    кој кое ќе има може ги го ја им му ѝ таа тој тие ние вие јас но ако по пред преку без меѓу
    исто уште веќе бил била биле беше беа сум сме сте што каде кога`.split(/\s+/),
  hu: `a az és egy hogy is nem de meg van vagy mint csak már ez azt ezt ha el ki be fel le amely
    amelyek aki akik ami amit volt voltak lesz lehet kell nincs nem sem itt ott ezek azok őket
    neki nekik vele pedig mert így úgy majd még után előtt alatt között által szerint`.split(/\s+/),
};

/**
 * Words on FlexSearch's English list that matter on this site: "work" is at
 * the heart of labour exploitation, and "time" of reflection periods and
 * working hours.
 */
const MEANINGFUL_HERE = new Set(['work', 'time', 'times', 'use', 'new']);

/** The folded stopwords for a locale's index. */
export function stopwordsFor(locale: string): string[] {
  const englishStopwords = [...((english.filter as Set<string> | undefined) ?? [])].filter(
    (word) => !MEANINGFUL_HERE.has(word),
  );
  if (englishStopwords.length === 0)
    throw new Error("FlexSearch's English stopword list is missing");
  const words = [...englishStopwords, ...(OWN_STOPWORDS[locale] ?? [])];
  return [...new Set(words.map(foldText))].sort();
}
