import type { ReactNode } from 'react';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { useDoc } from '@docusaurus/plugin-content-docs/client';

import type { LearnerFrontMatter } from '@site/src/plugins/learning-content/frontMatterSchema';
import styles from './styles.module.css';

/**
 * A report part as the front matter names it ('1.1', 'App. 3', 'Preface',
 * 'Summary'), in the reader's language.
 */
function chapterLabel(chapter: string): string {
  const appendix = /^App\. (\d+)$/.exec(chapter);
  if (appendix)
    return translate(
      {
        id: 'module.meta.appendix',
        message: 'App. {number}',
        description:
          'An appendix of the report in the list of chapters a page is based on, e.g. "App. 3"',
      },
      { number: appendix[1]! },
    );
  if (chapter === 'Preface')
    return translate({
      id: 'module.meta.preface',
      message: 'Preface',
      description: 'The preface of the report, in the list of chapters a page is based on',
    });
  if (chapter === 'Summary')
    return translate({
      id: 'module.meta.summary',
      message: 'Summary',
      description: 'The summary of the report, in the list of chapters a page is based on',
    });
  return chapter;
}

/**
 * Opens a module or case page: time needed, the report chapters it draws on
 * and its learning objectives, all from the page's validated front matter.
 * Inserted by the remarkModuleFrame plugin; authors never write it.
 */
export default function ModuleObjectives(): ReactNode {
  const frontMatter = useDoc().frontMatter as unknown as LearnerFrontMatter;
  if (frontMatter.page_type === 'reference') return null;
  return (
    <section className={styles.objectives} aria-labelledby="learning-objectives">
      <p className={styles.meta}>
        <Translate
          id="module.meta.minutes"
          description="Estimated time to study a page; {minutes} is a number"
          values={{ minutes: frontMatter.minutes }}>
          {'About {minutes} minutes'}
        </Translate>
        {' · '}
        <Translate
          id="module.meta.chapters"
          description="Which chapters of the report the page is based on; {chapters} is a list like 1.1, 2.2"
          values={{ chapters: frontMatter.chapters.map(chapterLabel).join(', ') }}>
          {'Based on report chapters {chapters}'}
        </Translate>
      </p>
      <Heading as="h2" id="learning-objectives" className={styles.heading}>
        <Translate
          id="module.objectives.heading"
          description="Heading of the learning objectives of a page">
          What you will be able to do
        </Translate>
      </Heading>
      <ul>
        {frontMatter.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
    </section>
  );
}
