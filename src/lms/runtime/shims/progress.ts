/**
 * Stands in for src/lib/progress in LMS packages: inside an LMS the attempt is
 * reported to it (and kept as suspend data); outside one, the site's own
 * on-device progress store is used, exactly as on the public site.
 */
import * as siteProgress from '../../../lib/progress';
import type { Progress } from '../../../lib/progress';
import { currentResult, getAdapter, setCurrentResult } from '../lmsState';

export * from '../../../lib/progress';

export function recordAttempt(
  quizId: string,
  quizVersion: number,
  scorePercent: number,
  passMark: number,
  now = new Date(),
): { progress: Progress; saved: boolean } {
  const adapter = getAdapter();
  if (!adapter) return siteProgress.recordAttempt(quizId, quizVersion, scorePercent, passMark, now);
  const result = siteProgress.nextResult(currentResult(), quizVersion, scorePercent, passMark, now);
  adapter.report(result, scorePercent, passMark);
  setCurrentResult(result);
  return { progress: { schema: 1, quizzes: { [quizId]: result } }, saved: true };
}
