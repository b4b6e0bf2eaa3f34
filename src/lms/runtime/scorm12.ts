import type { QuizResult } from '../../lib/progress';
import { scorm12Interaction } from './interactions';
import { parseSuspendData, type LmsAdapter } from './lmsState';

/** The SCORM 1.2 run-time API an LMS puts on a parent (or opener) window as `API`. */
interface Scorm12Api {
  LMSInitialize(empty: ''): string;
  LMSFinish(empty: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(empty: ''): string;
}

/** The API search of the SCORM 1.2 run-time specification: up the parents, then the opener. */
function findApi(start: Window): Scorm12Api | undefined {
  const search = (from: Window): Scorm12Api | undefined => {
    let win: Window = from;
    for (let depth = 0; depth < 8; depth += 1) {
      try {
        const api = (win as Window & { API?: Scorm12Api }).API;
        if (api) return api;
      } catch {
        return undefined; // a frame of another origin
      }
      if (win.parent === win) break;
      win = win.parent;
    }
    return undefined;
  };
  return search(start) ?? (start.opener ? search(start.opener as Window) : undefined);
}

/** Connects to a SCORM 1.2 LMS, if the page was launched by one. */
export function connectScorm12(window_: Window = window): LmsAdapter | null {
  const api = findApi(window_);
  if (!api || api.LMSInitialize('') !== 'true') return null;
  if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted')
    api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  let finished = false;
  return {
    previous: parseSuspendData(api.LMSGetValue('cmi.suspend_data')),
    answered(question, response, correct) {
      // Interactions are write-only in SCORM 1.2: each answer is added after
      // those the LMS holds (a retry or a new session adds, never overwrites).
      const next = Number.parseInt(api.LMSGetValue('cmi.interactions._count'), 10) || 0;
      const elements = scorm12Interaction(next, question, response, correct, new Date());
      for (const [element, value] of elements) api.LMSSetValue(element, value);
      // Sent with the next commit: report() at the end of the quiz, or LMSFinish.
    },
    report(result: QuizResult, scorePercent: number) {
      api.LMSSetValue('cmi.core.score.min', '0');
      api.LMSSetValue('cmi.core.score.max', '100');
      api.LMSSetValue('cmi.core.score.raw', String(scorePercent));
      api.LMSSetValue('cmi.core.lesson_status', result.passed ? 'passed' : 'failed');
      // Resuming shows the best score so far, as the public site does.
      api.LMSSetValue('cmi.core.exit', 'suspend');
      api.LMSSetValue('cmi.suspend_data', JSON.stringify(result));
      api.LMSCommit('');
    },
    finish() {
      if (finished) return;
      finished = true;
      api.LMSFinish('');
    },
  };
}
