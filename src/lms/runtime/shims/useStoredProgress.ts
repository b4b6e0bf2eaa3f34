import { useSyncExternalStore } from 'react';

import type { ProgressSnapshot } from '../../../lib/progress';
import { useStoredProgress as useSiteProgress } from '../../../lib/useStoredProgress';
import { currentResult, getAdapter, readPackageData, subscribeResult } from '../lmsState';

let cache: { result: unknown; snapshot: ProgressSnapshot } | undefined;

function lmsSnapshot(): ProgressSnapshot {
  const result = currentResult();
  if (cache && cache.result === result) return cache.snapshot;
  const quizId = readPackageData().quiz.id;
  cache = {
    result,
    snapshot: {
      progress: { schema: 1, quizzes: result ? { [quizId]: result } : {} },
      available: true,
      unreadable: false,
    },
  };
  return cache.snapshot;
}

function useLmsProgress(): ProgressSnapshot | null {
  return useSyncExternalStore<ProgressSnapshot | null>(subscribeResult, lmsSnapshot, () => null);
}

/**
 * Stands in for src/lib/useStoredProgress in LMS packages: the result the LMS
 * keeps inside an LMS, the device's progress outside one. The adapter is
 * chosen once, before the quiz renders, so the same hook runs every render.
 */
export function useStoredProgress(): ProgressSnapshot | null {
  const useProgress = getAdapter() ? useLmsProgress : useSiteProgress;
  return useProgress();
}
