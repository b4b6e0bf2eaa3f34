import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluginData } from '@docusaurus/useGlobalData';

import EnglishBadge, { useIsEnglishOnly } from '@site/src/components/EnglishBadge';
import type { QuizSummary } from '@site/src/plugins/quizzes';
import styles from './styles.module.css';

function ModuleItem({ quiz }: { readonly quiz: QuizSummary }): ReactNode {
  const englishOnly = useIsEnglishOnly(quiz.modulePath);
  return (
    <li>
      <Link to={quiz.modulePath}>{quiz.moduleTitle}</Link>
      {englishOnly && <EnglishBadge />}
    </li>
  );
}

/**
 * The way into the course on the Start page: a "Begin" link to the first
 * module, and the modules in the recommended order (course order, the order
 * of src/config/modules.ts, with their titles in the reader's language).
 */
export default function CourseStart(): ReactNode {
  const { quizzes } = usePluginData('quizzes') as { quizzes: QuizSummary[] };
  const first = quizzes[0];
  if (!first) return null;
  return (
    <nav
      className={styles.start}
      aria-label={translate({
        id: 'courseStart.label',
        message: 'Begin the course',
        description: 'Name of the Start page box with the Begin link and the recommended order',
      })}>
      <p>
        <Link className={`button button--primary button--lg ${styles.begin}`} to={first.modulePath}>
          <Translate
            id="courseStart.begin"
            description="Main link of the Start page to the first module; {title} is its title"
            values={{ title: first.moduleTitle }}>
            {'Begin: {title}'}
          </Translate>
        </Link>
      </p>
      <p className={styles.orderHeading} id="course-order">
        <Translate
          id="courseStart.order"
          description="Heading of the list of modules in recommended order">
          Recommended order
        </Translate>
      </p>
      <ol className={styles.order} aria-labelledby="course-order">
        {quizzes.map((quiz) => (
          <ModuleItem key={quiz.id} quiz={quiz} />
        ))}
      </ol>
    </nav>
  );
}
