import { CATALOG_PATH } from '../../src/config/institutions';
import type { Catalog } from '../../src/plugins/catalog/types';
import { sidewaysOverflow } from './phone-width';
import { expect, test, uiMessages, waitForHydration } from './test-utils';

test('the institutions page gives every module its links, written out, and copies them by keyboard', async ({
  page,
  context,
  request,
  problems,
}) => {
  const catalog = (await (await request.get(CATALOG_PATH)).json()) as Catalog;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/docs/institutions');
  await waitForHydration(page);

  const cards = page.locator('li[data-module]');
  await expect(cards).toHaveCount(catalog.modules.length);
  const definitions = catalog.modules.find((module) => module.id === 'definitions')!.locales.en!;
  const card = page.locator('li[data-module="definitions"]');
  await expect(card.getByRole('heading', { name: definitions.title })).toBeVisible();

  // Each address is a real link that shows the address itself; a package downloads.
  await expect(card.getByRole('link', { name: definitions.url, exact: true })).toHaveAttribute(
    'href',
    '/docs/definitions',
  );
  const scorm = card.getByRole('link', { name: definitions.lms!.scorm12 });
  await expect(scorm).toHaveAttribute('download', '');
  const zip = await request.get((await scorm.getAttribute('href'))!);
  expect(zip.status()).toBe(200);
  expect((await zip.body()).subarray(0, 2).toString()).toBe('PK');

  const copyQuiz = card.getByRole('button', { name: `Copy Quiz of “${definitions.title}”` });
  await copyQuiz.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(`Copied: ${definitions.quiz!.url}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(definitions.quiz!.url);
  // The button itself says it worked, and keeps focus.
  await expect(copyQuiz).toHaveCount(0);
  const copiedQuiz = card.getByRole('button', { name: `Copied Quiz of “${definitions.title}”` });
  await expect(copiedQuiz).toBeFocused();

  await card.getByRole('button', { name: /^Copy Embed view/ }).press('Space');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(definitions.embedUrl);
  // Only the last copied address is marked as copied.
  await expect(card.getByRole('button', { name: /^Copied / })).toHaveCount(1);
  await expect(card.getByRole('button', { name: /^Copied Embed view/ })).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});

test('on a phone, the list of module links fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/nl/docs/institutions');
  await waitForHydration(page);
  const overflow = await sidewaysOverflow(page);
  expect(overflow.tooWide).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);
  const card = page.locator('li[data-module="definitions"]');
  // Each address, written out, wraps within the screen.
  for (const link of await card.getByRole('link').all()) {
    await link.scrollIntoViewIfNeeded();
    await expect(link).toBeInViewport({ ratio: 1 });
  }
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
  await page.locator('li[data-module="start"]').getByRole('button').first().click();
  await expect(page.getByRole('status')).toContainText('Select this address and copy it');
  await expect(page.getByRole('status')).toContainText('/docs/start');
  await expect(page.getByRole('button', { name: /^Copied / })).toHaveCount(0);
});

test('the Dutch institutions page gives Dutch links with translated buttons', async ({ page }) => {
  await page.goto('/nl/docs/institutions');
  await waitForHydration(page);
  const card = page.locator('li[data-module="definitions"]');
  await expect(card.getByRole('link').first()).toHaveAttribute('href', '/nl/docs/definitions');
  // Packages are at the root of the site, whatever the page's language.
  await expect(card.getByRole('link', { name: /scorm12\/nl\/definitions\.zip$/ })).toHaveAttribute(
    'href',
    '/lms/scorm12/nl/definitions.zip',
  );
  await expect(card.getByRole('button').first()).not.toHaveText(/^Copy/);
  await expect(card.locator('[data-english-only]')).toHaveCount(0);
  // Every module is in Dutch: none is marked as English.
  await expect(page.locator('li[data-module] [data-english-only]')).toHaveCount(0);
});

test('a module not yet translated says so on the institutions page and offers its English package', async ({
  page,
  request,
}) => {
  const catalog = (await (await request.get(CATALOG_PATH)).json()) as Catalog;
  // A language still being translated (Hungarian, the last, while it lasts) and one of its English modules.
  const pick = catalog.locales
    .filter((locale) => locale !== 'en')
    .flatMap((locale) =>
      catalog.modules
        .filter(
          (module) => module.locales[locale]?.textLocale === 'en' && module.locales[locale]?.lms,
        )
        .map((module) => ({ locale, module })),
    )
    .at(-1);
  test.skip(!pick, 'every module is translated into every language');
  const { locale, module } = pick!;
  await page.goto(`/${locale}/docs/institutions`);
  await waitForHydration(page);
  const card = page.locator(`li[data-module="${module.id}"]`);
  await expect(card.getByRole('heading')).toContainText(
    uiMessages(locale)['englishBadge.label']!.message,
  );
  await expect(
    card.getByRole('link', { name: new RegExp(`scorm12/en/${module.id}\\.zip$`) }),
  ).toHaveAttribute('href', `/lms/scorm12/en/${module.id}.zip`);
});
