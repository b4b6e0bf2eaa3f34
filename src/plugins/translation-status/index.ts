import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import { normalizeUrl } from '@docusaurus/utils';

import { handoutPath } from '../../config/handouts';
import { quizPath } from '../../config/modules';
import { slideDeckPath } from '../../config/slides';
import { collectStatus, type LocaleStatus } from './collectStatus';
import { DOCS_INSTANCES } from './sourceHash';
import { buildStatusReport } from './buildStatusReport';
import { TRANSLATION_STATUS_PATH } from './statusReport';

/** What loadContent reads once per locale's build: the counts and the files behind them. */
interface LoadedStatus {
  readonly languages: readonly LanguageProgress[];
  readonly statuses: readonly LocaleStatus[];
}

/** A titled data text (quiz, handout or slide deck) as its plugin loaded it. */
interface TitledSource {
  readonly id: string;
  readonly title?: string;
  readonly locales?: Readonly<Record<string, { readonly title: string }>>;
}

/** How far one language has come, in counts (the Start page writes them as a sentence). */
export interface LanguageProgress {
  readonly locale: string;
  /** Learner pages (docs/): translated and current, translated but behind the English, in all. */
  readonly pages: { readonly current: number; readonly stale: number; readonly total: number };
  readonly quizzes: { readonly current: number; readonly stale: number; readonly total: number };
}

/** Global data of this plugin, in every page: a few hundred bytes. */
export interface TranslationStatusData {
  /** Every translated language, for the Start page. */
  readonly languages: readonly LanguageProgress[];
  /**
   * Permalinks of the pages that have a translation in the locale being built
   * (learner pages and trainer kit). Every other page of a translated locale
   * is the English original: the sidebar marks it "EN". Empty in English.
   */
  readonly translatedPermalinks: readonly string[];
}

const count = (
  current: readonly string[],
  stale: readonly string[],
  missing: readonly string[],
) => ({
  current: current.length,
  stale: stale.length,
  total: current.length + stale.length + missing.length,
});

/**
 * Tells the site what is translated, so that it never claims more than it has:
 * the Start page's sentence on languages, the "EN" marks in the sidebars, and
 * the public translation-status page (/translation-status) that translators
 * work from. Read from the same files as `npm run i18n:status`.
 */
export default function translationStatusPlugin(context: LoadContext): Plugin<unknown> {
  const { siteDir, i18n, baseUrl } = context;
  return {
    name: 'translation-status',

    async loadContent(): Promise<LoadedStatus> {
      const learnerPages = (files: readonly string[]) =>
        files.filter((file) => file.startsWith('docs/'));
      const statuses = collectStatus(siteDir);
      const languages = statuses.map((status) => ({
        locale: status.locale,
        pages: count(
          learnerPages(status.translated),
          learnerPages(status.stale),
          learnerPages(status.missing),
        ),
        quizzes: count(status.quizzesTranslated, status.quizzesStale, status.quizzesMissing),
      }));
      return { languages, statuses };
    },

    async allContentLoaded({ allContent, actions }) {
      const { languages, statuses } = allContent['translation-status']?.default as LoadedStatus;
      const instances = Object.values(
        allContent['docusaurus-plugin-content-docs'] ?? {},
      ) as DocsContent[];
      const docs = instances.flatMap((content) =>
        content.loadedVersions.flatMap((version) => version.docs),
      );
      const translatedPermalinks =
        i18n.currentLocale === i18n.defaultLocale
          ? []
          : docs
              .filter((doc) => doc.source.startsWith('@site/i18n/'))
              .map((doc) => doc.permalink)
              .sort();
      const data: TranslationStatusData = { languages, translatedPermalinks };
      actions.setGlobalData(data);

      // The status page: titles in the reader's language, addresses without the locale prefix.
      const withoutBase = (permalink: string) => `/${permalink.slice(baseUrl.length)}`;
      const englishFile = (source: string) => {
        const file = source.replace(/^@site\//, '');
        for (const instance of DOCS_INSTANCES) {
          const prefix = `i18n/${i18n.currentLocale}/${instance.i18nDir}/`;
          if (file.startsWith(prefix)) return `${instance.sourceDir}/${file.slice(prefix.length)}`;
        }
        return file;
      };
      const titles = (plugin: string) =>
        new Map(
          ((allContent[plugin]?.default ?? []) as TitledSource[]).map((source) => [
            source.id,
            source.title ??
              (source.locales?.[i18n.currentLocale] ?? source.locales?.[i18n.defaultLocale])
                ?.title ??
              source.id,
          ]),
        );
      const report = buildStatusReport(
        statuses,
        {
          docs: new Map(
            docs.map((doc) => [
              englishFile(doc.source),
              { title: doc.title, path: withoutBase(doc.permalink) },
            ]),
          ),
          quizzes: titles('quizzes'),
          handouts: titles('handouts'),
          slides: titles('slides'),
        },
        { quizzes: quizPath, handouts: handoutPath, slides: slideDeckPath },
      );
      const reportPath = await actions.createData('status-report.json', JSON.stringify(report));
      actions.addRoute({
        path: normalizeUrl([baseUrl, TRANSLATION_STATUS_PATH]),
        component: '@site/src/components/TranslationStatusPage',
        modules: { report: reportPath },
        exact: true,
      });
    },
  };
}
