import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';

import { collectStatus } from './collectStatus';

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
 * the Start page's sentence on languages, and the "EN" marks in the sidebars.
 * Read from the same files as `npm run i18n:status`.
 */
export default function translationStatusPlugin(context: LoadContext): Plugin<unknown> {
  const { siteDir, i18n } = context;
  return {
    name: 'translation-status',

    async loadContent() {
      const learnerPages = (files: readonly string[]) =>
        files.filter((file) => file.startsWith('docs/'));
      return collectStatus(siteDir).map((status) => ({
        locale: status.locale,
        pages: count(
          learnerPages(status.translated),
          learnerPages(status.stale),
          learnerPages(status.missing),
        ),
        quizzes: count(status.quizzesTranslated, status.quizzesStale, status.quizzesMissing),
      }));
    },

    async allContentLoaded({ allContent, actions }) {
      const languages = (allContent['translation-status']?.default ?? []) as LanguageProgress[];
      const instances = Object.values(
        allContent['docusaurus-plugin-content-docs'] ?? {},
      ) as DocsContent[];
      const translatedPermalinks =
        i18n.currentLocale === i18n.defaultLocale
          ? []
          : instances
              .flatMap((content) => content.loadedVersions.flatMap((version) => version.docs))
              .filter((doc) => doc.source.startsWith('@site/i18n/'))
              .map((doc) => doc.permalink)
              .sort();
      const data: TranslationStatusData = { languages, translatedPermalinks };
      actions.setGlobalData(data);
    },
  };
}
