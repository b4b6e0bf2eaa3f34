import { useEffect, useState } from 'react';

import type { SearchEngine, SearchResult, Snippet } from './searchEngine';

/**
 * Snippets of the shown results, keyed by section. They come in after the
 * results themselves (each page's text is a small file fetched on demand),
 * so the list never waits for them.
 */
export function useSnippets(
  engine: SearchEngine | undefined,
  results: readonly SearchResult[],
  query: string,
): ReadonlyMap<number, Snippet> {
  const [snippets, setSnippets] = useState<{ query: string; bySection: Map<number, Snippet> }>({
    query: '',
    bySection: new Map(),
  });
  useEffect(() => {
    if (!engine) return undefined;
    let current = true;
    for (const result of results) {
      engine.snippet(result, query).then(
        (snippet) => {
          if (!current) return;
          setSnippets((previous) => {
            const bySection = new Map(previous.query === query ? previous.bySection : []);
            bySection.set(result.section, snippet);
            return { query, bySection };
          });
        },
        // Offline without the text: the result still shows its page and section.
        () => undefined,
      );
    }
    return () => {
      current = false;
    };
  }, [engine, results, query]);
  return snippets.query === query ? snippets.bySection : new Map();
}
