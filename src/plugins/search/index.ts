import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext, OptionValidationContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';

import { buildSearchIndex, type PageToIndex } from './buildSearchIndex';
import { extractSections } from './extractSections';
import { FLEXSEARCH_LIGHT } from './flexsearchLight';
import { ruleFor, validateSearchOptions, type SearchOptions } from './options';
import { loadStemmers } from './stemming';

const pluginDir = path.dirname(fileURLToPath(import.meta.url));

/** The built HTML file of a route of the locale being built. */
function htmlFileOf(outDir: string, relativePath: string): string | undefined {
  const candidates =
    relativePath === ''
      ? ['index.html']
      : [`${relativePath}.html`, path.join(relativePath, 'index.html')];
  return candidates.map((file) => path.join(outDir, file)).find((file) => existsSync(file));
}

/**
 * Full-text search with FlexSearch, shaped like Docusaurus's official search
 * themes: the theme components `SearchBar` (the navbar box) and `SearchPage`
 * (at /search), and, after each locale's build, an index of that locale's
 * built pages written to `<locale base URL>/search-index.json`. The browser
 * loads it the first time the learner opens search, never on page load.
 */
export default function searchPlugin(
  context: LoadContext,
  pluginOptions: unknown,
): Plugin<unknown> {
  // Docusaurus has validated them with validateOptions below.
  const options = pluginOptions as SearchOptions;
  const { baseUrl, i18n } = context;
  return {
    name: 'search',

    getThemePath() {
      return path.join(pluginDir, 'theme');
    },
    getTypeScriptThemePath() {
      return path.join(pluginDir, 'theme');
    },

    configureWebpack() {
      return { resolve: { alias: { 'flexsearch-light$': FLEXSEARCH_LIGHT } } };
    },

    async contentLoaded({ actions }) {
      actions.addRoute({
        path: normalizeUrl([baseUrl, 'search']),
        component: '@theme/SearchPage',
        exact: true,
      });
    },

    async postBuild({ outDir, routesPaths }) {
      const pages: PageToIndex[] = [];
      for (const routePath of [...new Set(routesPaths)].sort()) {
        if (!routePath.startsWith(baseUrl)) continue;
        const relativePath = routePath.slice(baseUrl.length).replace(/\/$/, '');
        const rule = ruleFor(options, `/${relativePath}`);
        if (!rule) continue;
        const file = htmlFileOf(outDir, relativePath);
        if (!file) continue;
        const page = extractSections(readFileSync(file, 'utf8'));
        if (page) pages.push({ url: routePath, kind: rule.kind, page });
      }
      // The stemmers of the languages the pages are in (the locale's, and English for the pages
      // not yet translated).
      const stemmers = await loadStemmers(pages.map(({ page }) => page.lang));
      const { index, files } = buildSearchIndex(i18n.currentLocale, pages, stemmers);
      for (const [name, content] of files) writeFileSync(path.join(outDir, name), content);
      console.log(
        `[search] ${i18n.currentLocale}: ${index.pages.length} pages, ${index.sections.length} sections indexed`,
      );
    },
  };
}

// Docusaurus validates a plugin's options with this before calling the plugin.
searchPlugin.validateOptions = function validateOptions<T, U>({
  options,
}: OptionValidationContext<T, U>): U {
  return validateSearchOptions(options) as U;
};
