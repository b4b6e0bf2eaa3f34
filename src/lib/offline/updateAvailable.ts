/**
 * Whether a new version of the site is installed and waiting. The service
 * worker registration (registerServiceWorker.ts) sets it; the update notice
 * shows it. The waiting worker takes over only when the learner reloads.
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let waiting: ServiceWorker | undefined;
let reloading = false;
/** How long "Reload to update" waits for the new version before reloading anyway. */
const UPDATE_RELOAD_FALLBACK_MS = 3000;

export function setWaitingWorker(worker: ServiceWorker): void {
  waiting = worker;
  for (const listener of listeners) listener();
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const updateAvailable = (): boolean => waiting !== undefined;

/** The page reloads once the new version controls it (see registerServiceWorker.ts). */
export function applyUpdate(): void {
  if (!waiting) return;
  reloading = true;
  waiting.postMessage({ type: 'SKIP_WAITING' });
  // The new version can be slow to take over while the old one is still saving
  // pages for offline use; the learner asked to reload, so reload anyway: the
  // waiting version takes over on that load.
  window.setTimeout(() => window.location.reload(), UPDATE_RELOAD_FALLBACK_MS);
}

export const reloadRequested = (): boolean => reloading;
