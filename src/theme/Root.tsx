import type { ReactNode } from 'react';
import Root from '@theme-original/Root';

import UpdateNotice from '@site/src/components/UpdateNotice';

/** Wraps the app root to show, on any page, that a new version of the site is ready. */
export default function RootWrapper({ children }: { children: ReactNode }): ReactNode {
  return (
    <Root>
      {children}
      <UpdateNotice />
    </Root>
  );
}
