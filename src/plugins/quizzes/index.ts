import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';

import { LOCALE_CODES } from '../../config/locales';
import { QUIZ_IDS } from '../learning-content/frontMatterSchema';
import { loadQuizSources, resolveQuiz, type LoadedQuiz } from './loadQuizzes';

export interface QuizRouteData {
  readonly quiz: LoadedQuiz;
  /** Permalink of the module the quiz belongs to, in the current locale. */
  readonly modulePath: string;
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
}

/** URL of a quiz page, without the locale prefix. */
export const quizPath = (quizId: string) => `/quizzes/${quizId}`;

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
      return [path.join(siteDir, 'quizzes/**/*.yaml')];
    },

    async loadContent() {
      const sources = loadQuizSources(siteDir, QUIZ_IDS, LOCALE_CODES);
      return sources.map((source) => resolveQuiz(source, i18n.currentLocale, i18n.defaultLocale));
    },

    async contentLoaded({ content, actions }) {
      const quizzes = content as LoadedQuiz[];
      const summaries: QuizSummary[] = [];
      for (const quiz of quizzes) {
        const data: QuizRouteData = {
          quiz,
          modulePath: `/docs/${moduleSlugOf(quiz.id)}`,
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
          modulePath: `/docs/${moduleSlugOf(quiz.id)}`,
          moduleTitle: moduleTitleOf(siteDir, i18n.currentLocale, quiz.id),
        });
      }
      actions.setGlobalData({ quizzes: summaries });
    },
  };
}

/** Title of a quiz's module in a locale (the translated page's title when there is one). */
function moduleTitleOf(siteDir: string, locale: string, quizId: string): string {
  const slug = moduleSlugOf(quizId);
  const candidates = [
    path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs/current', `${slug}.mdx`),
    path.join(siteDir, 'docs', `${slug}.mdx`),
    path.join(siteDir, 'docs', slug, 'index.mdx'),
  ];
  const file = candidates.find((candidate) => existsSync(candidate));
  if (!file) return quizId;
  return String(matter(readFileSync(file, 'utf8')).data.title ?? quizId);
}

const COUNTRY_QUIZZES = new Set(['netherlands', 'bulgaria', 'north-macedonia', 'hungary']);

/** The module slug under /docs/ that a quiz belongs to. */
export function moduleSlugOf(quizId: string): string {
  return COUNTRY_QUIZZES.has(quizId) ? `countries/${quizId}` : quizId;
}
