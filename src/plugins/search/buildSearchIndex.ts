import { createHash } from 'node:crypto';

import type { ExtractedPage } from './extractSections';
import { SEARCH_INDEX_FILE, type SearchIndexFile, type SearchPageKind } from './indexFormat';
import { encodePostings } from './postingsCodec';
import { stemmerFor, type Stemmers } from './stemming';
import { stopwordsFor } from './stopwords';
import { isIndexableTerm, searchWords } from './textFolding';

export interface PageToIndex {
  readonly url: string;
  readonly kind: SearchPageKind;
  readonly page: ExtractedPage;
}

export interface BuiltSearchIndex {
  readonly index: SearchIndexFile;
  /** File name → JSON content, written beside the index. */
  readonly files: ReadonlyMap<string, string>;
}

const contentHash = (content: string) =>
  createHash('sha256').update(content).digest('hex').slice(0, 10);

/**
 * Builds a locale's index from its extracted pages: the terms of each
 * section with the sections they occur in, and one text file per page for
 * snippets. A section's terms are stemmed with the stemmer of its page's
 * language (`stemmers` must hold it: see loadStemmers), so a page still in
 * English is stemmed as English in every locale. Text files are named by
 * their content hash so that a cached copy is never mistaken for a newer one;
 * the index itself has a fixed name.
 */
export function buildSearchIndex(
  locale: string,
  pages: readonly PageToIndex[],
  stemmers: Stemmers,
): BuiltSearchIndex {
  const stopwords = stopwordsFor(locale);
  const stop = new Set(stopwords);
  const files = new Map<string, string>();
  const sections: [number, string, string][] = [];
  const sectionTerms: Set<string>[] = [];

  const indexedPages = pages.map(({ url, kind, page }, pageNumber) => {
    const stem = stemmerFor(stemmers, page.lang);
    for (const section of page.sections) {
      sections.push([pageNumber, section.anchor, section.heading]);
      const heading = section.anchor === '' ? page.title : section.heading;
      sectionTerms.push(
        new Set(
          searchWords(`${heading} ${section.text}`, stem)
            .filter(({ folded }) => isIndexableTerm(folded) && !stop.has(folded))
            .map(({ term }) => term),
        ),
      );
    }
    const texts = JSON.stringify(page.sections.map((section) => section.text));
    const textsFile = `search-index.${contentHash(texts)}.json`;
    files.set(textsFile, texts);
    return { url, title: page.title, kind, lang: page.lang, texts: textsFile };
  });

  const postingsByTerm = new Map<string, number[]>();
  sectionTerms.forEach((terms, sectionNumber) => {
    for (const term of terms) {
      const postings = postingsByTerm.get(term);
      if (postings) postings.push(sectionNumber);
      else postingsByTerm.set(term, [sectionNumber]);
    }
  });
  const terms = [...postingsByTerm.keys()].sort();
  const postings = terms.map((term) => encodePostings(postingsByTerm.get(term)!));

  const index: SearchIndexFile = {
    format: 2,
    locale,
    pages: indexedPages,
    sections,
    terms: terms.join(' '),
    postings: postings.join(' '),
    stopwords,
  };
  files.set(SEARCH_INDEX_FILE, JSON.stringify(index));
  return { index, files };
}
