import type { FrameLocator, Page } from '@playwright/test';

import type { LoadedQuestion } from '../../src/plugins/quizzes/loadQuizzes';
import type { UiMessages } from './test-utils';

/** Where the quiz is: the page itself, or the frame an LMS launched the package in. */
export type QuizScope = Page | FrameLocator;

/** The quiz's own words, as a learner reads them on the buttons: English, or a locale's code.json. */
export interface QuizLabels {
  readonly true: string;
  readonly false: string;
  readonly moveUp: (item: string) => string;
  readonly nextSignal: string;
  readonly actNow: string;
  readonly check: string;
  readonly next: string;
  readonly finish: string;
}

export const ENGLISH_QUIZ_LABELS: QuizLabels = {
  true: 'True',
  false: 'False',
  moveUp: (item) => `Move up: ${item}`,
  nextSignal: 'Show the next signal',
  actNow: 'I would act now',
  check: 'Check answer',
  next: 'Next question',
  finish: 'See your score',
};

/** The labels of a locale's site, from its i18n/<locale>/code.json. */
export function quizLabelsOf(messages: UiMessages): QuizLabels {
  const text = (id: string) => messages[id]!.message;
  return {
    true: text('quiz.trueFalse.true'),
    false: text('quiz.trueFalse.false'),
    moveUp: (item) => text('quiz.order.up').replace('{item}', item),
    nextSignal: text('quiz.scenario.next'),
    actNow: text('quiz.scenario.act'),
    check: text('quiz.check'),
    next: text('quiz.next'),
    finish: text('quiz.finish'),
  };
}

/** Answers the current question right or wrong through the page, as a learner would. */
export async function answer(
  page: QuizScope,
  question: LoadedQuestion,
  right: boolean,
  labels: QuizLabels = ENGLISH_QUIZ_LABELS,
): Promise<void> {
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
        .getByRole('radio', {
          name: right === question.correct ? labels.true : labels.false,
          exact: true,
        })
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
          await quiz.getByRole('button', { name: labels.moveUp(label), exact: true }).click();
          index -= 1;
        }
      }
      break;
    }
    case 'scenario': {
      const from = question.steps.indexOf(question.act_from);
      const actAt = right ? from : from > 0 ? 0 : question.steps.length - 1;
      for (let step = 0; step < actAt; step += 1)
        await quiz.getByRole('button', { name: labels.nextSignal }).click();
      await quiz.getByRole('button', { name: labels.actNow }).click();
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

/**
 * Answers every question and goes on to the score, all right or (where one
 * can be) wrong, without checking the feedback on the way (quiz-helpers'
 * takeQuiz does that). For the LMS specs, where what is asserted is what the
 * LMS receives.
 */
export async function answerAll(
  scope: QuizScope,
  questions: readonly LoadedQuestion[],
  right: boolean,
): Promise<void> {
  for (const [index, question] of questions.entries()) {
    await answer(scope, question, right || !canBeWrong(question));
    await scope.getByRole('button', { name: 'Check answer' }).click();
    await scope
      .getByRole('button', {
        name: index < questions.length - 1 ? 'Next question' : 'See your score',
      })
      .click();
  }
}
