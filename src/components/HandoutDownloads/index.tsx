import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';

import PdfLink from '@site/src/components/PdfLink';
import { handoutPath } from '@site/src/config/handouts';
import type { HandoutSummary } from '@site/src/plugins/handouts';

/** Every handout, its printable page and its PDF in every language that has it. */
export default function HandoutDownloads(): ReactNode {
  const { handouts } = usePluginData('handouts') as { handouts: HandoutSummary[] };
  const { i18n } = useDocusaurusContext();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">
            <Translate
              id="handoutDownloads.handout"
              description="Column heading in the handout table">
              Handout
            </Translate>
          </th>
          <th scope="col">
            <Translate id="handoutDownloads.pdf" description="Column heading in the handout table">
              PDF
            </Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {handouts.map((handout) => (
          <tr key={handout.id}>
            <td>
              <Link to={handoutPath(handout.id)}>{handout.title}</Link>
            </td>
            <td>
              {handout.locales.map((locale, index) => (
                <span key={locale}>
                  {index > 0 ? ' · ' : null}
                  <PdfLink
                    locale={locale}
                    handoutId={handout.id}
                    hrefLang={i18n.localeConfigs[locale]?.htmlLang}>
                    {i18n.localeConfigs[locale]?.label ?? locale}
                  </PdfLink>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
