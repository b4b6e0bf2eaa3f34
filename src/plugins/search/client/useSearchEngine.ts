import { useCallback, useSyncExternalStore } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';

import { SEARCH_INDEX_FILE } from '../indexFormat';
import type { SearchIndexFile } from '../indexFormat';
import type { SearchEngine } from './searchEngine';

export type EngineState =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly engine: SearchEngine }
  | { readonly status: 'error' };

/**
 * The search engine of the current locale, shared by the navbar box and the
 * search page. Nothing is fetched until `load()` is called (the learner
 * focuses or opens search): the FlexSearch code and the index come in then,
 * so a page that is only read loads neither. A failed load (offline before
 * the index was ever saved) can be tried again.
 */
async function fetchIndex(url: string): Promise<SearchIndexFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as SearchIndexFile;
}

const states = new Map<string, EngineState>();
const listeners = new Set<() => void>();
const IDLE: EngineState = { status: 'idle' };

function setState(baseUrl: string, state: EngineState) {
  states.set(baseUrl, state);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSearchEngine(): { state: EngineState; load: () => void } {
  const baseUrl = useBaseUrl('/');
  const state = useSyncExternalStore(
    subscribe,
    () => states.get(baseUrl) ?? IDLE,
    () => IDLE,
  );
  const load = useCallback(() => {
    const current = states.get(baseUrl)?.status ?? 'idle';
    if (current === 'loading' || current === 'ready') return;
    setState(baseUrl, { status: 'loading' });
    // The engine's code and the index come in side by side.
    Promise.all([import('./searchEngine'), fetchIndex(`${baseUrl}${SEARCH_INDEX_FILE}`)])
      .then(([{ SearchEngine }, index]) => SearchEngine.fromIndex(index, baseUrl))
      .then(
        (engine) => setState(baseUrl, { status: 'ready', engine }),
        () => setState(baseUrl, { status: 'error' }),
      );
  }, [baseUrl]);
  return { state, load };
}
