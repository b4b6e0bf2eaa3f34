import { useMemo, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';

import type { LoadedQuestion, LoadedQuiz } from '@site/src/plugins/quizzes/loadQuizzes';
import { certificatePath } from '@site/src/lib/certificate';
import { recordAttempt } from '@site/src/lib/progress';
import { useStoredProgress } from '@site/src/lib/useStoredProgress';
import {
  initialResponse,
  isComplete,
  isCorrect,
  misplacedItems,
  scorePercent,
  shuffle,
  type Response,
} from './grading';
import QuestionView from './QuestionView';
import { sectionUrl } from './sectionUrl';
import styles from './styles.module.css';

interface Props {
  readonly quiz: LoadedQuiz;
  /** Told of every checked answer; LMS packages report it (cmi5 "answered"). The site passes none. */
  readonly onAnswerChecked?: (
    question: LoadedQuestion,
    response: Response,
    correct: boolean,
  ) => void;
}

/** Option (or item) order for an attempt: the author's order first, shuffled on every retry. */
function choiceOrder(question: LoadedQuestion, attempt: number): string[] {
  const ids =
    question.type === 'single' || question.type === 'multiple'
      ? question.options
      : question.type === 'categorize'
        ? Object.keys(question.items)
        : [];
  return attempt === 1 ? [...ids] : shuffle(ids, attempt * 7919 + question.id.length);
}

function freshResponses(quiz: LoadedQuiz, attempt: number): Response[] {
  return quiz.questions.map((question, index) =>
    initialResponse(question, attempt * 104729 + index),
  );
}

/** An item's text ending in punctuation, so that items read one after another are heard apart. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…:;]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "Out of place (2 of 5):", said before the items of an ordering answer that are out of place. */
function misplacedSummary(count: number, response: Response): string {
  return translate(
    {
      id: 'quiz.order.misplacedSummary',
      message: 'Out of place ({count} of {total}):',
      description:
        'Feedback on a wrong ordering question, followed by the list of items that are out of place; {count} and {total} are numbers',
    },
    { count, total: response.type === 'order' ? response.order.length : 0 },
  );
}

/** A self-graded quiz: one question at a time, feedback after each, a score at the end. */
export default function Quiz({ quiz, onAnswerChecked }: Props): ReactNode {
  const [attempt, setAttempt] = useState(1);
  const [current, setCurrent] = useState(0);
  const [responses, setResponses] = useState<Response[]>(() => freshResponses(quiz, 1));
  const [checked, setChecked] = useState<boolean[]>(() => quiz.questions.map(() => false));
  const [finished, setFinished] = useState<{
    score: number;
    correct: number;
    saved: boolean;
  } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  // Read after hydration: the server has no access to the learner's device.
  const snapshot = useStoredProgress();
  const stored = snapshot && { ...snapshot, result: snapshot.progress.quizzes[quiz.id] };

  const question = quiz.questions[current]!;
  const response = responses[current]!;
  const isChecked = checked[current]!;
  const order = useMemo(() => choiceOrder(question, attempt), [question, attempt]);
  const answeredRight = isChecked && isCorrect(question, response);
  // Only for a wrong ordering answer: which items to move, shown in the list and the feedback.
  const misplaced = isChecked && !answeredRight ? misplacedItems(question, response) : [];
  const correctCount = quiz.questions.filter(
    (q, i) => checked[i] && isCorrect(q, responses[i]!),
  ).length;

  const check = () => {
    const right = isCorrect(question, response);
    onAnswerChecked?.(question, response, right);
    setChecked((previous) => previous.map((value, index) => (index === current ? true : value)));
    // The "Check answer" button is replaced by "Next question": keep keyboard
    // focus on the page by moving it to the feedback, which comes just before.
    requestAnimationFrame(() => feedbackRef.current?.focus());
    const toMove = right ? [] : misplacedItems(question, response);
    setAnnouncement(
      right
        ? translate({
            id: 'quiz.feedback.correct',
            message: 'Correct.',
            description: 'Announced after a right answer',
          })
        : [
            translate({
              id: 'quiz.feedback.incorrect',
              message: 'Not quite.',
              description: 'Announced after a wrong answer',
            }),
            ...(toMove.length > 0
              ? [
                  misplacedSummary(toMove.length, response),
                  ...toMove.map((item) => asSentence(question.text.items?.[item] ?? item)),
                ]
              : []),
          ].join(' '),
    );
  };

  const next = () => {
    if (current < quiz.questions.length - 1) {
      setCurrent(current + 1);
      headingRef.current?.focus();
      return;
    }
    const score = scorePercent(correctCount, quiz.questions.length);
    const { saved } = recordAttempt(quiz.id, quiz.version, score, quiz.passMark);
    setFinished({ score, correct: correctCount, saved });
  };

  const retry = () => {
    const nextAttempt = attempt + 1;
    setAttempt(nextAttempt);
    setCurrent(0);
    setResponses(freshResponses(quiz, nextAttempt));
    setChecked(quiz.questions.map(() => false));
    setFinished(null);
    setAnnouncement('');
  };

  if (finished) {
    const passed = finished.score >= quiz.passMark;
    return (
      <section className={styles.quiz} data-search-exclude aria-labelledby="quiz-result">
        <Heading as="h2" id="quiz-result" tabIndex={-1}>
          {passed ? (
            <Translate
              id="quiz.result.passed"
              description="Heading when the learner passed the quiz">
              You passed
            </Translate>
          ) : (
            <Translate
              id="quiz.result.notPassed"
              description="Heading when the learner did not pass the quiz">
              Not passed yet
            </Translate>
          )}
        </Heading>
        <p role="status" className={styles.score}>
          <Translate
            id="quiz.result.score"
            description="Score at the end of a quiz"
            values={{
              score: finished.score,
              correct: finished.correct,
              total: quiz.questions.length,
              passMark: quiz.passMark,
            }}>
            {'Your score: {score}% ({correct} of {total} right). The pass mark is {passMark}%.'}
          </Translate>
        </p>
        {!finished.saved && (
          <p className="callout callout--warning">
            <Translate
              id="quiz.storage.notSaved"
              description="Shown when the browser does not allow saving progress">
              This browser does not allow the site to save your progress, so this result will not be
              kept. The quiz still works.
            </Translate>
          </p>
        )}
        {/* After a pass the certificate is the way on; "Try again" only improves the score. */}
        <div className={styles.actions}>
          {passed && (
            <Link className="button button--primary" to={certificatePath(quiz.id)}>
              <Translate
                id="quiz.certificateLink"
                description="Link to the certificate after passing">
                Get your certificate
              </Translate>
            </Link>
          )}
          <button
            type="button"
            className={`button ${passed ? 'button--secondary' : 'button--primary'}`}
            onClick={retry}>
            <Translate id="quiz.retry" description="Button to take the quiz again">
              Try again
            </Translate>
          </button>
          <Link className="button button--secondary" to="/progress">
            <Translate id="quiz.progressLink" description="Link to the learner's progress page">
              See all your progress
            </Translate>
          </Link>
        </div>
      </section>
    );
  }

  return (
    <section className={styles.quiz} data-search-exclude aria-labelledby="quiz-question-heading">
      {stored && !stored.available && (
        <p className="callout callout--warning">
          <Translate
            id="quiz.storage.unavailable"
            description="Shown when browser storage is blocked">
            Your browser does not let this site store anything, so your progress cannot be saved.
            You can still take the quiz.
          </Translate>
        </p>
      )}
      {stored?.unreadable && (
        <p className="callout callout--warning">
          <Translate
            id="quiz.storage.unreadable"
            description="Shown when saved progress cannot be read">
            Your saved progress could not be read. It has been kept aside unchanged; new results
            will be saved from now on.
          </Translate>
        </p>
      )}
      {stored?.result && (
        <p>
          <Translate
            id="quiz.previous.best"
            description="Best earlier score of this quiz"
            values={{ score: stored.result.bestScore }}>
            {'Your best score so far: {score}%.'}
          </Translate>{' '}
          {stored.result.quizVersion !== quiz.version && (
            <Translate
              id="quiz.previous.olderVersion"
              description="The stored result was earned on an earlier version of the quiz">
              That result is from an earlier version of this quiz.
            </Translate>
          )}
        </p>
      )}
      <Heading
        as="h2"
        id="quiz-question-heading"
        ref={headingRef}
        tabIndex={-1}
        className={styles.counter}>
        <Translate
          id="quiz.question.counter"
          description="Which question the learner is on"
          values={{ number: current + 1, total: quiz.questions.length }}>
          {'Question {number} of {total}'}
        </Translate>
      </Heading>
      <QuestionView
        key={`${attempt}-${question.id}`}
        question={question}
        response={response}
        optionOrder={order}
        locked={isChecked}
        misplaced={misplaced}
        announce={setAnnouncement}
        onChange={(updated) =>
          setResponses((previous) => previous.map((r, i) => (i === current ? updated : r)))
        }
      />
      {isChecked && (
        <div
          ref={feedbackRef}
          tabIndex={-1}
          className={answeredRight ? styles.feedbackRight : styles.feedbackWrong}>
          <p className={styles.verdict}>
            {answeredRight ? (
              <Translate id="quiz.feedback.correct" description="Announced after a right answer">
                Correct.
              </Translate>
            ) : (
              <Translate id="quiz.feedback.incorrect" description="Announced after a wrong answer">
                Not quite.
              </Translate>
            )}
          </p>
          {misplaced.length > 0 && (
            <>
              <p className={styles.misplacedSummary}>
                {misplacedSummary(misplaced.length, response)}
              </p>
              <ul className={styles.misplacedList}>
                {misplaced.map((item) => (
                  <li key={item}>{question.text.items?.[item]}</li>
                ))}
              </ul>
            </>
          )}
          <p>{question.text.feedback}</p>
          <p>
            <Link to={sectionUrl(question.section)}>
              <Translate
                id="quiz.feedback.sectionLink"
                description="Link from feedback to the module section that teaches it">
                Read the section that covers this
              </Translate>
            </Link>
          </p>
        </div>
      )}
      <div className={styles.actions}>
        {!isChecked ? (
          <button
            type="button"
            className="button button--primary"
            disabled={!isComplete(question, response)}
            onClick={check}>
            <Translate id="quiz.check" description="Button to check the answer">
              Check answer
            </Translate>
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={next}>
            {current < quiz.questions.length - 1 ? (
              <Translate id="quiz.next" description="Button to go to the next question">
                Next question
              </Translate>
            ) : (
              <Translate
                id="quiz.finish"
                description="Button to see the score after the last question">
                See your score
              </Translate>
            )}
          </button>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
