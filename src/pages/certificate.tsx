import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import BrowserOnly from '@docusaurus/BrowserOnly';
import { useLocation } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';

import Certificate from '@site/src/components/Certificate';
import styles from './certificate.module.css';

function CertificateForLocation(): ReactNode {
  const subject = new URLSearchParams(useLocation().search).get('quiz') ?? 'course';
  return <Certificate subject={subject} />;
}

/** /certificate?quiz=<quiz id> or /certificate?quiz=course */
export default function CertificatePage(): ReactNode {
  return (
    <Layout
      title={translate({
        id: 'certificate.title',
        message: 'Your certificate',
        description: 'Title of the certificate page',
      })}
      description={translate({
        id: 'certificate.meta.description',
        message: 'A printable record of the modules you completed, made on your device.',
        description: 'Meta description of the certificate page',
      })}>
      {/* Not margin-vert--lg: its !important margins outweigh print.css and pushed the sheet onto a second page. */}
      <main className={`container ${styles.page}`}>
        <Heading as="h1" className={styles.title}>
          <Translate id="certificate.title" description="Title of the certificate page">
            Your certificate
          </Translate>
        </Heading>
        {/* The learner's results exist only in their browser. */}
        <BrowserOnly>{() => <CertificateForLocation />}</BrowserOnly>
      </main>
    </Layout>
  );
}
