import type { ReactNode } from 'react';

import { handoutPdfPath } from '@site/src/config/handouts';

interface Props {
  readonly locale: string;
  readonly handoutId: string;
  readonly hrefLang?: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A link to a handout PDF. The PDFs live at the site root (/pdf/<locale>/…),
 * outside every locale's base URL, and Docusaurus's Link would prefix the
 * current locale (/hu/pdf/…) once the page hydrates: hence a plain anchor.
 */
export default function PdfLink({
  locale,
  handoutId,
  hrefLang,
  className,
  children,
}: Props): ReactNode {
  return (
    // eslint-disable-next-line @docusaurus/no-html-links -- a file outside the locale's base URL, see above
    <a href={handoutPdfPath(locale, handoutId)} hrefLang={hrefLang} className={className} download>
      {children}
    </a>
  );
}
