import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import { normalizeUrl } from '@docusaurus/utils';

import { LOCALE_CODES } from '../../config/locales';
import { QUIZ_IDS, docIdOf, moduleOfQuiz, quizPath } from '../../config/modules';
import { loadQuizSources, resolveQuiz, type LoadedQuiz } from './loadQuizzes';
import { coveredPagesOfQuizzes, sectionPageFinder, type CoveredPage } from './coveredSections';

export interface QuizRouteData {
  readonly quiz: LoadedQuiz;
  /** Permalink of the module the quiz belongs to, in the current locale. */
  readonly modulePath: string;
  /** The pages and sections the questions link to, named by their headings in this locale. */
  readonly covered: readonly CoveredPage[];
}

/** What the progress page needs to know of every quiz (global data, a few hundred bytes). */
export interface QuizSummary {
  readonly id: string;
  readonly title: string;
  readonly version: number;
  readonly passMark: number;
  readonly path: string;
  readonly modulePath: string;
  readonly moduleTitle: string;
  /** Locale the module's title is in: the current one, or the default where the page is not translated yet. */
  readonly moduleTitleLocale: string;
  /** The module's estimated study time in minutes (its front matter `minutes`), for certificates. */
  readonly moduleMinutes: number;
}

/**
 * Loads every quiz from `quizzes/`, validates it (a malformed quiz fails the
 * build with the file, the field and how to fix it) and adds one page per quiz
 * at /quizzes/<id>. The quiz code is only loaded by those pages.
 */
export default function quizzesPlugin(context: LoadContext): Plugin<unknown> {
  const { siteDir, i18n, baseUrl } = context;
  return {
    name: 'quizzes',

    getPathsToWatch() {
      return [`${siteDir}/quizzes/**/*.yaml`];
    },

    async loadContent() {
      const sources = loadQuizSources(siteDir, QUIZ_IDS, LOCALE_CODES);
      return sources.map((source) => resolveQuiz(source, i18n.currentLocale, i18n.defaultLocale));
    },

    // Module titles and permalinks come from the learners' docs plugin, once
    // every plugin has loaded its content, in the locale being built.
    async allContentLoaded({ allContent, actions }) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as
        DocsContent | undefined;
      const docs = docsContent?.loadedVersions[0]?.docs ?? [];
      const quizzes = (allContent.quizzes?.default ?? []) as LoadedQuiz[];
      // Section headings come from the very files this locale's pages are built
      // from; a heading that cannot be found fails the build (file, field, fix).
      const covered = coveredPagesOfQuizzes(
        quizzes,
        sectionPageFinder(siteDir, docs, i18n.currentLocale, i18n.defaultLocale),
      );
      const summaries: QuizSummary[] = [];
      for (const quiz of quizzes) {
        const module = moduleOfQuiz(quiz.id);
        const doc = module && docs.find((candidate) => candidate.id === docIdOf(module));
        if (!doc)
          throw new Error(
            `Quiz "${quiz.id}" has no module page in src/config/modules.ts and docs/.`,
          );
        const data: QuizRouteData = {
          quiz,
          modulePath: doc.permalink,
          covered: covered.get(quiz.id) ?? [],
        };
        const dataPath = await actions.createData(`quiz-${quiz.id}.json`, JSON.stringify(data));
        actions.addRoute({
          path: normalizeUrl([baseUrl, quizPath(quiz.id)]),
          component: '@site/src/components/QuizPage',
          modules: { data: dataPath },
          exact: true,
        });
        summaries.push({
          id: quiz.id,
          title: quiz.title,
          version: quiz.version,
          passMark: quiz.passMark,
          path: quizPath(quiz.id),
          modulePath: doc.permalink,
          moduleTitle: doc.title,
          moduleTitleLocale: doc.source.startsWith('@site/i18n/')
            ? i18n.currentLocale
            : i18n.defaultLocale,
          moduleMinutes: (doc.frontMatter as { minutes: number }).minutes,
        });
      }
      // Course order (src/config/modules.ts), as learners meet the modules: quizzes/ is read alphabetically.
      summaries.sort((a, b) => QUIZ_IDS.indexOf(a.id) - QUIZ_IDS.indexOf(b.id));
      actions.setGlobalData({ quizzes: summaries });
    },
  };
}
