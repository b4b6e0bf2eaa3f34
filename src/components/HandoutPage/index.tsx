import type { ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useThemeConfig } from '@docusaurus/theme-common';

import Handout from '@site/src/components/Handout';
import { NoticeBox } from '@site/src/components/TranslationNotice';
import PdfLink from '@site/src/components/PdfLink';
import type { HandoutRouteData } from '@site/src/plugins/handouts';
import styles from './styles.module.css';

/** CSS, not text: sets the printed page of landscape handouts. */
const LANDSCAPE_PAGE_RULE = '@page { size: A4 landscape; }';

interface Props {
  readonly data: HandoutRouteData;
}

/** The page of one handout, at /trainers/handouts/<id>: on screen a toolbar, in print only the sheet. */
export default function HandoutPage({ data }: Props): ReactNode {
  const { handout, textLocale, locales, id } = data;
  const { i18n } = useDocusaurusContext();
  const { footer } = useThemeConfig();
  const language = (locale: string) => i18n.localeConfigs[locale]?.label ?? locale;
  const exercises =
    typeof handout.exercise === 'string' ? [handout.exercise] : (handout.exercise ?? []);
  return (
    <Layout
      title={handout.title}
      description={translate({
        id: 'handout.description',
        message: 'A printable handout of the Safe! trainings.',
        description: 'Meta description of a handout page',
      })}>
      <Head>
        <html className="print-sheet" />
        {/* Sorting boards need the width: this page only prints on landscape A4. */}
        {handout.orientation === 'landscape' && <style>{LANDSCAPE_PAGE_RULE}</style>}
      </Head>
      <main className={`container ${styles.page}`}>
        <div className={styles.toolbar}>
          <p>
            <Link to="/trainers">
              <Translate
                id="handout.backToKit"
                description="Link from a handout to the trainer kit">
                Trainer kit
              </Translate>
            </Link>
            {exercises.map((exercise) => (
              <span key={exercise}>
                {' · '}
                <Link to={`/trainers/exercises/${exercise}`}>
                  <Translate
                    id="handout.exerciseLink"
                    description="Link to the exercise that uses the handout"
                    values={{ exercise: exercise.toUpperCase() }}>
                    {'Exercise {exercise}'}
                  </Translate>
                </Link>
              </span>
            ))}
          </p>
          {textLocale !== i18n.currentLocale && (
            <NoticeBox>
              <Translate
                id="handout.fallback"
                description="Handout not translated; {language} is the current language"
                values={{ language: language(i18n.currentLocale) }}>
                {'This handout is not yet available in {language}. It is shown in English.'}
              </Translate>
            </NoticeBox>
          )}
          <div className={styles.actions}>
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              <Translate id="handout.print" description="Button to print the handout">
                Print
              </Translate>
            </button>
            {locales.map((locale) => (
              <PdfLink
                key={locale}
                className="button button--secondary"
                locale={locale}
                handoutId={id}
                hrefLang={i18n.localeConfigs[locale]?.htmlLang}>
                <Translate
                  id="handout.pdf"
                  description="Link to the PDF of the handout in a language"
                  values={{ language: language(locale) }}>
                  {'PDF ({language})'}
                </Translate>
              </PdfLink>
            ))}
          </div>
        </div>
        <article lang={i18n.localeConfigs[textLocale]?.htmlLang}>
          {/*
           * A layout table, for print: browsers repeat a <tfoot> on every printed page and keep
           * room for it, so the credit is on every page and never covers the last lines. A
           * position: fixed footer covered them, and Chromium left it out when the page had been
           * scrolled (after typing contacts). CSS tables (display: table-footer-group) are not
           * repeated by Chromium: it has to be the HTML element. On screen it lays out as blocks.
           */}
          <table className={styles.frame} role="presentation">
            <tbody>
              <tr>
                <td>
                  <Heading as="h1">{handout.title}</Heading>
                  <Handout handout={handout} />
                </td>
              </tr>
            </tbody>
            {/* The same on every sheet, so not searched. */}
            <tfoot data-search-exclude>
              <tr>
                <td>
                  <footer className={styles.credit}>
                    {footer?.copyright}
                    {handout.fairwork && (
                      <>
                        {' '}
                        <Translate
                          id="handout.fairwork"
                          description="Copyright line on Appendix 3 handouts">
                          This handout: © FairWork Netherlands.
                        </Translate>
                      </>
                    )}
                  </footer>
                </td>
              </tr>
            </tfoot>
          </table>
        </article>
      </main>
    </Layout>
  );
}
