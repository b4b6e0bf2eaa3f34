import {
  OFFLINE_CACHE,
  offlinePackPath,
  savedPackKey,
  type OfflineFile,
  type OfflinePack,
} from '@site/src/config/offline';

/**
 * Saving a locale's pages, handout PDFs and search indexes for offline use,
 * from the page (the service worker then serves them from OFFLINE_CACHE when
 * there is no connection). Only the Cache API is touched: never localStorage,
 * so progress is never affected. One save runs at a time; the /offline page
 * and the automatic save after a first visit share it.
 */

export interface SaveProgress {
  readonly locale: string;
  readonly done: number;
  readonly total: number;
  readonly failed: number;
  readonly running: boolean;
}

export interface OfflineStatus {
  readonly supported: boolean;
  readonly pack?: OfflinePack;
  /** Files of the pack that are in the cache now. */
  readonly saved: ReadonlySet<string>;
  /** Version of the pack last saved completely, if any. */
  readonly savedVersion?: string;
  readonly savedAt?: string;
}

type Listener = (progress: SaveProgress | undefined) => void;
const listeners = new Set<Listener>();
let current: SaveProgress | undefined;
let running: Promise<SaveProgress> | undefined;

function publish(progress: SaveProgress | undefined): void {
  current = progress;
  for (const listener of listeners) listener(progress);
}

export function subscribeToSaving(listener: Listener): () => void {
  listeners.add(listener);
  listener(current);
  return () => listeners.delete(listener);
}

export const offlineSupported = (): boolean =>
  typeof window !== 'undefined' && 'caches' in window && 'serviceWorker' in navigator;

async function fetchPack(locale: string): Promise<OfflinePack> {
  const response = await fetch(offlinePackPath(locale), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${offlinePackPath(locale)}: ${response.status}`);
  return (await response.json()) as OfflinePack;
}

interface SavedMarker {
  readonly version: string;
  readonly savedAt: string;
}

async function savedMarker(cache: Cache, locale: string): Promise<SavedMarker | undefined> {
  try {
    return (await (await cache.match(savedPackKey(locale)))?.json()) as SavedMarker | undefined;
  } catch {
    return undefined;
  }
}

/** What the build offers for the locale and what of it is saved in this browser. */
export async function offlineStatus(locale: string): Promise<OfflineStatus> {
  if (!offlineSupported()) return { supported: false, saved: new Set() };
  const cache = await caches.open(OFFLINE_CACHE);
  let pack: OfflinePack | undefined;
  try {
    pack = await fetchPack(locale); // offline: the service worker answers from the cache
  } catch {
    pack = undefined;
  }
  const saved = new Set<string>();
  for (const file of pack?.files ?? [])
    if (await cache.match(file.url, { ignoreSearch: true })) saved.add(file.url);
  const marker = await savedMarker(cache, locale);
  return { supported: true, pack, saved, savedVersion: marker?.version, savedAt: marker?.savedAt };
}

async function saveFile(cache: Cache, file: OfflineFile): Promise<boolean> {
  try {
    const response = await fetch(file.url, { cache: 'no-cache' });
    if (!response.ok) return false;
    await cache.put(file.url, response);
    return true;
  } catch {
    return false;
  }
}

/** Fetches every file of the locale's pack into the cache, three at a time, reporting progress. */
export function saveForOffline(locale: string): Promise<SaveProgress> {
  if (running) return running;
  running = (async () => {
    try {
      const pack = await fetchPack(locale);
      const cache = await caches.open(OFFLINE_CACHE);
      let done = 0;
      let failed = 0;
      const total = pack.files.length;
      publish({ locale, done, total, failed, running: true });
      const queue = [...pack.files];
      const worker = async () => {
        for (let file = queue.shift(); file; file = queue.shift()) {
          if (!(await saveFile(cache, file))) failed += 1;
          done += 1;
          publish({ locale, done, total, failed, running: true });
        }
      };
      await Promise.all([worker(), worker(), worker()]);
      await cache.put(offlinePackPath(locale), new Response(JSON.stringify(pack)));
      if (failed === 0) {
        const marker: SavedMarker = { version: pack.version, savedAt: new Date().toISOString() };
        await cache.put(savedPackKey(locale), new Response(JSON.stringify(marker)));
      }
      const result = { locale, done, total, failed, running: false };
      publish(result);
      return result;
    } catch {
      const result = { locale, done: 0, total: 0, failed: 1, running: false };
      publish(result);
      return result;
    } finally {
      running = undefined;
    }
  })();
  return running;
}

/**
 * After a first visit (and after each new version of the site): saves the
 * learner's locale in the background, unless the browser asks to save data.
 */
export async function saveAutomatically(locale: string): Promise<void> {
  const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return;
  const cache = await caches.open(OFFLINE_CACHE);
  const marker = await savedMarker(cache, locale);
  const pack = await fetchPack(locale);
  if (marker?.version === pack.version) return;
  await saveForOffline(locale);
}

/** Removes the saved pages, PDFs and search indexes (all locales). The app shell stays. */
export async function removeSavedFiles(): Promise<void> {
  await caches.delete(OFFLINE_CACHE);
  publish(undefined);
}
