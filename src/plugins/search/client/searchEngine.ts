import FlexSearch from 'flexsearch-light';

import type { IndexedPage, SearchIndexFile } from '../indexFormat';
import { decodePostings } from '../postingsCodec';
import { stemmerFor, stemmerLanguage, type Stemmer, type Stemmers } from '../stemming';
import { WORD_PATTERN, foldText, searchTerm, searchWords, type SearchWord } from '../textFolding';

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
/** How many letters a query word that matches nothing may be cut back by (see rescue). */
const RESCUE_LETTERS = 4;
/** Queries whose matches are kept for their snippets. */
const RECENT_QUERIES = 4;
const SNIPPET_WORDS = 28;
const SNIPPET_WORDS_BEFORE = 8;

/** One word of the query, as it is matched. */
interface QueryWord {
  /** As typed, in lower case. */
  readonly typed: string;
  /** Folded as typed: the beginning of a term in any section (search as you type). */
  readonly folded: string;
  /** Stemmed in the site's language: a term in a section in that language. */
  readonly local: string;
  /** Stemmed as English: a term in a section of a page still in English. */
  readonly english: string;
}

/** What one query word matches. */
interface WordMatch {
  readonly word: QueryWord;
  /** Terms that match whole, found by rescue when nothing else matched. */
  readonly rescued: ReadonlySet<string>;
  /** Best score of the word in each section it matches. */
  readonly scores: Map<number, number>;
}

