import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';

import { LOCALE_CODES } from '../../config/locales';
import { slideDeckPath } from '../../config/slides';
import { loadSlideDecks, type DeckSource } from './loadSlides';
import type { Deck } from './schema';

export interface SlideDeckRouteData {
  readonly id: string;
  readonly deck: Deck;
  /** Locale of the text: the page's locale, or English when the deck has no translation. */
  readonly textLocale: string;
  /** Locales that have the deck, so the page can offer their PDF and PowerPoint files. */
  readonly locales: readonly string[];
}

/** What the day pages need of every deck (global data, a few hundred bytes). */
export interface SlideDeckSummary {
  readonly id: string;
  readonly title: string;
  readonly day: Deck['day'];
  readonly time: string;
  readonly exercise?: string;
  readonly locales: readonly string[];
}

/**
 * Loads and validates every deck in `slides/` and adds a presenter page per deck at
 * /trainers/slides/<id>. The build then renders each deck to a 16:9 PDF and a PowerPoint
 * file (scripts/render-print-files.ts).
 */
export default function slidesPlugin(context: LoadContext): Plugin<unknown> {
  const { siteDir, i18n, baseUrl } = context;
  return {
    name: 'slides',

    getPathsToWatch() {
      return [`${siteDir}/slides/**/*.yaml`];
    },

    async loadContent() {
      return loadSlideDecks(siteDir, LOCALE_CODES);
    },

    async contentLoaded({ content, actions }) {
      const sources = content as DeckSource[];
      const summaries: SlideDeckSummary[] = [];
      for (const source of sources) {
        const textLocale = source.locales[i18n.currentLocale]
          ? i18n.currentLocale
          : i18n.defaultLocale;
        const deck = source.locales[textLocale]!;
        const data: SlideDeckRouteData = {
          id: source.id,
          deck,
          textLocale,
          locales: Object.keys(source.locales),
        };
        const dataPath = await actions.createData(`slides-${source.id}.json`, JSON.stringify(data));
        actions.addRoute({
          path: normalizeUrl([baseUrl, slideDeckPath(source.id)]),
          component: '@site/src/components/SlideDeck',
          modules: { data: dataPath },
          exact: true,
        });
        summaries.push({
          id: source.id,
          title: deck.title,
          day: deck.day,
          time: deck.time,
          ...(deck.exercise ? { exercise: deck.exercise } : {}),
          locales: data.locales,
        });
      }
      summaries.sort((a, b) => a.day.localeCompare(b.day) || a.time.localeCompare(b.time));
      actions.setGlobalData({ decks: summaries });
    },
  };
}
