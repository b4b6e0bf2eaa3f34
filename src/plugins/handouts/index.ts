import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';

import { LOCALE_CODES } from '../../config/locales';
import { handoutPath } from '../../config/handouts';
import { loadHandoutSources, type HandoutSource } from './loadHandouts';
import { exerciseOrder, handoutGroup, handoutPosition, type HandoutGroup } from './order';
import type { Handout } from './schema';

export interface HandoutRouteData {
  readonly id: string;
  readonly handout: Handout;
  /** Locale of the text: the page's locale, or English when the handout has no translation. */
  readonly textLocale: string;
  /** Locales that have the handout, so the page can offer their PDFs. */
  readonly locales: readonly string[];
}

/** What the kit page needs of every handout (global data, a few hundred bytes). */
export interface HandoutSummary {
  readonly id: string;
  readonly title: string;
  readonly locales: readonly string[];
  /** The training day it is listed under. Summaries come in the order of the day. */
  readonly group: HandoutGroup;
}

/**
 * Loads and validates every handout in `handouts/` and adds a printable page
 * per handout at /trainers/handouts/<id>. The build then renders each page to
 * PDF (scripts/render-print-files.ts).
 */
export default function handoutsPlugin(context: LoadContext): Plugin<unknown> {
  const { siteDir, i18n, baseUrl } = context;
  return {
    name: 'handouts',

    getPathsToWatch() {
      return [`${siteDir}/handouts/**/*.yaml`];
    },

    async loadContent() {
      return loadHandoutSources(siteDir, LOCALE_CODES);
    },

    async contentLoaded({ content, actions }) {
      const sources = content as HandoutSource[];
      const order = exerciseOrder();
      const summaries: (HandoutSummary & { position: [number, number] })[] = [];
      for (const source of sources) {
        const textLocale = source.locales[i18n.currentLocale]
          ? i18n.currentLocale
          : i18n.defaultLocale;
        const handout = source.locales[textLocale]!;
        const data: HandoutRouteData = {
          id: source.id,
          handout,
          textLocale,
          locales: Object.keys(source.locales),
        };
        const dataPath = await actions.createData(
          `handout-${source.id}.json`,
          JSON.stringify(data),
        );
        actions.addRoute({
          path: normalizeUrl([baseUrl, handoutPath(source.id)]),
          component: '@site/src/components/HandoutPage',
          modules: { data: dataPath },
          exact: true,
        });
        summaries.push({
          id: source.id,
          title: handout.title,
          locales: data.locales,
          group: handoutGroup(source.locales.en!),
          position: handoutPosition(source.locales.en!, order),
        });
      }
      summaries.sort(
        (a, b) =>
          a.position[0] - b.position[0] ||
          a.position[1] - b.position[1] ||
          a.title.localeCompare(b.title),
      );
      actions.setGlobalData({
        handouts: summaries.map(({ id, title, locales, group }): HandoutSummary => ({
          id,
          title,
          locales,
          group,
        })),
      });
    },
  };
}
