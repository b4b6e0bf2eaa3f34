/**
 * Translation status of the Markdown/MDX pages.
 *
 *   npm run i18n:status            per locale: translated / stale / missing, and the files
 *   npm run i18n:stamp -- <file>…  record that a translated file matches its English source now
 *
 * A translated file records the hash of the English file it translates in its
 * front matter (`translation_of`); see src/plugins/translation-status/sourceHash.ts.
 * Quiz texts (quizzes/<id>/<locale>.yaml) are counted too: a quiz without a
 * text file in a locale falls back to English on that locale's site.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { collectStatus } from '../src/plugins/translation-status/collectStatus';
import {
  TRANSLATION_KEY,
  findSourceOf,
  hashSourceFile,
} from '../src/plugins/translation-status/sourceHash';

const siteDir = path.resolve(import.meta.dirname, '..');

function stamp(files: string[]): void {
  for (const file of files) {
    const absolute = path.resolve(file);
    const translated = findSourceOf(siteDir, absolute);
    if (!translated)
      throw new Error(
        `${file} is neither a translated doc under i18n/<locale>/…/current/ nor a quiz, handout or slide text quizzes|handouts|slides/<id>/<locale>.yaml`,
      );
    if (!existsSync(translated.sourcePath))
      throw new Error(`${file}: its English source ${translated.sourcePath} does not exist`);
    const hash = hashSourceFile(translated.sourcePath);
    const text = readFileSync(absolute, 'utf8');
    if (absolute.endsWith('.yaml')) {
      // Quiz text: a top-level key, first in the file.
      const withoutOld = text.replace(/^translation_of:.*\n/m, '');
      writeFileSync(absolute, `${TRANSLATION_KEY}: ${hash}\n${withoutOld}`);
      console.log(`${path.relative(siteDir, absolute)}: ${TRANSLATION_KEY} ${hash}`);
      continue;
    }
    const updated = /^---\n[\s\S]*?^translation_of:.*$/m.test(text)
      ? text.replace(/^translation_of:.*$/m, `${TRANSLATION_KEY}: ${hash}`)
      : text.replace(/^---\n/, `---\n${TRANSLATION_KEY}: ${hash}\n`);
    if (!updated.startsWith('---\n')) throw new Error(`${file} has no front matter block to stamp`);
    writeFileSync(absolute, updated);
    console.log(`${path.relative(siteDir, absolute)}: ${TRANSLATION_KEY} ${hash}`);
  }
}

function report(): void {
  const rows = collectStatus(siteDir);
  console.log(
    '          pages                      quizzes                    handouts                   slides',
  );
  console.log(
    'locale    translated stale missing  translated stale missing  translated stale missing  translated stale missing',
  );
  for (const row of rows) {
    const cells = [
      row.translated,
      row.stale,
      row.missing,
      row.quizzesTranslated,
      row.quizzesStale,
      row.quizzesMissing,
      row.handoutsTranslated,
      row.handoutsStale,
      row.handoutsMissing,
      row.slidesTranslated,
      row.slidesStale,
      row.slidesMissing,
    ].map((list, index) => String(list.length).padStart(index % 3 === 0 ? 12 : 6));
    console.log(`${row.locale.padEnd(8)}${cells.join('')}`);
  }
  for (const row of rows) {
    console.log(`\n[${row.locale}]`);
    for (const file of row.translated) console.log(`  translated  ${file}`);
    for (const file of row.stale) console.log(`  stale       ${file}`);
    for (const file of row.missing) console.log(`  missing     ${file}`);
    for (const quiz of row.quizzesTranslated) console.log(`  translated  ${quiz} (quiz)`);
    for (const quiz of row.quizzesStale) console.log(`  stale       ${quiz} (quiz)`);
    for (const handout of row.handoutsTranslated) console.log(`  translated  ${handout} (handout)`);
    for (const handout of row.handoutsStale) console.log(`  stale       ${handout} (handout)`);
    for (const handout of row.handoutsMissing)
      console.log(`  missing     ${handout} (handout, shown and printed in English)`);
    for (const deck of row.slidesTranslated) console.log(`  translated  ${deck} (slides)`);
    for (const deck of row.slidesStale) console.log(`  stale       ${deck} (slides)`);
    for (const deck of row.slidesMissing)
      console.log(`  missing     ${deck} (slides, shown and downloaded in English)`);
    for (const quiz of row.quizzesMissing)
      console.log(`  missing     ${quiz} (quiz, shown in English)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args[0] === '--stamp') stamp(args.slice(1));
  else report();
}
