import type { ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import type { SearchResult as Result, Snippet } from '../../client/searchEngine';
import { searchTranslations } from '../SearchTranslations';
import styles from './styles.module.css';

export interface Props {
  readonly result: Result;
  readonly snippet?: Snippet;
}

/** What a result shows: the page, its label, the section and the snippet. */
export default function SearchResult({ result, snippet }: Props): ReactNode {
  const { i18n } = useDocusaurusContext();
  const { page, heading } = result;
  const inOtherLanguage =
    page.lang && page.lang !== i18n.localeConfigs[i18n.currentLocale]?.htmlLang;
  return (
    <>
      <span className={styles.page}>
        <span className={styles.kind}>{searchTranslations.kind(page.kind)}</span>
        {inOtherLanguage && <span className={styles.kind}>{searchTranslations.inEnglish()}</span>}
        <span lang={inOtherLanguage ? page.lang : undefined}>{page.title}</span>
      </span>
      {heading && (
        <span className={styles.section} lang={inOtherLanguage ? page.lang : undefined}>
          {heading}
        </span>
      )}
      {snippet && snippet.length > 0 && (
        <span className={styles.snippet} lang={inOtherLanguage ? page.lang : undefined}>
          {snippet.map((part, i) =>
            part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
          )}
        </span>
      )}
    </>
  );
}
