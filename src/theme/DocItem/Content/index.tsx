import type { ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';

import TranslationNotice from '@site/src/components/TranslationNotice';

type Props = WrapperProps<typeof ContentType>;

/** Wraps (does not eject) the doc content to add the translation notice above it. */
export default function ContentWrapper(props: Props): ReactNode {
  const { metadata, frontMatter } = useDoc();
  return (
    <>
      <TranslationNotice
        source={metadata.source}
        permalink={metadata.permalink}
        translationStatus={(frontMatter as Record<string, unknown>).translation_status}
      />
      <Content {...props} />
    </>
  );
}
