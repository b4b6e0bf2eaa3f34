/**
 * The catalogue (build/catalog.json, served at /catalog.json). Its JSON Schema
 * is catalog.schema.json beside this file; the build validates the file
 * against it. Keep the two in step.
 */
export type TranslationState = 'source' | 'current' | 'stale' | 'unstamped';

export interface CatalogHandout {
  readonly id: string;
  readonly title: string;
  /** Language of the handout text: the locale, or English when it has no translation. */
  readonly textLocale: string;
  readonly url: string;
  readonly pdfUrl: string;
}

export interface CatalogModuleLocale {
  /** Language of the page text: the locale, or English when the page has no translation. */
  readonly textLocale: string;
  readonly translation: TranslationState;
  readonly title: string;
  readonly description: string;
  /** "After this module you can …"; empty for reference pages. */
  readonly objectives: readonly string[];
  readonly minutes: number;
  readonly url: string;
  /** The same page without navbar, sidebar and footer links, for an intranet frame. */
  readonly embedUrl: string;
  readonly quiz: { readonly title: string; readonly url: string } | null;
  readonly handouts: readonly CatalogHandout[];
  /**
   * LMS packages by format, SCORM 1.2 (and cmi5), for pages of type module only,
   * in the language of textLocale: the English packages until the page is translated.
   */
  readonly lms: { readonly scorm12: string; readonly cmi5?: string } | null;
}

export interface CatalogModule {
  /** Last part of the slug; stable. */
  readonly id: string;
  /** Path of the English page; never changes without a redirect. */
  readonly slug: string;
  readonly pageType: 'module' | 'case' | 'reference';
  /**
   * Changes whenever learners would see different content: the content hash of
   * the English page (the one translations are stamped with), plus ".q" and the
   * quiz version for pages with a quiz, e.g. "3f2a9c01b7de.q1".
   */
  readonly version: string;
  /** Report chapters and appendices the page draws on. */
  readonly chapters: readonly string[];
  readonly quiz: {
    readonly id: string;
    readonly version: number;
    readonly passMark: number;
  } | null;
  readonly locales: Readonly<Record<string, CatalogModuleLocale>>;
}

export interface Catalog {
  readonly $schema: string;
  readonly catalogFormat: 1;
  readonly site: { readonly url: string; readonly version: string };
  readonly locales: readonly string[];
  readonly modules: readonly CatalogModule[];
}

/** What one locale's build contributes (written by the plugin, merged after the build). */
export interface CatalogFragment {
  readonly locale: string;
  readonly siteUrl: string;
  readonly siteVersion: string;
  readonly modules: readonly (Omit<CatalogModule, 'locales'> & {
    readonly entry: CatalogModuleLocale;
  })[];
}
