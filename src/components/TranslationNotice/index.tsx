import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import styles from './styles.module.css';

export interface Props {
  /** `@site/…` path of the file the page was built from. */
  readonly source: string;
  /** Set at build time by the translation-status front matter hook. */
  readonly translationStatus?: unknown;
  /** Permalink of the page in the current locale. */
  readonly permalink: string;
}

/** The box of every "not in your language" notice, on doc pages and quiz pages alike. */
export function NoticeBox({ children }: { readonly children: ReactNode }): ReactNode {
  return (
    <div className={styles.notice} role="note">
      {children}
    </div>
  );
}

/**
 * Tells the learner when a page is not in their language (Docusaurus shows the
 * English original silently) or when its translation is behind the English.
 */
export default function TranslationNotice({
  source,
  translationStatus,
  permalink,
}: Props): ReactNode {
  const { i18n } = useDocusaurusContext();
  const { currentLocale, defaultLocale, localeConfigs } = i18n;
  if (currentLocale === defaultLocale) return null;

  const language = localeConfigs[currentLocale]?.label ?? currentLocale;
  const localePrefix = `/${currentLocale}`;
  const englishPath = permalink.startsWith(`${localePrefix}/`)
    ? permalink.slice(localePrefix.length)
    : permalink;
  const englishLink = (
    // `pathname://` tells Docusaurus this is a link into another locale.
    <Link to={`pathname://${englishPath}`} hrefLang="en" lang="en">
      English
    </Link>
  );

  if (!source.startsWith('@site/i18n/')) {
    return (
      <NoticeBox>
        <Translate
          id="translationNotice.untranslated"
          description="Shown on a page that has no translation yet; {language} is the current language"
          values={{ language }}>
          {'This page is not yet available in {language}. You are reading the English original.'}
        </Translate>
      </NoticeBox>
    );
  }
  if (translationStatus === 'stale' || translationStatus === 'unstamped') {
    return (
      <NoticeBox>
        <Translate
          id="translationNotice.stale"
          description="Shown on a translated page whose English source has changed; {englishLink} links to the English page"
          values={{ englishLink }}>
          {
            'The English original of this page has changed since it was translated. The newest version is in {englishLink}.'
          }
        </Translate>
      </NoticeBox>
    );
  }
  return null;
}
