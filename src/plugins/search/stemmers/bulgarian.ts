import { foldText } from '../textFolding';

/**
 * Bulgarian light stemmer: the rules of J. Savoy, "Searching strategies for
 * the Bulgarian language", Information Retrieval 10 (2007), as Apache
 * Lucene's BulgarianStemmer applies them (with its fix of the ен → н rule,
 * which the paper gives twice). It removes the definite article (-ът, -ят,
 * -та, -то, -те, -ия, -ият), the plural endings (-ове, -еве, -овци, -ища,
 * -и, with the consonant changes к → ц, г → з, х → с undone) and a final
 * vowel, never leaving fewer than three letters. Its limits, those of light
 * stemming: verb forms are not brought together, nor irregular plurals
 * (човек / хора), and the rule for the я / е alternation (звяр / звери) also
 * turns червени into червян, away from червен / червна.
 *
 * Why not `@orama/stemmers/bulgarian`, a port of the same Lucene class: it
 * writes the consonant changes into the string (`word[i] = 'к'`), which
 * throws a TypeError in strict code, as both its builds are: "признаци",
 * "родители" or "червен" would break the build and the search box.
 *
 * The word is folded first (й → и, ѝ → и): none of the endings has a mark, and
 * a learner typing without them gets the same stem.
 */
export function stemBulgarian(word: string): string {
  const letters = [...foldText(word)];
  let length = letters.length;
  const endsWith = (ending: string) =>
    length >= ending.length && letters.slice(length - ending.length, length).join('') === ending;

  if (length < 4) return letters.join('');
  if (length > 5 && endsWith('ища')) return letters.slice(0, length - 3).join('');

  // The definite article.
  if (length > 6 && endsWith('ият')) length -= 3;
  else if (length > 5 && ['ът', 'то', 'те', 'та', 'ия'].some(endsWith)) length -= 2;
  else if (length > 4 && endsWith('ят')) length -= 2;

  // The plural.
  if (length > 6 && (endsWith('овци') || endsWith('ове'))) length -= 3;
  else if (length > 6 && endsWith('еве')) {
    letters[length - 3] = 'и'; // й, folded
    length -= 2;
  } else if (length > 5 && endsWith('ища')) length -= 3;
  else if (length > 5 && endsWith('та')) length -= 2;
  else if (length > 5 && endsWith('ци')) {
    letters[length - 2] = 'к';
    length -= 1;
  } else if (length > 5 && endsWith('зи')) {
    letters[length - 2] = 'г';
    length -= 1;
  } else if (length > 5 && letters[length - 3] === 'е' && letters[length - 1] === 'и') {
    letters[length - 3] = 'я';
    length -= 1;
  } else if (length > 4 && endsWith('си')) {
    letters[length - 2] = 'х';
    length -= 1;
  } else if (length > 4 && endsWith('и')) length -= 1;

  // A final vowel.
  if (length > 3) {
    if (endsWith('я')) length -= 1;
    if (endsWith('а') || endsWith('о') || endsWith('е')) length -= 1;
  }

  // The vowel that comes and goes: червен / червна.
  if (length > 4 && endsWith('ен')) {
    letters[length - 2] = 'н';
    length -= 1;
  }
  // ъ before the last consonant comes and goes too: театър / театри.
  if (length > 5 && letters[length - 2] === 'ъ') {
    letters[length - 2] = letters[length - 1]!;
    length -= 1;
  }
  return letters.slice(0, length).join('');
}
