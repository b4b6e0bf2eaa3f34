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

/** A locale's quizzes, from the same data the site is built from (English text where none). */
export function quizzesIn(locale: string): LoadedQuiz[] {
  const siteDir = path.resolve(__dirname, '../..');
  return loadQuizSources(siteDir, QUIZ_IDS, LOCALE_CODES).map((source) =>
    resolveQuiz(source, locale, 'en'),
  );
}

/** The English quizzes. */
export function englishQuizzes(): LoadedQuiz[] {
  return quizzesIn('en');
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

/** Answers the questions before `index` right, so that question `index` is on screen, unchecked. */
export async function goToQuestion(
  page: Page,
  questions: readonly LoadedQuestion[],
  index: number,
): Promise<void> {
  for (const question of questions.slice(0, index)) {
    await answer(page, question, true);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  await expect(
    page.getByRole('heading', { name: `Question ${index + 1} of ${questions.length}` }),
  ).toBeVisible();
}

/**
 * After a pass: "Get your certificate" is the primary action and comes first
 * (in reading and tab order, and on screen); "Try again" is a secondary one.
 */
export async function expectCertificateFirst(page: Page): Promise<void> {
  const certificate = page.getByRole('link', { name: 'Get your certificate' });
  const retry = page.getByRole('button', { name: 'Try again' });
  await expect(certificate).toHaveClass(/\bbutton--primary\b/);
  await expect(retry).toHaveClass(/\bbutton--secondary\b/);
  await expect(retry).not.toHaveClass(/\bbutton--primary\b/);
  const retryHandle = await retry.elementHandle();
  expect(
    await certificate.evaluate(
      (link, other) =>
        Boolean(other && link.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING),
      retryHandle,
    ),
    'the certificate link comes before "Try again"',
  ).toBe(true);
  const [first, second] = [(await certificate.boundingBox())!, (await retry.boundingBox())!];
  expect(
    first.y + first.height <= second.y || (Math.abs(first.y - second.y) < 1 && first.x < second.x),
    'the certificate link is shown before "Try again"',
  ).toBe(true);
}
