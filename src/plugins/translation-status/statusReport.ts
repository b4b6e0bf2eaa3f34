/**
 * What the public translation-status page shows, and where it is: types and
 * constants only, so that the page's browser code can import them
 * (buildStatusReport.ts, which reads the files, runs at build time).
 */

/** The public translation-status page's address, in every language. */
export const TRANSLATION_STATUS_PATH = '/translation-status';

export const STATUS_KINDS = ['pages', 'trainerPages', 'quizzes', 'handouts', 'slides'] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];
export const STATUS_STATES = ['current', 'stale', 'missing'] as const;
export type StatusState = (typeof STATUS_STATES)[number];

/** One English file and its translation into one language. */
export interface StatusItem {
  /** The English source, e.g. "docs/definitions.mdx" or "quizzes/definitions". */
  readonly source: string;
  /** Where the translation is (or goes), from the repository root. */
  readonly translationFile: string;
  readonly title: string;
  /** The page on the site, without the locale prefix: "/docs/definitions". */
  readonly path: string;
  readonly state: StatusState;
}

export interface LocaleReport {
  readonly locale: string;
  readonly kinds: Readonly<Record<StatusKind, readonly StatusItem[]>>;
}

/** Titles and site paths of the English sources, from what the content plugins loaded. */
export interface SourceIndex {
  /** "docs/definitions.mdx" → its title and path without locale prefix. */
  readonly docs: ReadonlyMap<string, { readonly title: string; readonly path: string }>;
  readonly quizzes: ReadonlyMap<string, string>;
  readonly handouts: ReadonlyMap<string, string>;
  readonly slides: ReadonlyMap<string, string>;
}

/** Site paths of data texts, by kind (src/config: quizPath, handoutPath, slideDeckPath). */
export interface DataPaths {
  readonly quizzes: (id: string) => string;
  readonly handouts: (id: string) => string;
  readonly slides: (id: string) => string;
}
