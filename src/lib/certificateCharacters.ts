/**
 * The characters certificate PDFs can write: names in the site's languages
 * and neighbouring ones, and the certificate's own text.
 */
function range(from: number, to: number): string {
  let characters = '';
  for (let code = from; code <= to; code += 1) characters += String.fromCodePoint(code);
  return characters;
}

export const CERTIFICATE_CHARACTERS = [
  range(0x20, 0x7e), // Basic Latin
  range(0xa0, 0xff), // Latin-1 Supplement (Dutch ë ï é, …)
  range(0x100, 0x17f), // Latin Extended-A (Hungarian ő ű, Polish, Czech, Romanian, …)
  range(0x218, 0x21b), // Romanian ș ț
  range(0x400, 0x45f), // Cyrillic (Bulgarian, Macedonian ѓ ќ ѕ џ љ њ, Serbian, Russian, Ukrainian)
  range(0x490, 0x491), // Ukrainian ґ
  range(0x2010, 0x2027), // dashes, quotation marks, bullet, ellipsis
  '„“”‚‘’«»€№',
].join('');

/** The characters of a text that the certificate font cannot write. */
export function unsupportedCharacters(text: string): string[] {
  return [...new Set([...text].filter((character) => !CERTIFICATE_CHARACTERS.includes(character)))];
}
