/**
 * npm run i18n:check — the translation gates (part of npm test): every
 * translated page, quiz, handout and slide text, and the UI strings, against
 * the English and the termbase (i18n/terminology.yaml):
 *
 *   structure  the same headings (levels and anchors), components, links and admonitions
 *   numbers    every number of the English, in the locale's format
 *   terms      the termbase's rendering where the English uses a term; no forbidden variant
 *   letters    no Bulgarian-only letter in Macedonian and the reverse; no Latin è in "сѐ"
 *   language   no paragraph left in English
 *   current    no translation behind its English
 *
 * Prints one line per problem (file:place [gate] message → fix) and exits 1 if there is one.
 *
 *   tsx scripts/i18n-check.ts [site directory]   (default: this site)
 */
import path from 'node:path';

import { checkTranslations, formatProblem } from '../src/plugins/translation-status/check';
import { terminologyForChecks } from '../src/plugins/translation-status/check/terminology';

const siteDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..'));
try {
  const problems = checkTranslations(siteDir, terminologyForChecks(siteDir));
  for (const problem of problems) console.log(formatProblem(problem));
  const gates = [...new Set(problems.map((problem) => problem.gate))].join(', ');
  console.log(
    problems.length === 0
      ? 'i18n:check: every translation passes the gates.'
      : `i18n:check: ${problems.length} problem(s) (${gates}).`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
