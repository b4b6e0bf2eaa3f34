import path from 'node:path';
import type { Page } from '@playwright/test';

import { LOCALE_CODES } from '../../src/config/locales';
import { QUIZ_IDS } from '../../src/config/modules';
import {
  loadQuizSources,
  resolveQuiz,
  type LoadedQuestion,
  type LoadedQuiz,
} from '../../src/plugins/quizzes/loadQuizzes';
import { answer, canBeWrong } from './quiz-driver';
import { expect } from './test-utils';

/** The English quizzes, from the same data the site is built from. */
export function englishQuizzes(): LoadedQuiz[] {
  const siteDir = path.resolve(__dirname, '../..');
  return loadQuizSources(siteDir, QUIZ_IDS, LOCALE_CODES).map((source) =>
    resolveQuiz(source, 'en', 'en'),
  );
}

/** Takes the whole quiz on the page, all answers right or (where one can be) wrong. */
export async function takeQuiz(page: Page, questions: readonly LoadedQuestion[], right: boolean) {
  for (const [index, question] of questions.entries()) {
    await expect(
      page.getByRole('heading', { name: `Question ${index + 1} of ${questions.length}` }),
    ).toBeVisible();
    const wrongHere = !right && canBeWrong(question);
    await answer(page, question, !wrongHere);
    await page.getByRole('button', { name: 'Check answer' }).click();
    const verdict = wrongHere ? 'Not quite.' : 'Correct.';
    await expect(page.getByText(verdict, { exact: true }).first()).toBeVisible();
    await expect(page.getByText(question.text.feedback, { exact: true })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Read the section that covers this' }),
    ).toBeVisible();
    await page
      .getByRole('button', {
        name: index < questions.length - 1 ? 'Next question' : 'See your score',
      })
      .click();
  }
}
