import type { ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import TranslationNotice from '@site/src/components/TranslationNotice';

type Props = WrapperProps<typeof ContentType>;

/**
 * Wraps (does not eject) the doc content to add the translation notice above
 * it. A page shown in English because it has no translation yet is marked
 * lang="en", so that screen readers read it as English (WCAG 3.1.2) and the
 * search index labels it as English.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const { metadata, frontMatter } = useDoc();
  const { i18n } = useDocusaurusContext();
  const untranslated =
    i18n.currentLocale !== i18n.defaultLocale && !metadata.source.startsWith('@site/i18n/');
  return (
    <>
      <TranslationNotice
        source={metadata.source}
        permalink={metadata.permalink}
        translationStatus={(frontMatter as Record<string, unknown>).translation_status}
      />
      {untranslated ? (
        <div lang={i18n.localeConfigs[i18n.defaultLocale]?.htmlLang ?? i18n.defaultLocale}>
          <Content {...props} />
        </div>
      ) : (
        <Content {...props} />
      )}
    </>
  );
}
