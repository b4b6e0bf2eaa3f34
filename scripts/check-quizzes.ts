/**
 * `npm run quizzes:check`: validates every quiz as the build does, and prints
 * the number of questions per quiz and type.
 */
import path from 'node:path';

import { LOCALE_CODES } from '../src/config/locales';
import { QUIZ_IDS } from '../src/config/modules';
import { QuizDataError, loadQuizSources } from '../src/plugins/quizzes/loadQuizzes';

const siteDir = path.resolve(import.meta.dirname, '..');
try {
  const sources = loadQuizSources(siteDir, QUIZ_IDS, LOCALE_CODES);
  for (const source of sources) {
    const types: Record<string, number> = {};
    for (const question of source.structure.questions)
      types[question.type] = (types[question.type] ?? 0) + 1;
    const summary = Object.entries(types)
      .map(([type, count]) => `${type} ${count}`)
      .join(', ');
    console.log(
      `${source.id}: ${source.structure.questions.length} questions (${summary}); text in ${Object.keys(source.texts).join(', ')}`,
    );
  }
  const missing = QUIZ_IDS.filter((id) => !sources.some((source) => source.id === id));
  if (missing.length > 0) console.log(`No quiz yet for: ${missing.join(', ')}`);
} catch (error) {
  if (error instanceof QuizDataError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
