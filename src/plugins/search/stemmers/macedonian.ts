import { foldText } from '../textFolding';

/**
 * Macedonian light stemmer, written for this site because no published one
 * is packaged for JavaScript. It follows J. Savoy's light stemmers for
 * Slavic languages — above all his Bulgarian one ("Searching strategies for
 * the Bulgarian language", Information Retrieval 10, 2007; see
 * bulgarian.ts), Macedonian's closest relative — in removing only what
 * inflects a noun or an adjective, one ending at a time, never leaving
 * fewer than three letters:
 *
 * 1. the definite article -от, -та, -то, -те (-иот of adjectives:
 *    новиот / нов);
 * 2. the plural -ови, -еви, -иња (градови / град, кучиња / куче) or -и;
 * 3. a final -а, -о or -е, and the ј of -ија, in either order, so that
 *    случај / случаи and трговија / трговии each meet;
 * 4. the vowel that comes and goes in -ен and -ец (важен / важна,
 *    трговец / трговци);
 * 5. a last к or г is written ц or з, because that is what it becomes before
 *    the plural -и (работник / работници, знак / знаци, белег / белези); a
 *    stem is only a key, so the spelling does not matter.
 *
 * The proximal and distal articles (-ов, -ва, -во, -ве, -он, -на, -но, -не)
 * are left alone on purpose: they are rare in written instructions, and the
 * same letters end very many stems (жртва, жена, година, средство, право,
 * сексуална), which stripping them would cut short.
 *
 * Its limits, those of light stemming: verb forms are not brought together
 * (препознаваат / препознае), nor irregular plurals (човек / луѓе, дете /
 * деца), and a few unrelated words meet (право "law" and прави "makes" both
 * give прав).
 *
 * The word is folded first (ѓ → г, ќ → к, ѐ → е, ѝ → и): none of the endings
 * has a mark, and a learner typing without them gets the same stem.
 */
export function stemMacedonian(word: string): string {
  const letters = [...foldText(word)];
  let length = letters.length;
  const endsWith = (ending: string) =>
    length >= ending.length && letters.slice(length - ending.length, length).join('') === ending;

  if (length < 4) return letters.join('');

  // 1. The definite article.
  if (length > 6 && endsWith('иот')) length -= 3;
  else if (length > 5 && ['от', 'та', 'то', 'те'].some(endsWith)) length -= 2;

  // 2. The plural.
  if (length > 6 && (endsWith('ови') || endsWith('еви'))) length -= 3;
  else if (length > 5 && endsWith('иња')) length -= 3;
  else if (length > 4 && endsWith('и')) length -= 1;

  // 3. A final vowel and the ј of -ија.
  const finalVowel = () => {
    if (length > 3 && (endsWith('а') || endsWith('о') || endsWith('е'))) length -= 1;
  };
  finalVowel();
  if (length > 3 && endsWith('ј')) {
    length -= 1;
    finalVowel();
  }

  // 4. The vowel that comes and goes.
  if (length > 4 && (endsWith('ен') || endsWith('ец'))) {
    letters[length - 2] = letters[length - 1]!;
    length -= 1;
  }

  // 5. к and г as they are before the plural -и.
  if (length > 3 && endsWith('к')) letters[length - 1] = 'ц';
  else if (length > 3 && endsWith('г')) letters[length - 1] = 'з';
  return letters.slice(0, length).join('');
}
