import { useCallback, useSyncExternalStore } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import { SEARCH_INDEX_FILE } from '../indexFormat';
import type { SearchIndexFile } from '../indexFormat';
import { loadStemmers } from '../stemming';
import type { SearchEngine } from './searchEngine';

export type EngineState =
  | { readonly status: 'idle' | 'loading' }
  | { readonly status: 'ready'; readonly engine: SearchEngine }
  | { readonly status: 'error' };

/**
 * The search engine of the current locale, shared by the navbar box and the
 * search page. Nothing is fetched until `load()` is called (the learner
 * focuses or opens search): the FlexSearch code, the index and the stemmers
 * of the site's language and of English come in then, so a page that is only
 * read loads none of them. A failed load (offline before the index was ever
 * saved) can be tried again.
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
  const { i18n } = useDocusaurusContext();
  const lang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  const state = useSyncExternalStore(
    subscribe,
    () => states.get(baseUrl) ?? IDLE,
    () => IDLE,
  );
  const load = useCallback(() => {
    const current = states.get(baseUrl)?.status ?? 'idle';
    if (current === 'loading' || current === 'ready') return;
    setState(baseUrl, { status: 'loading' });
    // The engine's code, the index and the stemmers come in side by side. Queries are stemmed
    // in the site's language and in English, for the pages still in English.
    Promise.all([
      import('./searchEngine'),
      fetchIndex(`${baseUrl}${SEARCH_INDEX_FILE}`),
      loadStemmers([lang, 'en']),
    ])
      .then(([{ SearchEngine }, index, stemmers]) =>
        SearchEngine.fromIndex(index, baseUrl, stemmers),
      )
      .then(
        (engine) => setState(baseUrl, { status: 'ready', engine }),
        () => setState(baseUrl, { status: 'error' }),
      );
  }, [baseUrl, lang]);
  return { state, load };
}
