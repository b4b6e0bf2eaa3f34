import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';

import type { TranslationStatusData } from '@site/src/plugins/translation-status';
import { TRANSLATION_STATUS_PATH } from '@site/src/plugins/translation-status/statusReport';

/**
 * The Start page's sentence on languages, generated from what is translated
 * (src/plugins/translation-status): the page never claims a translation that
 * does not exist. Counts learner pages and quizzes that are translated, those
 * behind the English included (they say so at their top).
 */
export default function LanguageStatus(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const { languages } = usePluginData('translation-status') as TranslationStatusData;
  const label = (locale: string) => i18n.localeConfigs[locale]?.label ?? locale;
  const complete = languages.filter(
    (language) =>
      language.pages.current === language.pages.total &&
      language.quizzes.current === language.quizzes.total,
  );
  // The trainer kit (handouts, slides, trainer pages) is not counted here: the
  // status page lists it, so the link stays when every module is translated.
  const details = (
    <p>
      <Link to={TRANSLATION_STATUS_PATH}>
        <Translate
          id="languageStatus.details"
          description="Start page: link to the translation status page, which lists every file per language">
          What is translated, file by file
        </Translate>
      </Link>
    </p>
  );
  if (complete.length === languages.length) {
    return (
      <>
        <p>
          {translate(
            {
              id: 'languageStatus.complete',
              message:
                'The modules are written in English and translated in full into: {languages}.',
              description: 'Start page, when every language is fully translated',
            },
            { languages: languages.map((language) => label(language.locale)).join(', ') },
          )}
        </p>
        {details}
      </>
    );
  }
  return (
    <>
      <p>
        <Translate
          id="languageStatus.partial"
          description="Start page: lead-in of the list of how far each translation has come">
          The modules are written in English. Their translation is under way; this is how far each
          language has come:
        </Translate>
      </p>
      <ul data-language-status>
        {languages.map((language) => (
          <li key={language.locale} data-locale={language.locale}>
            <span lang={i18n.localeConfigs[language.locale]?.htmlLang ?? language.locale}>
              {label(language.locale)}
            </span>
            {': '}
            {translate(
              {
                id: 'languageStatus.counts',
                message: '{pages} of {pagesTotal} pages and {quizzes} of {quizzesTotal} quizzes',
                description:
                  'Start page: how much of the course is translated into one language, e.g. "3 of 22 pages and 1 of 10 quizzes"',
              },
              {
                pages: language.pages.current + language.pages.stale,
                pagesTotal: language.pages.total,
                quizzes: language.quizzes.current + language.quizzes.stale,
                quizzesTotal: language.quizzes.total,
              },
            )}
          </li>
        ))}
      </ul>
      {details}
    </>
  );
}
