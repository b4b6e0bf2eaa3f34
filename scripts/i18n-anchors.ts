/**
 * npm run i18n:anchors -- <translated file>…
 *
 * Ends every heading of a translated page with the anchor of the English
 * heading in the same place, `## Drie elementen {/* #three-elements *\/}`,
 * which the structure gate of npm run i18n:check asks for. Run it once the
 * headings of the translation match the English in number and level.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { withEnglishAnchors } from '../src/plugins/translation-status/check/anchors';
import { findSourceOf } from '../src/plugins/translation-status/sourceHash';

const siteDir = path.resolve(import.meta.dirname, '..');
let failed = false;
for (const file of process.argv.slice(2)) {
  const absolute = path.resolve(file);
  const source = findSourceOf(siteDir, absolute);
  if (!source || absolute.endsWith('.yaml')) {
    console.error(`${file}: not a translated page under i18n/<locale>/…/current/`);
    failed = true;
    continue;
  }
  const result = withEnglishAnchors(
    readFileSync(absolute, 'utf8'),
    readFileSync(source.sourcePath, 'utf8'),
  );
  if (result.problem) {
    console.error(`${file}: ${result.problem}; fix them first`);
    failed = true;
    continue;
  }
  writeFileSync(absolute, result.text);
  console.log(`${file}: ${result.changed} heading(s) given their English anchor`);
}
process.exit(failed ? 1 : 0);
