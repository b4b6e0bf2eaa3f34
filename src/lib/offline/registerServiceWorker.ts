import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

import { DEFAULT_LOCALE, LOCALE_CODES } from '@site/src/config/locales';
import { SERVICE_WORKER_PATH } from '@site/src/config/offline';
import { reloadRequested, setWaitingWorker } from './updateAvailable';

/**
 * Client module (every page, a few hundred bytes): registers the service
 * worker of the production build, tells the update notice when a new version
 * is waiting, and saves the learner's locale for offline use in the
 * background. Never logs: a browser without service workers simply has no
 * offline use (the /offline page says so).
 */
function localeOfPage(): string {
  const first = window.location.pathname.split('/')[1] ?? '';
  return (LOCALE_CODES as readonly string[]).includes(first) ? first : DEFAULT_LOCALE;
}

function watchForUpdates(registration: ServiceWorkerRegistration): void {
  const hadController = Boolean(navigator.serviceWorker.controller);
  if (registration.waiting && hadController) setWaitingWorker(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      // The first install has no old version to replace: nothing to announce.
      if (installing.state === 'installed' && navigator.serviceWorker.controller)
        setWaitingWorker(installing);
    });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadRequested()) window.location.reload();
  });
}

/**
 * Registration (with the app-shell download it starts) and the background save
 * wait until the page has settled: a few seconds after load, then an idle
 * moment. On a slow phone connection the page the learner opened comes first,
 * and its first taps are not slowed by a download of the whole language.
 */
const SETTLE_MS = 5_000;
function afterPageSettles(): Promise<void> {
  return new Promise((resolve) => {
    window.setTimeout(() => {
      if ('requestIdleCallback' in window)
        window.requestIdleCallback(() => resolve(), { timeout: SETTLE_MS });
      else resolve();
    }, SETTLE_MS);
  });
}

async function register(): Promise<void> {
  try {
    await afterPageSettles();
    const registration = await navigator.serviceWorker.register(SERVICE_WORKER_PATH, {
      scope: '/',
    });
    watchForUpdates(registration);
    await navigator.serviceWorker.ready;
    // A new version is waiting to take over. Saving now would go through the old
    // version and keep it busy, which holds the new one back (on a slow phone, for
    // minutes); the new version saves the language on a later visit.
    if (registration.waiting && navigator.serviceWorker.controller) return;
    const { saveAutomatically } = await import('./saveForOffline');
    await saveAutomatically(localeOfPage());
  } catch {
    // No service worker (blocked, private mode, old browser) or offline now: the site works as before.
  }
}

if (
  ExecutionEnvironment.canUseDOM &&
  process.env.NODE_ENV === 'production' &&
  'serviceWorker' in navigator &&
  window.isSecureContext
) {
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
