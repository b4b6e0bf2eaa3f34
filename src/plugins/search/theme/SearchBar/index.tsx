import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { usePluralForm } from '@docusaurus/theme-common';

import { useSearchEngine } from '../../client/useSearchEngine';
import { useSnippets } from '../../client/useSnippets';
import SearchResult from '../SearchResult';
import { searchTranslations } from '../SearchTranslations';
import styles from './styles.module.css';

/** Results in the navbar list; the search page shows them all. */
const LISTED = 6;

/** True when a key press is typed into a field, where "/" must stay a slash. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The navbar search box: an ARIA 1.2 combobox with a listbox of results.
 * "/" or Ctrl/⌘+K focuses it, the arrow keys move through the results, Enter
 * opens one (or the search page), Escape closes the list, then clears.
 */
export default function SearchBar(): ReactNode {
  const { state, load } = useSearchEngine();
  const { selectMessage } = usePluralForm();
  const history = useHistory();
  const searchPage = useBaseUrl('/search');
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const engine = state.status === 'ready' ? state.engine : undefined;
  const allResults = useMemo(
    () => (engine ? engine.search(query, Number.POSITIVE_INFINITY) : []),
    [engine, query],
  );
  const results = useMemo(() => allResults.slice(0, LISTED), [allResults]);
  const snippets = useSnippets(engine, results, query);
  const pageLink = `${searchPage}?q=${encodeURIComponent(query.trim())}`;
  // The options: each result, then "See all results".
  const optionCount = results.length > 0 ? results.length + 1 : 0;
  const expanded = open && query.trim() !== '';

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const shortcut =
        (event.key === '/' && !isTyping(event.target)) ||
        (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
      if (!shortcut) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // Keep the option chosen with the arrow keys in view in a list that scrolls.
  useEffect(() => {
    if (active >= 0)
      document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const go = (to: string) => {
    setQuery('');
    setOpen(false);
    setActive(-1);
    input.current?.blur();
    history.push(to);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (optionCount === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => {
        if (step > 0) return current + 1 >= optionCount ? 0 : current + 1;
        return current <= 0 ? optionCount - 1 : current - 1;
      });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!query.trim()) return;
      const chosen = results[active];
      go(chosen ? chosen.url : pageLink);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (expanded) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  const optionId = (index: number) => `${id}-option-${index}`;
  let status = '';
  // Loading, errors and "no results" are shown; a result count is only announced.
  const statusVisible = expanded && (state.status !== 'ready' || results.length === 0);
  if (expanded) {
    if (state.status === 'loading') status = searchTranslations.loading();
    else if (state.status === 'error') status = searchTranslations.loadError();
    else if (engine)
      status = results.length
        ? searchTranslations.resultCount(allResults.length, selectMessage)
        : searchTranslations.noResults(query.trim());
  }

  return (
    <div className={styles.searchBar} role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {searchTranslations.label()}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        className={styles.input}
        // type="text": HTML does not allow role="combobox" on type="search" (Nu Html Checker).
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={searchTranslations.placeholder()}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onFocus={() => {
          load();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          load();
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <kbd className={styles.shortcut} aria-hidden="true">
        /
      </kbd>
      <span id={`${id}-hint`} className="visually-hidden">
        {searchTranslations.shortcutHint()}
      </span>
      <ul
        id={`${id}-listbox`}
        role="listbox"
        aria-label={searchTranslations.label()}
        className={clsx(styles.listbox, !expanded && styles.hidden)}>
        {expanded &&
          engine &&
          results.map((result, index) => (
            <li
              key={result.section}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={clsx(styles.option, index === active && styles.active)}
              // Keep the focus in the box, so that the click is not lost to blur.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go(result.url)}>
              <SearchResult result={result} snippet={snippets.get(result.section)} />
            </li>
          ))}
        {expanded && results.length > 0 && (
          <li
            id={optionId(results.length)}
            role="option"
            aria-selected={active === results.length}
            className={clsx(
              styles.option,
              styles.seeAll,
              active === results.length && styles.active,
            )}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(pageLink)}>
            {searchTranslations.seeAll(query.trim())}
          </li>
        )}
      </ul>
      {/* Made when the box is focused, so that it is in place before it speaks. */}
      {open && (
        <div className={clsx(styles.status, !statusVisible && 'visually-hidden')} role="status">
          {status}
        </div>
      )}
    </div>
  );
}
