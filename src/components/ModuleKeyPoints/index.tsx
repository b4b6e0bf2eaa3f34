import type { ReactNode } from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import { useDoc } from '@docusaurus/plugin-content-docs/client';

import { quizPath } from '@site/src/config/modules';
import type { LearnerFrontMatter } from '@site/src/plugins/learning-content/frontMatterSchema';
import styles from './styles.module.css';

/**
 * Closes a module or case page with its key points, from the validated front
 * matter. Inserted by the remarkModuleFrame plugin; authors never write it.
 */
export default function ModuleKeyPoints(): ReactNode {
  const frontMatter = useDoc().frontMatter as unknown as LearnerFrontMatter;
  if (frontMatter.page_type === 'reference') return null;
  return (
    <section className={styles.keyPoints} aria-labelledby="key-points">
      <Heading as="h2" id="key-points">
        <Translate
          id="module.keyPoints.heading"
          description="Heading of the key points at the end of a page">
          Key points
        </Translate>
      </Heading>
      <ul>
        {frontMatter.key_points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <p className={styles.quiz}>
        <Link className="button button--primary" to={quizPath(frontMatter.quiz)}>
          <Translate
            id="module.quizLink"
            description="Link from the end of a module page to its quiz">
            Test yourself: take the quiz
          </Translate>
        </Link>
      </p>
    </section>
  );
}
