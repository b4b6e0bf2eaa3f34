import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import Quiz from '@site/src/components/Quiz';
import { NoticeBox } from '@site/src/components/TranslationNotice';
import type { QuizRouteData } from '@site/src/plugins/quizzes';
import { sectionUrl } from '@site/src/components/Quiz/sectionUrl';
import styles from './styles.module.css';

interface Props {
  readonly data: QuizRouteData;
}

/** The page of one quiz, at /quizzes/<id>. Added by the quizzes plugin. */
export default function QuizPage({ data }: Props): ReactNode {
  const { quiz, modulePath } = data;
  const { i18n } = useDocusaurusContext();
  const language = i18n.localeConfigs[i18n.currentLocale]?.label ?? i18n.currentLocale;
  return (
    <Layout
      title={quiz.title}
      description={translate({
        id: 'quizPage.description',
        message: 'Check what you have learned, with feedback on every answer.',
        description: 'Meta description of a quiz page',
      })}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{quiz.title}</Heading>
        {quiz.textLocale !== i18n.currentLocale && (
          <NoticeBox>
            <Translate
              id="quizPage.fallback"
              description="Shown when a quiz has no translation; {language} is the current language"
              values={{ language }}>
              {'This quiz is not yet available in {language}. It is shown in English.'}
            </Translate>
          </NoticeBox>
        )}
        <p>
          <Translate
            id="quizPage.intro"
            description="Introduction of a quiz page"
            values={{ count: quiz.questions.length, passMark: quiz.passMark }}>
            {
              '{count} questions. You pass with {passMark}% or more. After each answer you see why it is right or wrong. Your results stay on this device.'
            }
          </Translate>{' '}
          <Link to={modulePath}>
            <Translate id="quizPage.backToModule" description="Link from a quiz back to its module">
              Back to the module
            </Translate>
          </Link>
        </p>
        <Quiz quiz={quiz} />
        <details className={styles.sections}>
          <summary>
            <Translate
              id="quizPage.sections"
              description="Disclosure listing the module sections the quiz covers">
              Sections this quiz covers
            </Translate>
          </summary>
          <ul>
            {quiz.sections.map((section) => (
              <li key={section}>
                <Link to={sectionUrl(section)}>
                  {section.replace(/#/, ' › ').replace(/-/g, ' ')}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      </main>
    </Layout>
  );
}
