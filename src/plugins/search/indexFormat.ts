/**
 * The search index of one locale, as the build writes it to
 * `<locale base URL>/search-index.json` and the browser reads it. Short keys
 * keep it small: the whole English site must stay under 60 KiB gzipped.
 *
 * Terms are stems, folded (see textFolding.ts and stemming.ts). Section
 * text, which only snippets need, is kept out of this file: it lives in one
 * small file per page (`texts`), fetched only for the pages a result list
 * shows.
 */
export interface SearchIndexFile {
  /** Raised when the format changes: 2 since terms are stems. */
  readonly format: 2;
  readonly locale: string;
  /** One entry per indexed page. */
  readonly pages: readonly IndexedPage[];
  /**
   * One entry per section: [page index, heading anchor ('' for the top of the
   * page), heading text ('' for the part before the first heading)].
   */
  readonly sections: readonly (readonly [number, string, string])[];
  /**
   * Every indexed term, sorted, separated by a space: a word's stem in the
   * language of its page, folded.
   */
  readonly terms: string;
  /**
   * For each term, in the same order, the sections it occurs in, encoded by
   * postingsCodec.ts; terms separated by a space.
   */
  readonly postings: string;
  /** Folded stopwords, left out of the index and of queries. */
  readonly stopwords: readonly string[];
}

export interface IndexedPage {
  /** URL path, with the locale prefix. */
  readonly url: string;
  readonly title: string;
  /** Which part of the site: shown as a label on each result. */
  readonly kind: SearchPageKind;
  /** Language of the page's text (an untranslated page is in English). */
  readonly lang: string;
  /** File name, beside the index, of the page's section texts (a JSON array of strings). */
  readonly texts: string;
}

export const SEARCH_PAGE_KINDS = ['module', 'case', 'glossary', 'reference', 'trainer'] as const;
export type SearchPageKind = (typeof SEARCH_PAGE_KINDS)[number];

export const SEARCH_INDEX_FILE = 'search-index.json';
