import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import { localePrefix, type Locale } from '@site/src/config/locales';
import {
  STATUS_KINDS,
  STATUS_STATES,
  type LocaleReport,
  type StatusKind,
  type StatusState,
} from '@site/src/plugins/translation-status/statusReport';
import styles from './styles.module.css';

interface Props {
  readonly report: readonly LocaleReport[];
}

function kindLabel(kind: StatusKind): string {
  switch (kind) {
    case 'pages':
      return translate({
        id: 'translationStatus.kind.pages',
        message: 'Learner pages',
        description: 'Translation status page: row of the learner pages (modules, cases, glossary)',
      });
    case 'trainerPages':
      return translate({
        id: 'translationStatus.kind.trainerPages',
        message: 'Trainer kit pages',
        description: 'Translation status page: row of the trainer kit pages',
      });
    case 'quizzes':
      return translate({
        id: 'translationStatus.kind.quizzes',
        message: 'Quizzes',
        description: 'Translation status page: row of the quizzes',
      });
    case 'handouts':
      return translate({
        id: 'translationStatus.kind.handouts',
        message: 'Handouts',
        description: 'Translation status page: row of the handouts',
      });
    case 'slides':
      return translate({
        id: 'translationStatus.kind.slides',
        message: 'Slide decks',
        description: 'Translation status page: row of the slide decks',
      });
  }
}

function stateLabel(state: StatusState): string {
  switch (state) {
    case 'current':
      return translate({
        id: 'translationStatus.state.current',
        message: 'Translated',
        description:
          'Translation status page: a translation that was reviewed and matches the English as it is now',
      });
    case 'stale':
      return translate({
        id: 'translationStatus.state.stale',
        message: 'Behind the English',
        description:
          'Translation status page: a translation made before the English last changed (or not yet reviewed)',
      });
    case 'missing':
      return translate({
        id: 'translationStatus.state.missing',
        message: 'Not translated',
        description: 'Translation status page: no translation yet; the page is shown in English',
      });
  }
}

function LanguageReport({ report }: { readonly report: LocaleReport }): ReactNode {
  const { i18n } = useDocusaurusContext();
  const config = i18n.localeConfigs[report.locale];
  const prefix = localePrefix(report.locale as Locale);
  const headingId = `status-${report.locale}`;
  return (
    <section aria-labelledby={headingId} data-locale={report.locale}>
      <Heading as="h2" id={headingId}>
        <span lang={config?.htmlLang ?? report.locale}>{config?.label ?? report.locale}</span>
      </Heading>
      <table className={styles.counts}>
        <caption className="visually-hidden">
          {translate(
            {
              id: 'translationStatus.table.caption',
              message: 'How much is translated into {language}',
              description:
                'Translation status page: caption of the table of counts of one language',
            },
            { language: config?.label ?? report.locale },
          )}
        </caption>
        <thead>
          <tr>
            <td />
            {STATUS_STATES.map((state) => (
              <th key={state} scope="col">
                {stateLabel(state)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {STATUS_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{kindLabel(kind)}</th>
              {STATUS_STATES.map((state) => (
                <td key={state} data-state={state}>
                  {report.kinds[kind].filter((item) => item.state === state).length}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {STATUS_KINDS.map((kind) => (
        <details key={kind} className={styles.files} data-kind={kind}>
          <summary>
            {translate(
              {
                id: 'translationStatus.files',
                message: '{kind}: every file',
                description:
                  'Translation status page: opens the list of files of one kind, e.g. "Quizzes: every file"',
              },
              { kind: kindLabel(kind) },
            )}
          </summary>
          <ul>
            {report.kinds[kind].map((item) => (
              <li key={item.source} data-state={item.state}>
                {/* The page in that language, whichever language this page is in. */}
                <Link to={`pathname://${prefix}${item.path}`} autoAddBaseUrl={false}>
                  {item.title}
                </Link>{' '}
                <span className={styles.state}>({stateLabel(item.state)})</span>
                <br />
                <code className={styles.file}>{item.translationFile}</code>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

/**
 * /translation-status: what is translated, behind the English, or missing in
 * every language, file by file, generated at build time from the same
 * reading of the files as `npm run i18n:status` (src/plugins/translation-status).
 * The reader's own language comes first.
 */
export default function TranslationStatusPage({ report }: Props): ReactNode {
  const { i18n } = useDocusaurusContext();
  const ordered = [...report].sort(
    (a, b) =>
      Number(b.locale === i18n.currentLocale) - Number(a.locale === i18n.currentLocale) ||
      report.indexOf(a) - report.indexOf(b),
  );
  return (
    <Layout
      title={translate({
        id: 'translationStatus.title',
        message: 'Translation status',
        description: 'Title of the translation status page',
      })}
      description={translate({
        id: 'translationStatus.meta.description',
        message: 'Which pages, quizzes, handouts and slides are translated into each language.',
        description: 'Meta description of the translation status page',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate
            id="translationStatus.title"
            description="Title of the translation status page">
            Translation status
          </Translate>
        </Heading>
        <p>
          <Translate
            id="translationStatus.intro"
            description="Translation status page: what the three states mean">
            The modules are written in English. A translation is “translated” once it has been
            reviewed against the English as it is now; it is “behind the English” when the English
            has changed since, or the review is still to come; a page that is not translated is
            shown in English, marked EN. This page is made from the files at every release of the
            site.
          </Translate>
        </p>
        <p>
          <Translate
            id="translationStatus.contribute"
            description="Translation status page: how to help; CONTRIBUTING.md is a file name, keep it">
            Translators and partner organisations: the file under each title is where its
            translation goes. The section “Translating” of CONTRIBUTING.md in the project’s source
            describes the terms, the checks and the review.
          </Translate>
        </p>
        {ordered.map((locale) => (
          <LanguageReport key={locale.locale} report={locale} />
        ))}
      </main>
    </Layout>
  );
}
