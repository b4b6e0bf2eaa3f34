import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

import { LOCALE_CODES, localePrefix, type Locale } from '../../src/config/locales';
import { collectStatus } from '../../src/plugins/translation-status/collectStatus';

const buildDir = path.resolve(__dirname, '../../build');

/** Pathnames listed in a locale's sitemap of the production build. */
export function sitemapPaths(locale: Locale): string[] {
  const file = path.join(buildDir, localePrefix(locale), 'sitemap.xml');
  if (!existsSync(file))
    throw new Error(`${file} is missing: build all locales with "npm run build"`);
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

export const ALL_LOCALES = LOCALE_CODES;

/**
 * The addresses of a locale's learner pages still in English, from the
 * translation status (the same files i18n:status reads), so that a test of
 * an untranslated page keeps one while the translations grow.
 */
export function untranslatedPages(locale: Locale): string[] {
  const row = collectStatus(path.resolve(__dirname, '../..')).find(
    (candidate) => candidate.locale === locale,
  )!;
  return row.missing
    .filter((file) => file.startsWith('docs/'))
    .map((file) => `/${locale}/${file.replace(/\.mdx?$/, '').replace(/\/index$/, '')}`);
}

/** A locale's UI strings (i18n/<locale>/code.json), by id, as its site shows them. */
export type UiMessages = Record<string, { message: string }>;

export function uiMessages(locale: string): UiMessages {
  return JSON.parse(
    readFileSync(path.resolve(__dirname, `../../i18n/${locale}/code.json`), 'utf8'),
  ) as UiMessages;
}

/** Waits until React has hydrated the server-rendered page. */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('html[data-has-hydrated="true"]')).toBeAttached();
}

interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
}

/**
 * `page` that records console errors, uncaught exceptions and every request
 * that leaves 127.0.0.1, and fails the test if there were any. Learners must
 * not be tracked and the site must work without any other host.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page }, use) => {
    const problems: PageProblems = { consoleErrors: [], foreignRequests: [] };
    page.on('console', (message) => {
      // Playwright's own note where a spec blocks the service worker (playwright.config.ts).
      if (message.text() === 'Service Worker registration blocked by Playwright') return;
      if (message.type() === 'error' || message.type() === 'warning') {
        // "Failed to load resource" names no resource: its location does.
        const where = message.text().startsWith('Failed to load resource')
          ? ` (${message.location().url})`
          : '';
        problems.consoleErrors.push(`${message.type()}: ${message.text()}${where}`);
      }
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (['data:', 'blob:', 'about:'].includes(url.protocol)) return;
      if (url.hostname !== '127.0.0.1') problems.foreignRequests.push(request.url());
    });
    await use(problems);
    expect(problems.consoleErrors, 'console errors and warnings').toEqual([]);
    expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
  },
});

export { expect };
