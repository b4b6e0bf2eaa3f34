import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  extractAllSourceCodeFileTranslations,
  getBabelOptions,
  getCustomBabelConfigFilePath,
} from '@docusaurus/babel';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { glob } from 'tinyglobby';

const pluginDir = path.dirname(fileURLToPath(import.meta.url));

/**
 * Theme strings of features this site does not have (blog, tags, versions,
 * draft and unlisted pages, last-updated dates, an announcement bar). No page
 * shows them, yet each language's main script carried them.
 */
export const UNUSED_THEME_PREFIXES = [
  'theme.AnnouncementBar.',
  'theme.blog.',
  'theme.contentVisibility.',
  'theme.docs.tagDocListPageTitle',
  'theme.docs.versionBadge.',
  'theme.docs.versions.',
  'theme.lastUpdated.',
  'theme.navbar.mobileVersionsDropdown.',
  'theme.tags.',
] as const;

/** The ids of the UI strings in each source file of src/ that has any. */
type IdsByFile = ReadonlyMap<string, readonly string[]>;

// Every locale's build reads the same files: they are read once per process.
let idsByFileOnce: Promise<IdsByFile> | undefined;

async function readIdsByFile(siteDir: string): Promise<IdsByFile> {
  const files = await glob(['src/**/*.{js,jsx,ts,tsx}'], {
    cwd: siteDir,
    absolute: true,
    ignore: ['**/*.d.ts'],
  });
  // Docusaurus's own extractor, the one `write-translations` uses.
  const babelOptions = getBabelOptions({
    isServer: true,
    babelOptions: await getCustomBabelConfigFilePath(siteDir),
  });
  const extracted = await extractAllSourceCodeFileTranslations(files, babelOptions);
  const idsByFile = new Map<string, string[]>();
  for (const { sourceCodeFilePath, translations } of extracted) {
    // Theme ids stay in the main script: theme components use them too.
    const ids = Object.keys(translations).filter((id) => !id.startsWith('theme.'));
    if (ids.length > 0) idsByFile.set(path.resolve(sourceCodeFilePath), ids);
  }
  return idsByFile;
}

/**
 * Each page's UI strings load with its code, not in every page's main script.
 *
 * Docusaurus puts every translated UI string of a language (i18n/<locale>/
 * code.json) into the main script of every page: in Bulgarian that was 7 KiB
 * (gzip) of quiz, certificate, offline and progress strings on a module page
 * that shows none of them. In a production build this plugin gives each
 * source file in src/ that has translated strings a generated JSON of its own
 * strings, imported at the top of that file (injectMessagesLoader.cjs), and
 * removes those strings from the main script (pruneMessagesLoader.cjs). The
 * strings then arrive in the same chunk as the code that shows them, before
 * it renders, in the server render and in the browser alike. English pages
 * are unchanged: English strings are the default messages in the code.
 *
 * The development server keeps Docusaurus's behaviour: it rebuilds on edits,
 * and the gain is for visitors.
 */
export default function pageTranslationsPlugin(context: LoadContext): Plugin<unknown> {
  const { siteDir, generatedFilesDir } = context;
  const messageFiles: Record<string, string> = {};
  let moved: string[] = [];
  const production = process.env.NODE_ENV === 'production';

  return {
    name: 'page-translations',

    async loadContent() {
      if (!production) return undefined;
      idsByFileOnce ??= readIdsByFile(siteDir);
      return idsByFileOnce;
    },

    async contentLoaded({ content: loaded, actions }) {
      const content = loaded as IdsByFile | undefined;
      if (!content) return;
      const translated = context.codeTranslations;
      const movedIds = new Set<string>();
      for (const [file, ids] of content) {
        const messages = Object.fromEntries(
          ids.filter((id) => id in translated).map((id) => [id, translated[id]!]),
        );
        if (Object.keys(messages).length === 0) continue;
        ids.forEach((id) => movedIds.add(id));
        const name = path.relative(siteDir, file).replace(/[\\/.]/g, '_');
        messageFiles[file] = await actions.createData(`${name}.json`, JSON.stringify(messages));
      }
      moved = [...movedIds];
    },

    configureWebpack() {
      if (!production) return {};
      return {
        module: {
          rules: [
            {
              test: /\.[cm]?[jt]sx?$/,
              include: [path.join(siteDir, 'src')],
              // Before the TypeScript/JSX loader: the import lines are plain JavaScript.
              enforce: 'pre',
              use: [
                {
                  loader: path.join(pluginDir, 'injectMessagesLoader.cjs'),
                  options: { messageFiles, addMessages: path.join(pluginDir, 'addMessages.ts') },
                },
              ],
            },
            {
              test: /[\\/]codeTranslations\.json$/,
              include: [generatedFilesDir],
              use: [
                {
                  loader: path.join(pluginDir, 'pruneMessagesLoader.cjs'),
                  options: { moved, unusedPrefixes: UNUSED_THEME_PREFIXES },
                },
              ],
            },
          ],
        },
      };
    },
  };
}
