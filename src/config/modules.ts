/**
 * The learner pages whose addresses are promised to institutions. These
 * slugs must never change (issue #3); the tests check that each one builds.
 * `file` is the English source under docs/.
 */
export interface ModuleEntry {
  readonly slug: string;
  readonly file: string;
  readonly pageType: 'module' | 'case' | 'reference';
  /** The quiz the page leads to (modules and cases). */
  readonly quiz?: string;
}

export const MODULES: readonly ModuleEntry[] = [
  { slug: '/docs/start', file: 'start.md', pageType: 'reference' },
  { slug: '/docs/definitions', file: 'definitions.mdx', pageType: 'module', quiz: 'definitions' },
  {
    slug: '/docs/european-inventory',
    file: 'european-inventory.mdx',
    pageType: 'module',
    quiz: 'european-inventory',
  },
  {
    slug: '/docs/early-identification',
    file: 'early-identification/index.mdx',
    pageType: 'module',
    quiz: 'early-identification',
  },
  { slug: '/docs/safe-future', file: 'safe-future.mdx', pageType: 'module', quiz: 'safe-future' },
  {
    slug: '/docs/countries/netherlands',
    file: 'countries/netherlands.mdx',
    pageType: 'module',
    quiz: 'netherlands',
  },
  {
    slug: '/docs/countries/bulgaria',
    file: 'countries/bulgaria.mdx',
    pageType: 'module',
    quiz: 'bulgaria',
  },
  {
    slug: '/docs/countries/north-macedonia',
    file: 'countries/north-macedonia.mdx',
    pageType: 'module',
    quiz: 'north-macedonia',
  },
  {
    slug: '/docs/countries/hungary',
    file: 'countries/hungary.mdx',
    pageType: 'module',
    quiz: 'hungary',
  },
  { slug: '/docs/cases/brigita', file: 'cases/brigita.mdx', pageType: 'case', quiz: 'netherlands' },
  { slug: '/docs/cases/ada', file: 'cases/ada.mdx', pageType: 'case', quiz: 'bulgaria' },
  { slug: '/docs/cases/emily', file: 'cases/emily.mdx', pageType: 'case', quiz: 'north-macedonia' },
  { slug: '/docs/cases/nyala', file: 'cases/nyala.mdx', pageType: 'case', quiz: 'hungary' },
  {
    slug: '/docs/international-platform',
    file: 'international-platform.mdx',
    pageType: 'module',
    quiz: 'international-platform',
  },
  { slug: '/docs/conclusions', file: 'conclusions.mdx', pageType: 'module', quiz: 'conclusions' },
  { slug: '/docs/glossary', file: 'glossary.mdx', pageType: 'reference' },
  { slug: '/docs/about', file: 'about.mdx', pageType: 'reference' },
];

/** Every case study is linked from its country chapter. */
export const CASE_COUNTRY: Readonly<Record<string, string>> = {
  'cases/brigita.mdx': 'countries/netherlands.mdx',
  'cases/ada.mdx': 'countries/bulgaria.mdx',
  'cases/emily.mdx': 'countries/north-macedonia.mdx',
  'cases/nyala.mdx': 'countries/hungary.mdx',
};

export const MIN_GLOSSARY_TERMS = 60;

/** Every quiz id: the quiz of each module (cases share their country's quiz). */
export const QUIZ_IDS = MODULES.filter((module) => module.pageType === 'module' && module.quiz).map(
  (module) => module.quiz!,
);

/** The module a quiz belongs to. */
export function moduleOfQuiz(quizId: string): ModuleEntry | undefined {
  return MODULES.find((module) => module.pageType === 'module' && module.quiz === quizId);
}

/** Docs plugin id of a module file: its path under docs/ without the extension. */
export const docIdOf = (module: ModuleEntry) => module.file.replace(/\.mdx?$/, '');

/**
 * The module's id in the catalogue, the embed view and the LMS packages: the
 * last part of its slug (`definitions`, `netherlands`, `brigita`). Unique, and
 * as stable as the slug.
 */
export const moduleIdOf = (module: ModuleEntry) => module.slug.split('/').pop()!;

/** URL of a quiz page, without the locale prefix. */
export const quizPath = (quizId: string) => `/quizzes/${quizId}`;
