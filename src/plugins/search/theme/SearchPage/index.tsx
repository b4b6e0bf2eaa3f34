import { useEffect, useMemo, useState, type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import { useHistory, useLocation } from '@docusaurus/router';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { usePluralForm } from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';

import type { SearchResult as Result, Snippet } from '../../client/searchEngine';
import { useSearchEngine } from '../../client/useSearchEngine';
import { useSnippets } from '../../client/useSnippets';
import SearchResult from '../SearchResult';
import { searchTranslations } from '../SearchTranslations';
import styles from './styles.module.css';

/** What was found (how many results, or none); the form's button moves focus to it. */
const COUNT_ID = 'search-page-count';

const PAGE_SIZE = 20;

const queryOf = (search: string) => new URLSearchParams(search).get('q') ?? '';

/**
 * Fewer results than this in the reader's language, and the page suggests an English word: only
 * while some pages are still in English (a complete translation has none for it to find).
 */
const FEW_RESULTS = 3;

/** One group of results, each a link to its section with the snippet. */
function ResultList({
  results,
  snippets,
}: {
  readonly results: readonly Result[];
  readonly snippets: ReadonlyMap<number, Snippet>;
}): ReactNode {
  return (
    <ol className={styles.results}>
      {results.map((result) => (
        <li key={result.section} className={styles.result}>
          <Link to={result.url} className={styles.resultLink}>
            <SearchResult result={result} snippet={snippets.get(result.section)} />
          </Link>
        </li>
      ))}
    </ol>
  );
}

/**
 * The full search page, /search?q=…: a link to it shows its results, typing
 * keeps the address in step, and it tells the learner what to try when
 * nothing is found. On a translated site, results on pages still in English
 * come in a group of their own, labelled, after those in the reader's language.
 */
export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const { state, load } = useSearchEngine();
  const { selectMessage } = usePluralForm();
  // The address holds the query, so that it can be shared and bookmarked. The
  // server-rendered page has none: reading it only once hydrated avoids a mismatch.
  const isBrowser = useIsBrowser();
  const query = isBrowser ? queryOf(location.search) : '';

  // On this page search is the point: load the index at once.
  useEffect(load, [load]);

  const engine = state.status === 'ready' ? state.engine : undefined;
  const allResults = useMemo(
    () => (engine ? engine.search(query, Number.POSITIVE_INFINITY) : []),
    [engine, query],
  );
  const { i18n } = useDocusaurusContext();
  const translatedSite = i18n.currentLocale !== i18n.defaultLocale;
  const language = i18n.localeConfigs[i18n.currentLocale];
  const [own, english] = useMemo(() => {
    const inOwnLanguage = (result: Result) =>
      !result.page.lang || result.page.lang === language?.htmlLang;
    return [allResults.filter(inOwnLanguage), allResults.filter((r) => !inOwnLanguage(r))];
  }, [allResults, language]);
  // Results come in pages of PAGE_SIZE per group, so that snippets are fetched for what is shown.
  const [shown, setShown] = useState({ query, count: PAGE_SIZE });
  const shownCount = shown.query === query ? shown.count : PAGE_SIZE;
  const ownShown = useMemo(() => own.slice(0, shownCount), [own, shownCount]);
  const englishShown = useMemo(() => english.slice(0, shownCount), [english, shownCount]);
  const results = useMemo(() => [...ownShown, ...englishShown], [ownShown, englishShown]);
  const snippets = useSnippets(engine, results, query);
  const trimmed = query.trim();

  return (
    <Layout>
      <Head>
        <title>{searchTranslations.pageTitle()}</title>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">{searchTranslations.pageTitle()}</Heading>
        <p>{searchTranslations.pageIntro()}</p>
        {/* Results follow the typing; the button (which a form needs, HTML_CodeSniffer H32.2) takes
            keyboard and screen reader users to them. */}
        <form
          role="search"
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            document.getElementById(COUNT_ID)?.focus();
          }}>
          <label htmlFor="search-page-input" className={styles.label}>
            {searchTranslations.label()}
          </label>
          <div className={styles.row}>
            <input
              id="search-page-input"
              className={styles.input}
              type="search"
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="search"
              value={query}
              onChange={(event) => {
                const q = event.target.value;
                history.replace({ search: q ? `?q=${encodeURIComponent(q)}` : '' });
              }}
            />
            <button type="submit" className="button button--primary">
              {searchTranslations.submit()}
            </button>
          </div>
        </form>

        <div id={COUNT_ID} tabIndex={-1} role="status" className={styles.status}>
          {trimmed && state.status === 'loading' && <p>{searchTranslations.loading()}</p>}
          {state.status === 'error' && <p>{searchTranslations.loadError()}</p>}
          {trimmed && engine && allResults.length > 0 && (
            <Heading as="h2" className={styles.count}>
              {searchTranslations.resultCountFor(allResults.length, trimmed, selectMessage)}
            </Heading>
          )}
          {trimmed && engine && allResults.length === 0 && (
            <>
              <Heading as="h2" className={styles.count}>
                {searchTranslations.noResults(trimmed)}
              </Heading>
              <p>{searchTranslations.noResultsHelp()}</p>
              <p>
                <Translate
                  id="search.noResultsBrowse"
                  description="On the search page when nothing is found; {modules} and {glossary} are links"
                  values={{
                    modules: (
                      <Link to="/docs/start">
                        <Translate id="search.noResultsBrowse.modules">
                          the list of modules
                        </Translate>
                      </Link>
                    ),
                    glossary: (
                      <Link to="/docs/glossary">
                        <Translate id="search.noResultsBrowse.glossary">the glossary</Translate>
                      </Link>
                    ),
                  }}>
                  {'You can also browse {modules} or look a word up in {glossary}.'}
                </Translate>
              </p>
            </>
          )}
        </div>

        {trimmed &&
          engine &&
          translatedSite &&
          engine.holdsEnglishPages &&
          own.length < FEW_RESULTS && <p data-search-few>{searchTranslations.fewInLanguage()}</p>}
        {ownShown.length > 0 && english.length > 0 && (
          <Heading as="h2" className={styles.group}>
            {searchTranslations.ownLanguageGroup()}
          </Heading>
        )}
        {ownShown.length > 0 && <ResultList results={ownShown} snippets={snippets} />}
        {englishShown.length > 0 && (
          <section aria-labelledby="search-english-results" data-search-group="en">
            {translatedSite && (
              <Heading as="h2" id="search-english-results" className={styles.group}>
                {searchTranslations.englishGroup()}
              </Heading>
            )}
            <ResultList results={englishShown} snippets={snippets} />
          </section>
        )}
        {(own.length > ownShown.length || english.length > englishShown.length) && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setShown({ query, count: shownCount + PAGE_SIZE })}>
            {searchTranslations.showMore()}
          </button>
        )}
      </main>
    </Layout>
  );
}
