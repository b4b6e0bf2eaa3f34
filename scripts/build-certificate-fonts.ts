/**
 * `npm run fonts:certificate`: makes the fonts embedded in certificate PDFs.
 *
 * Certificates are generated in the learner's browser, so the font must be
 * small and must cover every language of the site. This subsets Noto Sans
 * (from @digabi/noto-sans, SIL Open Font License) to Latin, Latin-1,
 * Latin Extended-A (Hungarian ő ű, …), Cyrillic (Bulgarian, Macedonian ѓ ќ ѕ џ
 * …) and common punctuation, and writes TrueType files to
 * static/fonts/certificate/. The output is committed; run this again only to
 * change the character ranges. tests/unit/certificate-font.test.ts checks that
 * the committed fonts cover every character of every locale.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';

import { CERTIFICATE_CHARACTERS } from '../src/lib/certificateCharacters';

const siteDir = path.resolve(import.meta.dirname, '..');
const source = path.join(siteDir, 'node_modules/@digabi/noto-sans');
const target = path.join(siteDir, 'static/fonts/certificate');

async function main(): Promise<void> {
  for (const [from, to] of [
    ['NotoSans-Regular.woff', 'NotoSans-Regular.ttf'],
    ['NotoSans-Bold.woff', 'NotoSans-Bold.ttf'],
  ] as const) {
    const subset = await subsetFont(
      readFileSync(path.join(source, 'WOFF', from)),
      CERTIFICATE_CHARACTERS,
      {
        targetFormat: 'truetype',
      },
    );
    writeFileSync(path.join(target, to), subset);
    console.log(`${to}: ${(subset.length / 1024).toFixed(1)} KiB`);
  }
  copyFileSync(path.join(source, 'LICENSE.txt'), path.join(target, 'OFL.txt'));
}

void main();
