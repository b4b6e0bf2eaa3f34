import Cmi5 from '@xapi/cmi5';

import type { LoadedQuestion } from '../../plugins/quizzes/loadQuizzes';
import type { Response } from '../../components/Quiz/grading';
import type { QuizResult } from '../../lib/progress';
import type { LmsAdapter } from './lmsState';

/** The learner's answer as an xAPI interaction response string. */
function responseText(response: Response): string {
  switch (response.type) {
    case 'single':
      return response.selected ?? '';
    case 'multiple':
      return response.selected.join('[,]');
    case 'true-false':
      return String(response.selected);
    case 'categorize':
      return Object.entries(response.placed)
        .map(([item, category]) => `${item}[.]${category}`)
        .join('[,]');
    case 'order':
      return response.order.join('[,]');
    case 'scenario':
      return String(response.actedAt);
  }
}

const INTERACTION_TYPE: Record<LoadedQuestion['type'], string> = {
  single: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  categorize: 'matching',
  order: 'sequencing',
  scenario: 'other',
};

/**
 * Connects to a cmi5 LMS when the page was launched with the cmi5 launch
 * parameters (endpoint, fetch, actor, registration, activityId): sends
 * "initialized" on launch, "answered" for every checked question, "passed"
 * or "failed" with the score and "completed" at the end of the quiz, and
 * "terminated" when the page closes.
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
          responseText(response),
          {
            type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
            interactionType: INTERACTION_TYPE[question.type],
            name: { [document.documentElement.lang || 'en']: question.text.prompt },
          } as Parameters<typeof cmi5.interaction>[3],
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
