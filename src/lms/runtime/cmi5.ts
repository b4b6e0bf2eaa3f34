import Cmi5 from '@xapi/cmi5';

import type { LoadedQuestion } from '../../plugins/quizzes/loadQuizzes';
import type { Response } from '../../components/Quiz/grading';
import type { QuizResult } from '../../lib/progress';
import { xapiInteraction, xapiResponse } from './interactions';
import type { LmsAdapter } from './lmsState';

/**
 * The language of the quiz text: the quiz section's lang, which differs from
 * the page's when the quiz has no translation and falls back to English.
 */
function quizTextLanguage(): string {
  const quiz = document.getElementById('quiz-root')?.closest('[lang]');
  return quiz?.getAttribute('lang') || document.documentElement.lang || 'en';
}

/**
 * Connects to a cmi5 LMS when the page was launched with the cmi5 launch
 * parameters (endpoint, fetch, actor, registration, activityId): sends
 * "initialized" on launch, "answered" with the interaction (interactions.ts)
 * for every checked question, "passed" or "failed" with the score and
 * "completed" at the end of the quiz, and "terminated" when the page closes.
 */
export async function connectCmi5(): Promise<LmsAdapter | null> {
  if (!Cmi5.isCmiAvailable) return null;
  const cmi5 = Cmi5.instance;
  await cmi5.initialize();
  const testId = 'quiz';
  let queue: Promise<unknown> = Promise.resolve();
  // Statements go out in order: the LMS evaluates "moveOn" from their sequence.
  const send = (statement: () => Promise<unknown>) => {
    queue = queue.then(statement).catch((error: Error) => {
      console.info('The learning platform did not accept a statement:', error.message);
    });
  };
  let completed = false;
  let passedSent = false;
  let finished = false;
  return {
    previous: undefined,
    answered(question: LoadedQuestion, response: Response, correct: boolean) {
      send(() =>
        cmi5.interaction(
          testId,
          question.id,
          xapiResponse(question, response),
          xapiInteraction(question, quizTextLanguage()) as Parameters<typeof cmi5.interaction>[3],
          correct,
        ),
      );
    },
    report(_result: QuizResult, scorePercent: number, passMark: number) {
      // Only a normal launch records results (not Browse or Review).
      if (cmi5.launchData.launchMode !== 'Normal') return;
      const scaled = scorePercent / 100;
      const score = { scaled, raw: scorePercent, min: 0, max: 100 };
      // The LMS's mastery score, when it sets one, decides; else the quiz's pass mark.
      const mastery = cmi5.launchData.masteryScore ?? passMark / 100;
      // cmi5 allows one "passed" per registration, and no "failed" after it.
      if (!passedSent && scaled >= mastery) {
        passedSent = true;
        send(() => cmi5.pass(score));
      } else if (!passedSent) send(() => cmi5.fail(score));
      if (!completed) {
        completed = true;
        send(() => cmi5.complete());
      }
    },
    finish() {
      if (finished) return;
      finished = true;
      send(() => cmi5.terminate());
    },
  };
}
