/**
 * Part of `npm run build`, after the handout PDFs: makes the site work offline.
 *
 * - build/offline/<locale>.json: every page (from the locale's sitemap), every
 *   handout PDF (build/pdf/<locale>/) and any search index (search-index*) of
 *   the locale, with titles and sizes: what "Save this language" fetches.
 * - build/sw.js (Workbox): precaches the app shell (JS, CSS, icons, the fonts
 *   a certificate PDF embeds) on
 *   install, serves pages and files network-first with the cache as fallback,
 *   and waits for the learner before a new version takes over.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { generateSW } from 'workbox-build';

import { LOCALE_CODES, localePrefix, type Locale } from '../src/config/locales';
import {
  CACHE_ID,
  OFFLINE_CACHE,
  offlinePackPath,
  type OfflineFile,
  type OfflinePack,
} from '../src/config/offline';

const buildDir = path.resolve(import.meta.dirname, '..', 'build');

function fileOfPath(pathname: string): string {
  const relative = decodeURI(pathname).replace(/^\//, '');
  if (relative === '' || relative.endsWith('/')) return path.join(buildDir, relative, 'index.html');
  const html = path.join(buildDir, `${relative}.html`);
  return existsSync(html) ? html : path.join(buildDir, relative, 'index.html');
}

function titleOf(html: string, file: string): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
  if (!title) throw new Error(`${file}: the page has no <title>; every page needs one.`);
  return title
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** search-index* files that belong to the locale: in its folder, or named after it at the root. */
function searchIndexes(locale: Locale): string[] {
  const others = LOCALE_CODES.filter((code) => code !== locale);
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(buildDir, full);
      if (entry.isDirectory()) {
        if (dir === buildDir && (others as string[]).includes(entry.name)) continue;
        if (['assets', 'pdf', 'offline'].includes(relative)) continue;
        walk(full);
      } else if (entry.name.startsWith('search-index') && entry.name.endsWith('.json')) {
        const namedForOther = others.some((code) =>
          new RegExp(`[-_.]${code}([-_.]|$)`).test(entry.name),
        );
        if (!namedForOther) found.push(`/${relative.split(path.sep).join('/')}`);
      }
    }
  };
  walk(path.join(buildDir, localePrefix(locale).replace(/^\//, '')));
  return found;
}

function packOf(locale: Locale): OfflinePack {
  const sitemap = path.join(buildDir, localePrefix(locale), 'sitemap.xml');
  const xml = readFileSync(sitemap, 'utf8');
  const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const hash = createHash('sha256');
  const files: OfflineFile[] = [];
  const add = (url: string, kind: OfflineFile['kind'], file: string, title: string) => {
    const content = readFileSync(file);
    hash.update(url).update(content);
    files.push({ url, kind, title, bytes: content.length });
  };
  for (const pathname of pages) {
    const file = fileOfPath(pathname);
    if (!existsSync(file)) throw new Error(`${sitemap} lists ${pathname}, but ${file} is missing.`);
    add(pathname, 'page', file, titleOf(readFileSync(file, 'utf8'), file));
  }
  const pdfDir = path.join(buildDir, 'pdf', locale);
  if (existsSync(pdfDir))
    for (const name of readdirSync(pdfDir)
      .filter((n) => n.endsWith('.pdf'))
      .sort())
      add(`/pdf/${locale}/${name}`, 'pdf', path.join(pdfDir, name), name);
  for (const url of searchIndexes(locale))
    add(url, 'search-index', path.join(buildDir, url), path.basename(url));
  // The other locales have their own JS, CSS and images (build/<locale>/); the
  // service worker precaches only the default locale's.
  if (localePrefix(locale) !== '')
    for (const url of appShellOf(path.join(buildDir, locale)))
      add(`/${locale}/${url}`, 'asset', path.join(buildDir, locale, url), url);
  return { locale, version: hash.digest('hex').slice(0, 16), files };
}

/**
 * The app shell, relative to a locale's folder of the build: JS, CSS, images
 * (the logo and favicon every page shows) and the fonts a certificate PDF
 * embeds. The default locale's is precached by the service worker; the other
 * locales' is in their offline pack. Without the images, a page opened before
 * the service worker took over had them missing offline.
 */
const APP_SHELL_PATTERNS = [
  'assets/js/*.js',
  'assets/css/*.css',
  'img/**/*.{svg,png}',
  'fonts/certificate/*.ttf',
];

function appShellOf(localeDir: string): string[] {
  return globSync(APP_SHELL_PATTERNS, { cwd: localeDir }).sort();
}

async function main(): Promise<void> {
  const built = LOCALE_CODES.filter((locale) =>
    existsSync(path.join(buildDir, localePrefix(locale), 'sitemap.xml')),
  );
  if (built.length === 0)
    throw new Error('No production build in build/: run docusaurus build first.');
  mkdirSync(path.join(buildDir, 'offline'), { recursive: true });
  for (const locale of built) {
    const pack = packOf(locale);
    writeFileSync(path.join(buildDir, offlinePackPath(locale)), JSON.stringify(pack));
    const kb = Math.round(pack.files.reduce((sum, f) => sum + f.bytes, 0) / 1024);
    const count = (kind: string) => pack.files.filter((f) => f.kind === kind).length;
    console.log(
      `offline/${locale}.json: ${count('page')} pages, ${count('pdf')} PDFs, ` +
        `${count('search-index')} search indexes, ${count('asset')} JS/CSS/image/font files, ${kb} KiB`,
    );
  }

  const { count, size, warnings } = await generateSW({
    swDest: path.join(buildDir, 'sw.js'),
    globDirectory: buildDir,
    // The app shell, shared by every locale. Pages and PDFs are cached per locale (see above).
    globPatterns: [...APP_SHELL_PATTERNS, 'manifest.webmanifest'],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // Hashed file names: no need to add a revision to them.
    dontCacheBustURLsMatching: /^assets\//,
    cacheId: CACHE_ID,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    // A new version waits until the learner chooses to reload (src/lib/offline/).
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        // Pages, PDFs, search indexes, the offline lists: fresh when online, from the cache when not.
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && !/^\/([a-z]{2}\/)?assets\//.test(url.pathname) && url.pathname !== '/sw.js',
        handler: 'NetworkFirst',
        options: {
          cacheName: OFFLINE_CACHE,
          networkTimeoutSeconds: 6,
          // /certificate?quiz=… is the same page as /certificate.
          matchOptions: { ignoreSearch: true },
        },
      },
      {
        // Hashed files that are not precached: the other locales' JS and CSS.
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && /^\/([a-z]{2}\/)?assets\//.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: OFFLINE_CACHE },
      },
    ],
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  console.log(`sw.js: precaches ${count} files of the app shell, ${Math.round(size / 1024)} KiB`);
  if (statSync(path.join(buildDir, 'sw.js')).size === 0) throw new Error('build/sw.js is empty.');
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
