/**
 * Offline use: names shared by the build (scripts/build-offline.ts), the
 * service worker it generates, and the page code (src/lib/offline/).
 */

/** The one runtime cache: pages, handout PDFs and search indexes saved for offline use. */
export const OFFLINE_CACHE = 'vftf-offline';
/** Workbox's precache of the app shell (JS, CSS, certificate fonts, icons) is named "vftf-precache-…". */
export const CACHE_ID = 'vftf';
export const SERVICE_WORKER_PATH = '/sw.js';

/** What the build says a locale needs offline: /offline/<locale>.json. */
export const offlinePackPath = (locale: string) => `/offline/${locale}.json`;
/** Where the page records which pack it finished saving (a key in OFFLINE_CACHE, never fetched). */
export const savedPackKey = (locale: string) => `/offline/${locale}.saved.json`;

/** 'asset': JS, CSS and certificate fonts of a locale other than the default (whose are precached). */
export type OfflineFileKind = 'page' | 'pdf' | 'search-index' | 'asset';

export interface OfflineFile {
  readonly url: string;
  readonly kind: OfflineFileKind;
  /** The page's <title>, or the file's name. */
  readonly title: string;
  readonly bytes: number;
}

export interface OfflinePack {
  readonly locale: string;
  /** Changes whenever any file of the pack changes. */
  readonly version: string;
  readonly files: readonly OfflineFile[];
}
