import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';

import OfflineSaver from '@site/src/components/OfflineSaver';

export default function OfflinePage(): ReactNode {
  return (
    <Layout
      title={translate({
        id: 'offline.title',
        message: 'Use offline',
        description: 'Title of the offline page',
      })}
      description={translate({
        id: 'offline.meta.description',
        message:
          'Keep the modules and handouts of your language on this device, for use without a connection.',
        description: 'Meta description of the offline page',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="offline.title" description="Title of the offline page">
            Use offline
          </Translate>
        </Heading>
        <p>
          <Translate id="offline.intro" description="Introduction of the offline page">
            After your first visit, this browser keeps the pages and handout PDFs of your language,
            so that you can open them without a connection. Here you can see what is saved, save it
            all at once, or remove it. Saved pages stay on this device and are never sent anywhere;
            your quiz progress is not affected.
          </Translate>
        </p>
        <OfflineSaver />
      </main>
    </Layout>
  );
}
