import type { QuizResult } from '../../lib/progress';

/**
 * The connection of a packaged module to the learning platform that launched
 * it. One adapter per standard (scorm12.ts, cmi5.ts); `null` outside an LMS,
 * where the package behaves like the public site (progress on the device).
 */
export interface LmsAdapter {
  /** The result the LMS kept from an earlier session (suspend data), if any. */
  readonly previous: QuizResult | undefined;
  /** Reports a checked answer: a cmi5 "answered" statement, or a SCORM 1.2 cmi.interactions.n. */
  answered?(
    question: import('../../plugins/quizzes/loadQuizzes').LoadedQuestion,
    response: import('../../components/Quiz/grading').Response,
    correct: boolean,
  ): void;
  /** Reports a finished attempt: score, passed or failed, and the data to resume from. */
  report(result: QuizResult, scorePercent: number, passMark: number): void;
  /** Ends the session (page closed). */
  finish(): void;
}

/** What the package page carries in <script id="lms-data" type="application/json">. */
export interface PackageData {
  readonly quiz: import('../../plugins/quizzes/loadQuizzes').LoadedQuiz;
  /** Path of the module on the public site (to resolve quiz section links to this page). */
  readonly modulePath: string;
  /** The locale's UI strings (id → message); English uses the messages in the code. */
  readonly messages: Readonly<Record<string, string>>;
}

let adapter: LmsAdapter | null = null;
const listeners = new Set<() => void>();

export const getAdapter = () => adapter;
export function setAdapter(value: LmsAdapter | null): void {
  adapter = value;
}

let current: QuizResult | undefined;
export const currentResult = () => current;
export function setCurrentResult(result: QuizResult | undefined): void {
  current = result;
  listeners.forEach((listener) => listener());
}
export function subscribeResult(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function readPackageData(): PackageData {
  const element = document.getElementById('lms-data');
  if (!element) throw new Error('The package page has no #lms-data.');
  return JSON.parse(element.textContent ?? '{}') as PackageData;
}

/** Suspend data: the last result, as JSON; anything else is ignored. */
export function parseSuspendData(raw: string | undefined | null): QuizResult | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<QuizResult>;
    if (typeof value.quizVersion === 'number' && typeof value.bestScore === 'number')
      return value as QuizResult;
  } catch {
    // Data written by something else: start afresh rather than break the page.
  }
  return undefined;
}
