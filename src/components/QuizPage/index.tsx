import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import Quiz from '@site/src/components/Quiz';
import { NoticeBox } from '@site/src/components/TranslationNotice';
import type { QuizRouteData } from '@site/src/plugins/quizzes';
import { LOCALES } from '@site/src/config/locales';
import styles from './styles.module.css';

interface Props {
  readonly data: QuizRouteData;
}

/** The page of one quiz, at /quizzes/<id>. Added by the quizzes plugin. */
export default function QuizPage({ data }: Props): ReactNode {
  const { quiz, modulePath, covered } = data;
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
          {/* Grouped by page: a quiz can cover a module and its case, and some
              headings ("Act, means and purpose") recur from page to page. */}
          <ul className={styles.sectionList}>
            {covered.map((page) => (
              <li
                key={page.url}
                // Pages not yet translated are shown, and named, in English.
                lang={
                  page.textLocale === i18n.currentLocale
                    ? undefined
                    : (LOCALES[page.textLocale as keyof typeof LOCALES]?.htmlLang ??
                      page.textLocale)
                }>
                <Link to={page.url}>{page.title}</Link>
                {page.sections.length > 0 && (
                  <ul>
                    {page.sections.map((section) => (
                      <li key={section.url}>
                        <Link to={section.url}>
                          {section.context ? `${section.context} › ` : ''}
                          {section.heading}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </details>
      </main>
    </Layout>
  );
}
