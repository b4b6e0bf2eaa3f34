import { CATALOG_PATH } from '../../src/config/institutions';
import type { Catalog } from '../../src/plugins/catalog/types';
import { expect, test, waitForHydration } from './test-utils';

test('the institutions page lists every module with buttons that copy its links, by keyboard', async ({
  page,
  context,
  request,
  problems,
}) => {
  const catalog = (await (await request.get(CATALOG_PATH)).json()) as Catalog;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/docs/institutions');
  await waitForHydration(page);

  const rows = page.locator('tbody tr[data-module]');
  await expect(rows).toHaveCount(catalog.modules.length);
  const definitions = catalog.modules.find((module) => module.id === 'definitions')!.locales.en!;
  const row = page.locator('tr[data-module="definitions"]');
  await expect(row.getByRole('link', { name: definitions.title })).toHaveAttribute(
    'href',
    '/docs/definitions',
  );

  const copyQuiz = row.getByRole('button', { name: `Copy Quiz of “${definitions.title}”` });
  await copyQuiz.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(`Copied: ${definitions.quiz!.url}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(definitions.quiz!.url);

  await row.getByRole('button', { name: /^Copy Embed view/ }).press('Space');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(definitions.embedUrl);
  expect(problems.consoleErrors).toEqual([]);
});

test('where the browser refuses to copy, the page shows the address to copy by hand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await page.goto('/docs/institutions');
  await waitForHydration(page);
  await page.locator('tr[data-module="start"]').getByRole('button').first().click();
  await expect(page.getByRole('status')).toContainText('Select this address and copy it');
  await expect(page.getByRole('status')).toContainText('/docs/start');
});

test('the Dutch institutions page gives Dutch links with translated buttons', async ({ page }) => {
  await page.goto('/nl/docs/institutions');
  await waitForHydration(page);
  const row = page.locator('tr[data-module="definitions"]');
  await expect(row.getByRole('link').first()).toHaveAttribute('href', '/nl/docs/definitions');
  await expect(row.getByRole('button').first()).not.toHaveText(/^Copy/);
});
