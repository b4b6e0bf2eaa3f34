import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

import { DOCS_INSTANCES } from '../translation-status/sourceHash';

/** The docs instances' URL bases, by English source folder (docusaurus.config.ts). */
const ROUTE_BASES: Readonly<Record<string, string>> = { docs: '/docs', trainers: '/trainers' };

interface BrokenLink {
  /** The linking file, relative to the site (as Docusaurus reports it). */
  readonly sourceFilePath: string;
  readonly url: string;
}

/** The English file a page stands for: itself, or the English source of a translation. */
function englishFileOf(sourceFilePath: string): string {
  const file = sourceFilePath.split(path.sep).join('/');
  const match = /^i18n\/[^/]+\/(.+)$/.exec(file);
  if (!match) return file;
  for (const instance of DOCS_INSTANCES)
    if (match[1]!.startsWith(`${instance.i18nDir}/`))
      return `${instance.sourceDir}/${match[1]!.slice(instance.i18nDir.length + 1)}`;
  return file;
}

/** The permalink of an English docs file, without locale: front matter slug, index pages, or its path. */
function permalinkOf(siteDir: string, englishFile: string): string | undefined {
  const [sourceDir, ...rest] = englishFile.split('/');
  const routeBase = ROUTE_BASES[sourceDir!];
  if (!routeBase) return undefined;
  const slug = matter(readFileSync(path.join(siteDir, englishFile), 'utf8')).data.slug as
    string | undefined;
  const relative = rest.join('/').replace(/\.mdx?$/, '');
  const route = slug?.startsWith('/')
    ? slug
    : `/${relative.replace(/(^|\/)index$/, '')}`.replace(/\/$/, '') || '/';
  return route === '/' ? routeBase : `${routeBase}${route}`;
}

/**
 * Resolves a file link that Docusaurus cannot resolve because it crosses the
 * line between a translated page and one still in English. In a locale's
 * build, Docusaurus looks for a link's target among the files of the same
 * kind: a translated page links to translations, an English fallback page to
 * English files, and a link from one to the other is "broken". Translation
 * goes page by page, so such links are the rule until a locale is complete.
 *
 * The link is resolved against the English files (every page has one, and
 * the translated page takes its address): the result is the target's address,
 * which the site shows in the locale being built, with its #anchor (translations keep the English
 * heading ids). A link to a file that does not exist in English still fails
 * the build, naming the file and the link; the post-build link checker then
 * checks every address and anchor as usual.
 */
export function createCrossTranslationLinkResolver(siteDir: string) {
  return ({ sourceFilePath, url }: BrokenLink): string => {
    const englishSource = englishFileOf(
      path.relative(siteDir, path.resolve(siteDir, sourceFilePath)),
    );
    const parsed = new URL(url, 'file:///');
    const target = path.posix.normalize(
      path.posix.join(
        path.posix.dirname(englishSource),
        decodeURIComponent(url.replace(/[?#].*$/, '')),
      ),
    );
    const permalink = existsSync(path.join(siteDir, target))
      ? permalinkOf(siteDir, target)
      : undefined;
    if (!permalink)
      throw new Error(
        `${sourceFilePath}: the link "${url}" points to ${target}, which is not a page of docs/ or trainers/. Fix the path (relative to the English file ${englishSource}).`,
      );
    // Without the locale: like any site-absolute link in Markdown, the locale's base URL is added.
    return `${permalink}${parsed.search}${parsed.hash}`;
  };
}
