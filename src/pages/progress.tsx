import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';

import ProgressOverview from '@site/src/components/ProgressOverview';

export default function ProgressPage(): ReactNode {
  return (
    <Layout
      title={translate({
        id: 'progress.title',
        message: 'Your progress',
        description: 'Title of the progress page',
      })}
      description={translate({
        id: 'progress.meta.description',
        message: 'Your quiz results, stored only on this device.',
        description: 'Meta description of the progress page',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="progress.title" description="Title of the progress page">
            Your progress
          </Translate>
        </Heading>
        <p>
          <Translate id="progress.intro" description="Introduction of the progress page">
            Your quiz results are stored only in this browser on this device. Nothing is sent
            anywhere. To continue on another device, export your progress to a file and import it
            there.
          </Translate>
        </p>
        <ProgressOverview />
      </main>
    </Layout>
  );
}
