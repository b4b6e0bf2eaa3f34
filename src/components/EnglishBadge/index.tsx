import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';

import type { TranslationStatusData } from '@site/src/plugins/translation-status';
import styles from './styles.module.css';

/** The language code shown on the badge: the same in every language, like the language menu's. */
const ENGLISH_CODE = 'EN';

const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);

/**
 * Whether a page of this site is shown in English in the current language:
 * true for every page of a translated locale that has no translation yet
 * (src/plugins/translation-status). Always false in English.
 */
export function useIsEnglishOnly(permalink: string | undefined): boolean {
  const { i18n } = useDocusaurusContext();
  const { translatedPermalinks } = usePluginData('translation-status') as TranslationStatusData;
  if (!permalink || i18n.currentLocale === i18n.defaultLocale) return false;
  const path = withoutTrailingSlash(permalink.split(/[?#]/)[0]!);
  return !translatedPermalinks.some((translated) => withoutTrailingSlash(translated) === path);
}

/**
 * A small "EN" beside a link to a page that is not yet in the reader's
 * language. Screen readers hear "(in English)" in the reader's language
 * instead of the letters.
 */
export default function EnglishBadge(): ReactNode {
  return (
    <>
      <span className={styles.badge} aria-hidden="true" data-english-only>
        {ENGLISH_CODE}
      </span>
      <span className="visually-hidden">
        {' '}
        {translate({
          id: 'englishBadge.label',
          message: '(in English)',
          description:
            'Read by screen readers after the title of a page that is not yet translated (shown as a small "EN" badge)',
        })}
      </span>
    </>
  );
}