/**
 * Search over one locale's index (fetched by useSearchEngine). FlexSearch
 * holds the index's vocabulary (stems, see textFolding.ts) with forward
 * (prefix) tokenisation; the postings then say which sections hold each
 * matching term. Every query word must match. A word matches a term that
 * begins with the word as typed, so "smug" finds "smuggling" and
 * "kizsakmanyolas" finds "kizsákmányolás"; and the term that is the word's
 * stem in the section's language, so "emberkereskedelmet" finds
 * "emberkereskedelem": the site's language's stem in sections in that
 * language, the English stem in pages still in English. A stem matches whole,
 * not as a beginning: a short stem ("jel" of "jelekre") would otherwise find
 * every longer word that starts with it ("jelentés"). Sections are ranked by
 * how rare the matched terms are, with a bonus for matches in headings and
 * titles.
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
  private readonly termIds: Map<string, number>;
  private readonly encodedPostings: string[];
  private readonly postingsCache = new Map<number, number[]>();
  private readonly stopwords: ReadonlySet<string>;
  private readonly localStem: Stemmer;
  private readonly englishStem: Stemmer;
  /** Whether each page is in English: its terms are English stems. */
  private readonly englishPage: boolean[];
  private readonly headingWords: SearchWord[][];
  private readonly titleWords: SearchWord[][];
  /** Where each page's sections start in `index.sections`. */
  private readonly firstSectionOfPage: number[] = [];
  private readonly texts = new Map<string, Promise<readonly string[]>>();
  /**
   * The matches of the last queries, which their snippets need again (the
   * navbar box and the search page may each have one).
   */
  private readonly recentMatches = new Map<string, WordMatch[]>();

  private constructor(
    readonly index: SearchIndexFile,
    private readonly baseUrl: string,
    stemmers: Stemmers,
  ) {
    this.terms = index.terms ? index.terms.split(' ') : [];
    this.termIds = new Map(this.terms.map((term, id) => [term, id]));
    this.encodedPostings = index.postings ? index.postings.split(' ') : [];
    this.terms.forEach((term, id) => this.vocabulary.add(id, term));
    this.stopwords = new Set(index.stopwords);
    this.localStem = stemmerFor(stemmers, index.locale);
    this.englishStem = stemmerFor(stemmers, 'en');
    this.englishPage = index.pages.map((page) => stemmerLanguage(page.lang) === 'en');
    this.titleWords = index.pages.map((page, pageNumber) =>
      searchWords(page.title, this.stemOfPage(pageNumber)),
    );
    this.headingWords = index.sections.map(([page, , heading], section) => {
      if (this.firstSectionOfPage[page] === undefined) this.firstSectionOfPage[page] = section;
      return heading ? searchWords(heading, this.stemOfPage(page)) : this.titleWords[page]!;
    });
  }

  /**
   * An engine over an index already in memory; page texts are fetched from
   * `baseUrl`. `stemmers` must hold the stemmers of the index's locale and of
   * English (see loadStemmers).
   */
  static fromIndex(index: SearchIndexFile, baseUrl: string, stemmers: Stemmers): SearchEngine {
    return new SearchEngine(index, baseUrl, stemmers);
  }

  /**
   * The stemmer a page's words are matched with: English for a page in
   * English, else the site's language (the builder stemmed any other language
   * with its own stemmer, which the browser does not load).
   */
  private stemOfPage(page: number): Stemmer {
    return this.englishPage[page] ? this.englishStem : this.localStem;
  }

  private queryWord(word: string): QueryWord {
    return {
      typed: word.normalize('NFC').toLowerCase(),
      folded: foldText(word),
      local: searchTerm(word, this.localStem),
      english: searchTerm(word, this.englishStem),
    };
  }

  /** The query words, without stopwords, except the word still being typed. */
  private queryWords(query: string): QueryWord[] {
    const words = query.match(WORD_PATTERN) ?? [];
    const typing = /[\p{L}\p{M}\p{N}]$/u.test(query) ? words[words.length - 1] : undefined;
    const queryWords = new Map<string, QueryWord>();
    for (const word of words) {
      const folded = foldText(word);
      if (queryWords.has(folded) || (word !== typing && this.stopwords.has(folded))) continue;
      queryWords.set(folded, this.queryWord(word));
    }
    return [...queryWords.values()];
  }

  private postings(termId: number): number[] {
    let sections = this.postingsCache.get(termId);
    if (!sections) {
      sections = decodePostings(this.encodedPostings[termId] ?? '');
      this.postingsCache.set(termId, sections);
    }
    return sections;
  }

  /**
   * The stems of a word, each with the pages it is matched in (true: English
   * pages; false: the others; undefined: all). A stem that is the word as
   * typed is left out: the word's beginning already matches it.
   */
  private stems(word: QueryWord): [string, boolean | undefined][] {
    const stems: [string, boolean | undefined][] =
      word.local === word.english
        ? [[word.local, undefined]]
        : [
            [word.local, false],
            [word.english, true],
          ];
    return stems.filter(([stem]) => stem !== word.folded);
  }

  /** Adds the sections of a term, within the pages `english` says (all if undefined). */
  private score(
    scores: Map<number, number>,
    termId: number,
    english: boolean | undefined,
    weight: number,
  ) {
    const sections = this.postings(termId);
    const score = Math.log(1 + this.index.sections.length / sections.length) * weight;
    for (const section of sections) {
      if (english !== undefined && this.englishPage[this.index.sections[section]![0]] !== english)
        continue;
      scores.set(section, Math.max(scores.get(section) ?? 0, score));
    }
  }

  /**
   * The terms of the word as it was a few letters earlier, when nothing
   * else matches: the longest beginning of the word, leaving off at most
   * RESCUE_LETTERS letters and less than half, whose folded form or stem is a
   * term. It rescues a word typed past its stem ("smugglin", whose stem is
   * "smuggl"; "признацит" on its way from "признаци" to "признаците"), an
   * ending typed without its accents ("kizsakmanyolasrol") and a word in a
   * language whose stemmer is not loaded.
   */
  private rescue(word: QueryWord): [number, boolean | undefined][] {
    const letters = [...word.typed];
    const shortest = Math.max(3, Math.ceil(letters.length / 2), letters.length - RESCUE_LETTERS);
    for (let length = letters.length - 1; length >= shortest; length--) {
      const beginning = this.queryWord(letters.slice(0, length).join(''));
      const forms: [string, boolean | undefined][] = [
        [beginning.folded, undefined],
        ...this.stems(beginning),
      ];
      const found = forms.flatMap(([form, english]): [number, boolean | undefined][] => {
        const termId = this.termIds.get(form);
        return termId === undefined ? [] : [[termId, english]];
      });
      if (found.length > 0) return found;
    }
    return [];
  }

  /** Whether a word of a heading or a text, on a page in English or not, matches. */
  private static matches(match: WordMatch, word: SearchWord, english: boolean): boolean {
    const { folded, local, english: englishStem } = match.word;
    return (
      word.folded.startsWith(folded) ||
      word.term === (english ? englishStem : local) ||
      match.rescued.has(word.term)
    );
  }

  private matchOf(word: QueryWord): WordMatch {
    const scores = new Map<number, number>();
    const termIds = this.vocabulary.search(word.folded, { limit: MAX_EXPANSIONS }) as number[];
    for (const termId of termIds)
      this.score(scores, termId, undefined, this.terms[termId] === word.folded ? 1 : PREFIX_WEIGHT);
    for (const [stem, english] of this.stems(word)) {
      const termId = this.termIds.get(stem);
      if (termId !== undefined) this.score(scores, termId, english, 1);
    }
    const rescued = new Set<string>();
    if (scores.size === 0) {
      for (const [termId, english] of this.rescue(word)) {
        rescued.add(this.terms[termId]!);
        this.score(scores, termId, english, PREFIX_WEIGHT);
      }
    }
    const match = { word, rescued, scores };
    // A heading holds the word even where it is a stopword left out of the postings.
    this.headingWords.forEach((words, section) => {
      const english = this.englishPage[this.index.sections[section]![0]]!;
      if (words.some((heading) => SearchEngine.matches(match, heading, english)))
        scores.set(section, (scores.get(section) ?? 0) + HEADING_BONUS);
    });
    this.index.sections.forEach(([page], section) => {
      if (
        scores.has(section) &&
        this.titleWords[page]!.some((title) =>
          SearchEngine.matches(match, title, this.englishPage[page]!),
        )
      )
        scores.set(section, scores.get(section)! + TITLE_BONUS);
    });
    return match;
  }

  private matchesOf(query: string): WordMatch[] {
    let matches = this.recentMatches.get(query);
    if (!matches) {
      matches = this.queryWords(query).map((word) => this.matchOf(word));
      if (this.recentMatches.size >= RECENT_QUERIES)
        this.recentMatches.delete(this.recentMatches.keys().next().value!);
      this.recentMatches.set(query, matches);
    }
    return matches;
  }

  /**
   * Whether the index holds pages in English: on a translated site, pages not
   * translated yet, which a word in English can still find.
   */
  get holdsEnglishPages(): boolean {
    return this.englishPage.some(Boolean);
  }

  search(query: string, limit = 50): SearchResult[] {
    const perWord = this.matchesOf(query).map((match) => match.scores);
    if (perWord.length === 0) return [];
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
    const matches = this.matchesOf(query);
    const stem = this.stemOfPage(pageNumber);
    const english = this.englishPage[pageNumber]!;
    const spans = [...text.matchAll(WORD_PATTERN)].map((found) => ({
      start: found.index,
      end: found.index + found[0].length,
      word: found[0],
    }));
    if (spans.length === 0) return [];
    // Stemming every word of a long section would be wasted: only those up to
    // the first match and in the snippet are looked at.
    const matched = new Map<number, boolean>();
    const isMatch = (i: number) => {
      let match = matched.get(i);
      if (match === undefined) {
        const word = spans[i]!.word;
        const searchWord = { folded: foldText(word), term: searchTerm(word, stem) };
        match = matches.some((wordMatch) => SearchEngine.matches(wordMatch, searchWord, english));
        matched.set(i, match);
      }
      return match;
    };
    let firstMatch = 0;
    while (firstMatch < spans.length && !isMatch(firstMatch)) firstMatch++;
    if (firstMatch === spans.length) firstMatch = 0;
    const from = Math.max(0, firstMatch - SNIPPET_WORDS_BEFORE);
    const to = Math.min(spans.length, from + SNIPPET_WORDS);
    const parts: { text: string; match: boolean }[] = [];
    if (from > 0) parts.push({ text: '… ', match: false });
    let cursor = spans[from]!.start;
    for (let i = from; i < to; i++) {
      const span = spans[i]!;
      if (span.start > cursor) parts.push({ text: text.slice(cursor, span.start), match: false });
      parts.push({ text: span.word, match: isMatch(i) });
      cursor = span.end;
    }
    const end = to < spans.length ? spans[to - 1]!.end : text.length;
    if (end > cursor) parts.push({ text: text.slice(cursor, end), match: false });
    if (to < spans.length) parts.push({ text: ' …', match: false });
    return parts;
  }
}
