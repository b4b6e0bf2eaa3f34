import FlexSearch from 'flexsearch-light';

import type { IndexedPage, SearchIndexFile } from '../indexFormat';
import { decodePostings } from '../postingsCodec';
import { WORD_PATTERN, foldText, foldedWords } from '../textFolding';

export interface SearchResult {
  readonly page: IndexedPage;
  /** Section heading; '' for the top of the page (show the page title). */
  readonly heading: string;
  /** Link to the page and the section's anchor. */
  readonly url: string;
  /** Number of the section in the index: a stable key. */
  readonly section: number;
  readonly score: number;
}

/** A snippet: the section's words around the first match, matches marked. */
export type Snippet = readonly { readonly text: string; readonly match: boolean }[];

/** How far a prefix match counts against a whole-word match. */
const PREFIX_WEIGHT = 0.7;
/** Matching the section's own heading (or, at the top, the page title). */
const HEADING_BONUS = 3;
/** Matching the title of the page the section is on. */
const TITLE_BONUS = 1;
/** Prefix expansions of one query word: enough for "a" on a large site. */
const MAX_EXPANSIONS = 400;
const SNIPPET_WORDS = 28;
const SNIPPET_WORDS_BEFORE = 8;

/** The query words, without stopwords, except the word still being typed. */
function queryTerms(query: string, stopwords: ReadonlySet<string>): string[] {
  const words = foldedWords(query);
  const typing = /[\p{L}\p{N}]$/u.test(query) ? words[words.length - 1] : undefined;
  return [...new Set(words.filter((word) => word === typing || !stopwords.has(word)))];
}

/**
 * Search over one locale's index (fetched by useSearchEngine). FlexSearch holds the index's vocabulary
 * with forward (prefix) tokenisation, so "трафик" finds "трафикът" and
 * "kizsakmanyolas" finds "kizsákmányolás"; the postings then say which
 * sections hold each matching term. Every query word must match (a word
 * matches a term it is the beginning of); sections are ranked by how rare
 * the matched terms are, with a bonus for matches in headings and titles.
 */
export class SearchEngine {
  // Terms and query words are folded already (textFolding.ts), so the encoder
  // only has to take each as it is: half the time of FlexSearch's own folding.
  private readonly vocabulary = new FlexSearch.Index({
    tokenize: 'forward',
    encoder: new FlexSearch.Encoder({
      normalize: false,
      split: false,
      dedupe: false,
      numeric: false,
      cache: false,
      minlength: 1,
    }),
  });
  private readonly terms: string[];
  private readonly encodedPostings: string[];
  private readonly postingsCache = new Map<number, number[]>();
  private readonly stopwords: ReadonlySet<string>;
  private readonly headingWords: string[][];
  private readonly titleWords: string[][];
  /** Where each page's sections start in `index.sections`. */
  private readonly firstSectionOfPage: number[] = [];
  private readonly texts = new Map<string, Promise<readonly string[]>>();

  private constructor(
    readonly index: SearchIndexFile,
    private readonly baseUrl: string,
  ) {
    this.terms = index.terms ? index.terms.split(' ') : [];
    this.encodedPostings = index.postings ? index.postings.split(' ') : [];
    this.terms.forEach((term, id) => this.vocabulary.add(id, term));
    this.stopwords = new Set(index.stopwords);
    this.titleWords = index.pages.map((page) => foldedWords(page.title));
    this.headingWords = index.sections.map(([page, , heading], section) => {
      if (this.firstSectionOfPage[page] === undefined) this.firstSectionOfPage[page] = section;
      return heading ? foldedWords(heading) : this.titleWords[page]!;
    });
  }

  /** An engine over an index already in memory; page texts are fetched from `baseUrl`. */
  static fromIndex(index: SearchIndexFile, baseUrl: string): SearchEngine {
    return new SearchEngine(index, baseUrl);
  }

  private postings(termId: number): number[] {
    let sections = this.postingsCache.get(termId);
    if (!sections) {
      sections = decodePostings(this.encodedPostings[termId] ?? '');
      this.postingsCache.set(termId, sections);
    }
    return sections;
  }

