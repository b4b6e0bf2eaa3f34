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
import { expect } from './test-utils';

/** The English quizzes, from the same data the site is built from. */
export function englishQuizzes(): LoadedQuiz[] {
  const siteDir = path.resolve(__dirname, '../..');
  return loadQuizSources(siteDir, QUIZ_IDS, LOCALE_CODES).map((source) =>
    resolveQuiz(source, 'en', 'en'),
  );
}

/** Answers the current question right or wrong through the page, as a learner would. */
export async function answer(page: Page, question: LoadedQuestion, right: boolean): Promise<void> {
  const quiz = page.locator('section[aria-labelledby="quiz-question-heading"]');
  const { text } = question;
  switch (question.type) {
    case 'single': {
      const option = right
        ? question.correct[0]!
        : question.options.find((o) => !question.correct.includes(o))!;
      await quiz.getByRole('radio', { name: text.options![option]!, exact: true }).check();
      break;
    }
    case 'multiple': {
      const wrong = question.options.find((o) => !question.correct.includes(o));
      const choose = right ? question.correct : wrong ? [wrong] : question.correct.slice(0, -1);
      for (const option of choose)
        await quiz.getByRole('checkbox', { name: text.options![option]!, exact: true }).check();
      break;
    }
    case 'true-false':
      await quiz
        .getByRole('radio', { name: right === question.correct ? 'True' : 'False', exact: true })
        .check();
      break;
    case 'categorize': {
      const items = Object.entries(question.items);
      for (const [item, category] of items) {
        const target = right ? category : question.categories.find((c) => c !== category)!;
        await quiz
          .getByRole('combobox', { name: text.items![item]!, exact: true })
          .selectOption({ label: text.categories![target]! });
      }
      break;
    }
    case 'order': {
      if (!right) break; // the items never start in the right order
      for (let position = 0; position < question.items.length; position += 1) {
        const label = text.items![question.items[position]!]!;
        const rows = quiz.locator('ol li');
        let index = (await rows.allTextContents()).findIndex((row) => row.startsWith(label));
        while (index > position) {
          await quiz.getByRole('button', { name: `Move up: ${label}`, exact: true }).click();
          index -= 1;
        }
      }
      break;
    }
    case 'scenario': {
      const from = question.steps.indexOf(question.act_from);
      const actAt = right ? from : from > 0 ? 0 : question.steps.length - 1;
      for (let step = 0; step < actAt; step += 1)
        await quiz.getByRole('button', { name: 'Show the next signal' }).click();
      await quiz.getByRole('button', { name: 'I would act now' }).click();
      break;
    }
  }
}

/** Whether a wrong answer exists for the question (a scenario where every step is right has none). */
export function canBeWrong(question: LoadedQuestion): boolean {
  if (question.type !== 'scenario') return true;
  const from = question.steps.indexOf(question.act_from);
  const by = question.act_by ? question.steps.indexOf(question.act_by) : question.steps.length - 1;
  return from > 0 || by < question.steps.length - 1;
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
