import type { ReactNode } from 'react';

import { readPackageData } from '../lmsState';

interface Props {
  readonly to: string;
  readonly className?: string;
  readonly children?: ReactNode;
}

/**
 * Stands in for @docusaurus/Link in LMS packages, which hold one page and no
 * link to the public site: a link to a section of this module becomes an
 * anchor on the page; a link elsewhere (another module, the progress page, a
 * certificate) is left out, as it would not open inside the LMS.
 */
export default function Link({ to, className, children }: Props): ReactNode {
  const [pathname, hash] = to.split('#');
  if (pathname === readPackageData().modulePath)
    return (
      // eslint-disable-next-line @docusaurus/no-html-links -- a plain anchor on this one page
      <a href={hash ? `#${hash}` : '#top'} className={className}>
        {children}
      </a>
    );
  return null;
}