  /** Best score of one query word in each section it matches. */
  private scoresOf(word: string): Map<number, number> {
    const scores = new Map<number, number>();
    const sectionCount = this.index.sections.length;
    const termIds = this.vocabulary.search(word, { limit: MAX_EXPANSIONS }) as number[];
    for (const termId of termIds) {
      const sections = this.postings(termId);
      const rarity = Math.log(1 + sectionCount / sections.length);
      const score = rarity * (this.terms[termId] === word ? 1 : PREFIX_WEIGHT);
      for (const section of sections)
        scores.set(section, Math.max(scores.get(section) ?? 0, score));
    }
    // A heading holds the word even where it is a stopword left out of the postings.
    this.headingWords.forEach((words, section) => {
      if (words.some((heading) => heading.startsWith(word)))
        scores.set(section, (scores.get(section) ?? 0) + HEADING_BONUS);
    });
    this.index.sections.forEach(([page], section) => {
      if (scores.has(section) && this.titleWords[page]!.some((title) => title.startsWith(word)))
        scores.set(section, scores.get(section)! + TITLE_BONUS);
    });
    return scores;
  }

  search(query: string, limit = 50): SearchResult[] {
    const words = queryTerms(query, this.stopwords);
    if (words.length === 0) return [];
    const perWord = words.map((word) => this.scoresOf(word));
    const total = new Map<number, number>();
    for (const [section, score] of perWord[0]!) {
      if (perWord.every((scores) => scores.has(section)))
        total.set(
          section,
          perWord.reduce(
            (sum, scores) => sum + scores.get(section)!,
            score - perWord[0]!.get(section)!,
          ),
        );
    }
    return [...total]
      .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a - b)
      .slice(0, limit)
      .map(([section, score]) => {
        const [pageNumber, anchor, heading] = this.index.sections[section]!;
        const page = this.index.pages[pageNumber]!;
        return { page, heading, section, score, url: anchor ? `${page.url}#${anchor}` : page.url };
      });
  }

  private textsOf(page: IndexedPage): Promise<readonly string[]> {
    let texts = this.texts.get(page.texts);
    if (!texts) {
      texts = fetch(`${this.baseUrl}${page.texts}`).then((response) => {
        if (!response.ok) throw new Error(`${page.texts}: HTTP ${response.status}`);
        return response.json() as Promise<string[]>;
      });
      // A failed fetch (offline) may be tried again later.
      texts.catch(() => this.texts.delete(page.texts));
      this.texts.set(page.texts, texts);
    }
    return texts;
  }

  /** The words of the result's section around the first match of the query. */
  async snippet(result: SearchResult, query: string): Promise<Snippet> {
    const pageNumber = this.index.sections[result.section]![0];
    const texts = await this.textsOf(result.page);
    const text = texts[result.section - this.firstSectionOfPage[pageNumber]!] ?? '';
    const words = queryTerms(query, this.stopwords);
    const spans = [...text.matchAll(WORD_PATTERN)].map((found) => ({
      start: found.index,
      end: found.index + found[0].length,
      match: words.some((word) => foldText(found[0]).startsWith(word)),
    }));
    if (spans.length === 0) return [];
    const firstMatch = Math.max(
      0,
      spans.findIndex((span) => span.match),
    );
    const from = Math.max(0, firstMatch - SNIPPET_WORDS_BEFORE);
    const to = Math.min(spans.length, from + SNIPPET_WORDS);
    const parts: { text: string; match: boolean }[] = [];
    if (from > 0) parts.push({ text: '… ', match: false });
    let cursor = spans[from]!.start;
    for (const span of spans.slice(from, to)) {
      if (span.start > cursor) parts.push({ text: text.slice(cursor, span.start), match: false });
      parts.push({ text: text.slice(span.start, span.end), match: span.match });
      cursor = span.end;
    }
    const end = to < spans.length ? spans[to - 1]!.end : text.length;
    if (end > cursor) parts.push({ text: text.slice(cursor, end), match: false });
    if (to < spans.length) parts.push({ text: ' …', match: false });
    return parts;
  }
}
