import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';

import styles from './styles.module.css';

export interface Props {
  /** One or two sentences saying what the following passage describes. */
  readonly children: ReactNode;
}

/** Stands before distressing material so that learners can choose when to read it. */
export default function ContentNote({ children }: Props): ReactNode {
  return (
    <aside className={styles.note} role="note">
      <p className={styles.label}>
        <Translate
          id="contentNote.label"
          description="Label of the box that warns about distressing content">
          Content note
        </Translate>
      </p>
      <div className={styles.body}>{children}</div>
    </aside>
  );
}
