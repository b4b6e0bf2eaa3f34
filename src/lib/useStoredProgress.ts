import { useSyncExternalStore } from 'react';

import {
  PROGRESS_CHANGED_EVENT,
  PROGRESS_KEY,
  readProgress,
  type ProgressSnapshot,
} from './progress';

let cache: { raw: string | null | undefined; snapshot: ProgressSnapshot } | undefined;

function currentRaw(): string | null | undefined {
  try {
    return window.localStorage.getItem(PROGRESS_KEY);
  } catch {
    return undefined;
  }
}

// The snapshot object must stay the same while the stored value does.
function getSnapshot(): ProgressSnapshot {
  const raw = currentRaw();
  if (cache && cache.raw === raw) return cache.snapshot;
  cache = { raw, snapshot: readProgress() };
  return cache.snapshot;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(PROGRESS_CHANGED_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(PROGRESS_CHANGED_EVENT, onChange);
  };
}

/** The learner's stored progress; null while rendering on the server and hydrating. */
export function useStoredProgress(): ProgressSnapshot | null {
  return useSyncExternalStore<ProgressSnapshot | null>(subscribe, getSnapshot, () => null);
}
