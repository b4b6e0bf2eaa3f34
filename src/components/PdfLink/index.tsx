import type { ReactNode } from 'react';

import { handoutPdfPath } from '@site/src/config/handouts';

interface FileLinkProps {
  /** A path at the site root, e.g. /pdf/bg/ei-referral-roadmap.pdf. */
  readonly href: string;
  readonly hrefLang?: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A download link to a built file: handout PDFs (/pdf/<locale>/…) and slide files
 * (/slides/<locale>/…) live at the site root, outside every locale's base URL, and
 * Docusaurus's Link would prefix the current locale (/hu/pdf/…) once the page hydrates:
 * hence a plain anchor.
 */
export function RootFileLink({ href, hrefLang, className, children }: FileLinkProps): ReactNode {
  return (
    // eslint-disable-next-line @docusaurus/no-html-links -- a file outside the locale's base URL, see above
    <a href={href} hrefLang={hrefLang} className={className} download>
      {children}
    </a>
  );
}

interface Props {
  readonly locale: string;
  readonly handoutId: string;
  readonly hrefLang?: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A link to a handout PDF. */
export default function PdfLink({ locale, handoutId, ...rest }: Props): ReactNode {
  return <RootFileLink href={handoutPdfPath(locale, handoutId)} {...rest} />;
}
