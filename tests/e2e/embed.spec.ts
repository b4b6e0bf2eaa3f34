import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { Catalog } from '../../src/plugins/catalog/types';
import { expect, test, waitForHydration } from './test-utils';
import { FUND_IN_CREDIT } from '../../src/config/credit';

// The embed view of every module in every built locale. These addresses are
// not in the sitemap: each is the same page as a sitemap entry (its canonical
// link points there), shown without the site's navigation.
const catalog = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../build/catalog.json'), 'utf8'),
) as Catalog;
// axe runs on the English embed view of every module and on one other locale's, in turn, so
// that every locale is covered: the embed view is the same markup in every language, and
// pages.spec.ts already runs axe on every page in every language. (Axe on all 88 took
// 12 minutes of test time.)
const embedUrls = catalog.modules.flatMap((module, index) => {
  const locales = Object.keys(module.locales);
  const others = locales.filter((locale) => locale !== 'en');
  const axeLocales = new Set(['en', others[index % others.length]]);
  return Object.entries(module.locales).map(([locale, entry]) => ({
    id: module.id,
    locale,
    url: new URL(entry.embedUrl),
    axe: axeLocales.has(locale),
  }));
});

test.describe.configure({ mode: 'parallel' });

test('the normal page has the navbar and sidebar the embed view leaves out', async ({ page }) => {
  await page.goto('/docs/definitions');
  await expect(page.locator('.navbar')).toBeVisible();
  await expect(page.locator('.theme-doc-sidebar-container')).toBeVisible();
  await expect(page.locator('.footer__links')).toBeVisible();
});

for (const { id, locale, url, axe: withAxe } of embedUrls) {
  test(`embed view of ${id} in ${locale}: no navigation, the credit line${withAxe ? ', and no axe violations' : ''}`, async ({
    page,
    problems,
  }) => {
    const response = await page.goto(url.pathname + url.search);
    expect(response?.status()).toBe(200);
    await waitForHydration(page);
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'embed');
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.locator('.navbar')).toBeHidden();
    await expect(page.locator('.theme-doc-sidebar-container')).toBeHidden();
    await expect(page.locator('.footer__links')).toBeHidden();
    await expect(page.locator('.footer__copyright')).toBeVisible();
    await expect(page.locator('.footer__copyright')).toContainText(FUND_IN_CREDIT);

    if (withAxe) {
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    }
    expect(problems.consoleErrors).toEqual([]);
  });
}

test('the embed view has no flash: the server-rendered page is already marked before it paints', async ({
  page,
}) => {
  // With scripts off after the head's inline script, the attribute is set by
  // that script alone, before any React code runs.
  await page.route('**/assets/js/**', (route) => route.abort());
  await page.goto('/docs/definitions?docusaurus-data-mode=embed');
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'embed');
  await expect(page.locator('.navbar')).toBeHidden();
});

test('the embed view stays on when the learner follows a link inside the frame', async ({
  page,
}) => {
  await page.goto('/docs/definitions?docusaurus-data-mode=embed');
  await waitForHydration(page);
  await page.locator('.pagination-nav__link--next').click();
  await expect(page).not.toHaveURL(/definitions/);
  await expect(page.locator('.navbar')).toBeHidden();
});
