import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { translate } from '@docusaurus/Translate';

import styles from './styles.module.css';

interface Audience {
  id: string;
  title: string;
  description: string;
  to: string;
  action: string;
}

function useAudiences(): Audience[] {
  return [
    {
      id: 'self-study',
      title: translate({
        id: 'home.audience.selfStudy.title',
        message: 'I am learning on my own',
        description: 'Home page card title for professionals who study alone',
      }),
      description: translate({
        id: 'home.audience.selfStudy.description',
        message:
          'Police, border guards, labour inspectors, social and shelter workers, health and NGO staff: read a module, test yourself with its quiz and keep track of your progress on this device.',
        description: 'Home page card text for professionals who study alone',
      }),
      to: '/docs/start',
      action: translate({
        id: 'home.audience.selfStudy.action',
        message: 'Start here',
        description: 'Home page link to the first learner page',
      }),
    },
    {
      id: 'trainer',
      title: translate({
        id: 'home.audience.trainer.title',
        message: 'I run trainings',
        description: 'Home page card title for trainers',
      }),
      description: translate({
        id: 'home.audience.trainer.description',
        message:
          'Run the one-day Early Identification and Safe Future, Safe Return trainings: programmes, exercises and printable handouts.',
        description: 'Home page card text for trainers',
      }),
      to: '/trainers',
      action: translate({
        id: 'home.audience.trainer.action',
        message: 'Open the trainer kit',
        description: 'Home page link to the trainer kit',
      }),
    },
    {
      id: 'institution',
      title: translate({
        id: 'home.audience.institution.title',
        message: 'I bring the modules into my organisation',
        description: 'Home page card title for institutions',
      }),
      description: translate({
        id: 'home.audience.institution.description',
        message:
          'Use the modules in staff onboarding: stable links to every module in every language, and how to use them in your learning platform.',
        description: 'Home page card text for institutions',
      }),
      to: '/docs/institutions',
      action: translate({
        id: 'home.audience.institution.action',
        message: 'Information for institutions',
        description: 'Home page link to the page for institutions',
      }),
    },
  ];
}

/** The three ways into the site, one per kind of user. */
export default function AudienceCards(): ReactNode {
  return (
    <ul className={styles.cards}>
      {useAudiences().map((audience) => (
        <li key={audience.id} className={styles.card}>
          <Heading as="h2" className={styles.title}>
            {audience.title}
          </Heading>
          <p>{audience.description}</p>
          <Link className="button button--primary" to={audience.to}>
            {audience.action}
          </Link>
        </li>
      ))}
    </ul>
  );
}
