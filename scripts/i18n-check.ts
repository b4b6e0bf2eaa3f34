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
 *   spelling   every word in the locale's Hunspell dictionary (nl, mk), the project word list
 *              (i18n/spelling/<locale>.txt) or the termbase; bg and hu have no dictionary on npm
 *   current    no translation behind its English
 *
 * Prints one line per problem (file:place [gate] message → fix) and exits 1 if there is one.
 *
 *   tsx scripts/i18n-check.ts [site directory]   (default: this site)
 */
import path from 'node:path';

import { TRANSLATED_LOCALES } from '../src/config/locales';
import { checkTranslations, formatProblem } from '../src/plugins/translation-status/check';
import { NO_DICTIONARY } from '../src/plugins/translation-status/check/spelling';
import { terminologyForChecks } from '../src/plugins/translation-status/check/terminology';

const siteDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..'));

async function main(): Promise<number> {
  const problems = await checkTranslations(siteDir, terminologyForChecks(siteDir));
  for (const problem of problems) console.log(formatProblem(problem));
  // Said on every run, so that nobody takes a locale without a dictionary for a spelling pass.
  const unchecked = TRANSLATED_LOCALES.filter((locale) => locale in NO_DICTIONARY);
  if (unchecked.length > 0)
    console.log(
      `i18n:check: spelling not checked for ${unchecked.join(', ')}: npm has no Hunspell dictionary for them (${unchecked.map((locale) => `${locale}: ${NO_DICTIONARY[locale]}`).join('; ')}).`,
    );
  const gates = [...new Set(problems.map((problem) => problem.gate))].join(', ');
  console.log(
    problems.length === 0
      ? 'i18n:check: every translation passes the gates.'
      : `i18n:check: ${problems.length} problem(s) (${gates}).`,
  );
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
