import { translate } from '@docusaurus/Translate';

import type { SearchPageKind } from '../../indexFormat';

type SelectMessage = (count: number, pluralMessages: string) => string;

/**
 * Every string of the search UI, in one place (as in Docusaurus's own search
 * themes). Translations live in i18n/<locale>/code.json.
 */
export const searchTranslations = {
  label: () =>
    translate({
      id: 'search.label',
      message: 'Search',
      description: 'Accessible name of the search box in the navbar and on the search page',
    }),
  submit: () =>
    translate({
      id: 'search.submit',
      message: 'Search',
      description: 'Button of the search form on the search page; it moves to the results',
    }),
  placeholder: () =>
    translate({
      id: 'search.placeholder',
      message: 'Search',
      description: 'Placeholder of the navbar search box',
    }),
  shortcutHint: () =>
    translate({
      id: 'search.shortcutHint',
      message: 'Press / to search. Use the arrow keys to choose a result and Enter to open it.',
      description: 'Screen-reader hint of the navbar search box',
    }),
  loading: () =>
    translate({
      id: 'search.loading',
      message: 'Loading search…',
      description: 'Shown while the search index loads',
    }),
  loadError: () =>
    translate({
      id: 'search.loadError',
      message:
        'Search could not be loaded. Check your connection and try again: search works offline only after it has been used once online.',
      description: 'Shown when the search index cannot be fetched',
    }),
  /** `selectMessage` comes from Docusaurus's usePluralForm() in the component. */
  resultCount: (count: number, selectMessage: SelectMessage) =>
    selectMessage(
      count,
      translate(
        {
          id: 'search.resultCount',
          message: '{count} result|{count} results',
          description:
            'Number of results, announced to screen readers; plural forms separated by "|" (see https://docusaurus.io/docs/i18n/tutorial#pluralization); {count} is a number',
        },
        { count },
      ),
    ),
  resultCountFor: (count: number, query: string, selectMessage: SelectMessage) =>
    selectMessage(
      count,
      translate(
        {
          id: 'search.resultCountFor',
          message: '{count} result for “{query}”|{count} results for “{query}”',
          description:
            'Heading of the search page results; plural forms separated by "|"; {count} is a number, {query} what was typed',
        },
        { count, query },
      ),
    ),
  noResults: (query: string) =>
    translate(
      {
        id: 'search.noResults',
        message: 'No results for “{query}”',
        description: 'Shown when a search finds nothing; {query} is what was typed',
      },
      { query },
    ),
  noResultsHelp: () =>
    translate({
      id: 'search.noResultsHelp',
      message:
        'Check the spelling, or try fewer or shorter words: search finds words by their beginning, so “traffick” finds “trafficking”.',
      description: 'Advice on the search page when nothing is found',
    }),
  seeAll: (query: string) =>
    translate(
      {
        id: 'search.seeAll',
        message: 'See all results for “{query}”',
        description: 'Last option of the navbar search list; opens the search page',
      },
      { query },
    ),
  showMore: () =>
    translate({
      id: 'search.showMore',
      message: 'Show more results',
      description: 'Button under the results of the search page',
    }),
  pageTitle: () =>
    translate({
      id: 'search.pageTitle',
      message: 'Search',
      description: 'Title and heading of the search page',
    }),
  pageIntro: () =>
    translate({
      id: 'search.pageIntro',
      message:
        'Search the learning modules, the glossary and the trainer kit of this language version of the site. Pages not yet translated are searched in English. Quiz answers are not searched.',
      description: 'Introduction of the search page',
    }),
  /**
   * Heading of the results in the reader's language, when some are in English. Only translated
   * sites show it, so each translation names its own language ("На български").
   */
  ownLanguageGroup: () =>
    translate({
      id: 'search.group.ownLanguage',
      message: 'In the language of this site',
      description:
        'Search page of a translated site: heading of the results on translated pages. Name your language, e.g. "In het Nederlands"',
    }),
  englishGroup: () =>
    translate({
      id: 'search.group.english',
      message: 'In English: pages not yet translated',
      description: 'Search page: heading of the results on pages that are still in English',
    }),
  fewInLanguage: () =>
    translate({
      id: 'search.fewInLanguage',
      message:
        'Most pages are not yet translated into this language, so a word in it finds little. Their English text is searched too: try the English word.',
      description:
        'Search page of a translated site, when few results are in its language. Name your language.',
    }),
  inEnglish: () =>
    translate({
      id: 'search.inEnglish',
      message: 'in English',
      description: 'Label of a result whose page is not yet translated and is shown in English',
    }),
  kind: (kind: SearchPageKind) =>
    ({
      module: translate({
        id: 'search.kind.module',
        message: 'Module',
        description: 'Label of a search result on a learning module page',
      }),
      case: translate({
        id: 'search.kind.case',
        message: 'Case study',
        description: 'Label of a search result on a case study page',
      }),
      glossary: translate({
        id: 'search.kind.glossary',
        message: 'Glossary',
        description: 'Label of a search result in the glossary',
      }),
      reference: translate({
        id: 'search.kind.reference',
        message: 'About the modules',
        description: 'Label of a search result on a general page (start, about, for institutions)',
      }),
      trainer: translate({
        id: 'search.kind.trainer',
        message: 'Trainer kit',
        description: 'Label of a search result in the trainer kit',
      }),
    })[kind],
};
