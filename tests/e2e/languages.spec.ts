import path from 'node:path';

import { QUIZ_IDS } from '../../src/config/modules';
import { collectStatus } from '../../src/plugins/translation-status/collectStatus';
import { expect, test, waitForHydration } from './test-utils';

/*
 * Honest about language: a learner can tell, before clicking, which pages
 * are not yet in their language, and the Start page claims no translation
 * that does not exist.
 */

const siteDir = path.resolve(__dirname, '../..');

test('in Bulgarian, the sidebar marks the pages still in English with “EN”, read out as “(на английски)”', async ({
  page,
  problems,
}) => {
  await page.goto('/bg/docs/start');
  await waitForHydration(page);
  const sidebar = page.locator('nav.menu');
  // Not translated: the badge is seen, and heard in the reader's language.
  const definitions = sidebar.locator('a[href="/bg/docs/definitions"]');
  await expect(definitions).toContainText('EN');
  await expect(definitions).toHaveAccessibleName(/\(на английски\)$/);
  // Translated pages carry no badge.
  for (const translated of ['/bg/docs/start', '/bg/docs/institutions']) {
    const link = sidebar.locator(`a[href="${translated}"]`);
    await expect(link).toBeVisible();
    await expect(link.locator('[data-english-only]')).toHaveCount(0);
  }
  expect(problems.consoleErrors).toEqual([]);
});

test('in English, no page is marked as English', async ({ page }) => {
  await page.goto('/docs/start');
  await waitForHydration(page);
  await expect(page.locator('[data-english-only]')).toHaveCount(0);
});

test('the Start page says how far each translation has come, from the translation status', async ({
  page,
}) => {
  const status = collectStatus(siteDir);
  await page.goto('/docs/start');
  await waitForHydration(page);
  const list = page.locator('[data-language-status]');
  for (const row of status) {
    const pages = [...row.translated, ...row.stale].filter((file) => file.startsWith('docs/'));
    const total = pages.length + row.missing.filter((file) => file.startsWith('docs/')).length;
    const quizzes = row.quizzesTranslated.length + row.quizzesStale.length;
    const quizzesTotal = quizzes + row.quizzesMissing.length;
    await expect(list.locator(`li[data-locale="${row.locale}"]`)).toContainText(
      `${pages.length} of ${total} pages and ${quizzes} of ${quizzesTotal} quizzes`,
    );
  }
  // The old sentence claimed every page was translated.
  await expect(page.locator('main')).not.toContainText('translated into Dutch, Bulgarian');
});

test('the Start page has a Begin link to the first module and the modules in recommended order', async ({
  page,
}) => {
  await page.goto('/hu/docs/start');
  await waitForHydration(page);
  const start = page.getByRole('navigation', { name: 'A kurzus megkezdése' });
  await expect(start.getByRole('link', { name: /^Kezdés: / })).toHaveAttribute(
    'href',
    '/hu/docs/definitions',
  );
  const order = start.getByRole('list');
  await expect(order.getByRole('listitem')).toHaveCount(QUIZ_IDS.length);
  // The modules are not yet in Hungarian: each says so.
  await expect(order.getByRole('listitem').first()).toContainText('EN');
});
