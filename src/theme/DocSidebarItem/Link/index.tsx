import type { ReactNode } from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type { WrapperProps } from '@docusaurus/types';

import EnglishBadge, { useIsEnglishOnly } from '@site/src/components/EnglishBadge';

type Props = WrapperProps<typeof LinkType>;

/**
 * Wraps (does not eject) a sidebar link: in a translated locale, a page that
 * is not yet translated carries an "EN" badge, so that nobody clicks into
 * English unawares. The label is the only part of the item Docusaurus renders
 * as content, so the badge goes in with it.
 */
export default function DocSidebarItemLinkWrapper(props: Props): ReactNode {
  const englishOnly = useIsEnglishOnly(props.item.href);
  if (!englishOnly) return <Link {...props} />;
  const label = (
    <>
      {props.item.label}
      <EnglishBadge />
    </>
  );
  // The item's type says string; Docusaurus renders it as a React child.
  return <Link {...props} item={{ ...props.item, label: label as unknown as string }} />;
}
