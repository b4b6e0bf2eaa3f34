import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import { applyTrailingSlash } from '@docusaurus/utils-common';
import { normalizeUrl } from '@docusaurus/utils';

import { MODULE_HANDOUTS, handoutPath, handoutPdfPath } from '../../config/handouts';
import { EMBED_QUERY, LMS_FORMATS, lmsPackagePath } from '../../config/institutions';
import { MODULES, docIdOf, moduleIdOf, quizPath } from '../../config/modules';
import type { HandoutSource } from '../handouts/loadHandouts';
import type { LoadedQuiz } from '../quizzes/loadQuizzes';
import { hashSourceFile } from '../translation-status/sourceHash';
import type { CatalogFragment, CatalogModuleLocale, TranslationState } from './types';

/** Where each locale's build leaves its part of the catalogue for scripts/build-catalog.ts. */
export const catalogFragmentFile = (generatedFilesDir: string, locale: string) =>
  path.join(generatedFilesDir, 'catalog', `${locale}.json`);

/** The addresses of one module in the current locale, as the institutions page lists them. */
export interface ModuleLinkEntry extends Pick<
  CatalogModuleLocale,
  'title' | 'url' | 'embedUrl' | 'lms' | 'textLocale'
> {
  readonly quiz: { readonly url: string } | null;
}

/** What the institutions page's link table shows: the addresses of every module. */
export type ModuleLinkRows = readonly { readonly id: string; readonly entry: ModuleLinkEntry }[];

/**
 * Written with createData, so that only the institutions page loads it, as
 * `@generated/catalog/default/module-links.json` (src/components/ModuleLinks/).
 * Global data would be in every page's main script: the whole catalogue was
 * 24 kB of it per locale.
 */
export const MODULE_LINKS_FILE = 'module-links.json';

/**
 * Collects, in each locale's build, what the catalogue says about every
 * module, from what the docs, quizzes and handouts plugins have already
 * loaded and validated (nothing is parsed twice). After a successful build of
 * the locale it writes that part to .docusaurus/catalog/<locale>.json;
 * scripts/build-catalog.ts merges the locales into build/catalog.json and
 * validates it against catalog.schema.json.
 */
export default function catalogPlugin(context: LoadContext): Plugin<unknown> {
  const { siteDir, siteConfig, i18n, baseUrl, generatedFilesDir } = context;
  const locale = i18n.currentLocale;
  const absolute = (pathname: string) => `${siteConfig.url.replace(/\/$/, '')}${pathname}`;
  let fragment: CatalogFragment | undefined;

  return {
    name: 'catalog',

    async allContentLoaded({ allContent, actions }) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as
        DocsContent | undefined;
      const docs = docsContent?.loadedVersions[0]?.docs ?? [];
      const quizzes = (allContent.quizzes?.default ?? []) as LoadedQuiz[];
      const handouts = (allContent.handouts?.default ?? []) as HandoutSource[];

      const modules = MODULES.map((module) => {
        const id = moduleIdOf(module);
        const doc = docs.find((candidate) => candidate.id === docIdOf(module));
        if (!doc)
          throw new Error(
            `src/config/modules.ts lists ${module.slug} (docs/${module.file}), but the docs plugin has no such page.`,
          );
        const frontMatter = doc.frontMatter as Record<string, unknown>;
        const quiz = module.quiz ? quizzes.find((candidate) => candidate.id === module.quiz) : null;
        if (module.quiz && !quiz)
          throw new Error(`${module.slug}: its quiz "${module.quiz}" was not loaded.`);
        // An index page's permalink ends in "/"; the served address follows the site's trailingSlash.
        const permalink = applyTrailingSlash(doc.permalink, {
          trailingSlash: siteConfig.trailingSlash,
          baseUrl,
        });
        const translated = doc.source.startsWith('@site/i18n/');
        const translation = (
          translated ? String(frontMatter.translation_status ?? 'unstamped') : 'source'
        ) as TranslationState;
        const textLocale = translated ? locale : i18n.defaultLocale;
        const entry: CatalogModuleLocale = {
          textLocale,
          translation,
          title: doc.title,
          description: doc.description,
          objectives: (frontMatter.objectives as string[] | undefined) ?? [],
          minutes: frontMatter.minutes as number,
          url: absolute(permalink),
          embedUrl: absolute(`${permalink}${EMBED_QUERY}`),
          quiz: quiz
            ? { title: quiz.title, url: absolute(normalizeUrl([baseUrl, quizPath(quiz.id)])) }
            : null,
          handouts: (MODULE_HANDOUTS[id] ?? []).map((handoutId) => {
            const source = handouts.find((candidate) => candidate.id === handoutId);
            if (!source)
              throw new Error(
                `src/config/handouts.ts (MODULE_HANDOUTS.${id}) names the handout "${handoutId}", which is not in handouts/.`,
              );
            const textLocale = source.locales[locale] ? locale : i18n.defaultLocale;
            return {
              id: handoutId,
              title: source.locales[textLocale]!.title,
              textLocale,
              url: absolute(normalizeUrl([baseUrl, handoutPath(handoutId)])),
              pdfUrl: absolute(handoutPdfPath(textLocale, handoutId)),
            };
          }),
          // A package is in the language its text is in: until the page is translated,
          // this locale lists the English package rather than an English one labelled as its own.
          lms:
            module.pageType === 'module'
              ? (Object.fromEntries(
                  LMS_FORMATS.map((format) => [
                    format,
                    absolute(lmsPackagePath(format, textLocale, id)),
                  ]),
                ) as unknown as CatalogModuleLocale['lms'])
              : null,
        };
        const contentHash = hashSourceFile(path.join(siteDir, 'docs', module.file));
        return {
          id,
          slug: module.slug,
          pageType: module.pageType,
          version: quiz ? `${contentHash}.q${quiz.version}` : contentHash,
          chapters: (frontMatter.chapters as string[] | undefined) ?? [],
          quiz: quiz ? { id: quiz.id, version: quiz.version, passMark: quiz.passMark } : null,
          entry,
        };
      });
      fragment = {
        locale,
        siteUrl: siteConfig.url,
        siteVersion: String(siteConfig.customFields?.siteVersion ?? '0.0.0'),
        modules,
      };
      const rows: ModuleLinkRows = modules.map(({ id, entry }) => ({
        id,
        entry: {
          title: entry.title,
          url: entry.url,
          embedUrl: entry.embedUrl,
          lms: entry.lms,
          textLocale: entry.textLocale,
          quiz: entry.quiz ? { url: entry.quiz.url } : null,
        },
      }));
      await actions.createData(MODULE_LINKS_FILE, JSON.stringify(rows));
    },

    async postBuild() {
      if (!fragment) return;
      const file = catalogFragmentFile(generatedFilesDir, locale);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(fragment));
    },
  };
}
