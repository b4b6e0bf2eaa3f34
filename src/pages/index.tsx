import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';

import AudienceCards from '@site/src/components/AudienceCards';
import styles from './index.module.css';

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({
        id: 'home.meta.title',
        message: 'Learning modules on trafficking among migrants and refugees',
        description: 'Title of the home page in the browser tab',
      })}
      description={translate({
        id: 'home.meta.description',
        message:
          'Free learning modules and trainer materials for professionals who may meet victims of trafficking among migrants and refugees, adapted from the Safe! project report “Voices from the field”.',
        description: 'Meta description of the home page',
      })}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">
            <Translate id="home.hero.title" description="Main heading of the home page">
              Voices from the field
            </Translate>
          </Heading>
          <p className={styles.lead}>
            <Translate id="home.hero.lead" description="Introduction on the home page">
              Learning modules for professionals on the early identification and protection of
              victims of trafficking among migrants and refugees, and on their safe return and
              reintegration. Based on the experience of the Safe! project in the Netherlands,
              Bulgaria, North Macedonia and Hungary.
            </Translate>
          </p>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <AudienceCards />
      </main>
    </Layout>
  );
}
