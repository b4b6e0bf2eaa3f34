import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';

import PdfLink from '@site/src/components/PdfLink';
import { handoutPath } from '@site/src/config/handouts';
import type { HandoutSummary } from '@site/src/plugins/handouts';
import { HANDOUT_GROUPS, type HandoutGroup } from '@site/src/plugins/handouts/order';

function groupTitle(group: HandoutGroup): string {
  switch (group) {
    case 'early-identification':
      return translate({
        id: 'handoutDownloads.group.earlyIdentification',
        message: 'Early Identification day',
        description: 'Heading of the handouts of the Early Identification training day',
      });
    case 'safe-future':
      return translate({
        id: 'handoutDownloads.group.safeFuture',
        message: 'Safe Future, Safe Return day',
        description: 'Heading of the handouts of the Safe Future, Safe Return training day',
      });
    case 'both':
      return translate({
        id: 'handoutDownloads.group.both',
        message: 'For both days',
        description: 'Heading of the handouts used on both training days (forms)',
      });
  }
}

/**
 * Every handout, its printable page and its PDF in every language that has it: by training
 * day, in the order of the day (the plugin sorts them), forms last.
 */
export default function HandoutDownloads(): ReactNode {
  const { handouts } = usePluginData('handouts') as { handouts: HandoutSummary[] };
  const { i18n } = useDocusaurusContext();
  return HANDOUT_GROUPS.map((group) => {
    const inGroup = handouts.filter((handout) => handout.group === group);
    if (inGroup.length === 0) return null;
    return (
      <section key={group}>
        <Heading as="h3">{groupTitle(group)}</Heading>
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
                <Translate
                  id="handoutDownloads.pdf"
                  description="Column heading in the handout table">
                  PDF
                </Translate>
              </th>
            </tr>
          </thead>
          <tbody>
            {inGroup.map((handout) => (
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
      </section>
    );
  });
}
