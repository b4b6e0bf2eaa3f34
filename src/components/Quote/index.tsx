import type { ReactNode } from 'react';

import styles from './styles.module.css';

export interface Props {
  /** Where the quotation comes from, e.g. "UN Trafficking Protocol, Art. 3(a), as cited in the report". */
  readonly source: string;
  readonly children: ReactNode;
}

/** An exact quotation, with its source under it. */
export default function Quote({ source, children }: Props): ReactNode {
  return (
    <figure className={styles.quote}>
      <blockquote>{children}</blockquote>
      <figcaption className={styles.source}>— {source}</figcaption>
    </figure>
  );
}
