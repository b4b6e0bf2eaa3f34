import { expect, test, uiMessages, waitForHydration } from './test-utils';

/**
 * A translated page's UI strings load with the code that shows them
 * (src/plugins/page-translations), not in every page's main script. These
 * tests check both halves: a module page carries no quiz, certificate or
 * offline strings, and those strings are in Bulgarian wherever they are
 * shown, whether the page is opened directly or reached from another page.
 */
const bg = uiMessages('bg');
const message = (id: string) => bg[id]!.message;

test('a Bulgarian module page’s scripts hold no quiz, certificate or offline strings', async ({
  page,
}) => {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.text());
  });
  await page.goto('/bg/docs/definitions');
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  const scripts = (await Promise.all(bodies)).join('\n');
  // The search box is on every page: its strings are in the main script.
  expect(scripts.includes(message('search.label'))).toBe(true);
  const elsewhere = ['quiz.check', 'certificate.download', 'offline.saver.heading'];
  expect(elsewhere.filter((id) => scripts.includes(message(id)))).toEqual([]);
});

test('a Bulgarian quiz reached from its module page is in Bulgarian', async ({ page }) => {
  await page.goto('/bg/docs/definitions');
  await waitForHydration(page);
  await page.locator('a[href="/bg/quizzes/definitions"]').first().click();
  await expect(page).toHaveURL(/\/bg\/quizzes\/definitions$/);
  await expect(page.getByRole('button', { name: message('quiz.check') })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
});

test('the Bulgarian offline page reached from the footer is in Bulgarian', async ({ page }) => {
  await page.goto('/bg/docs/definitions');
  await waitForHydration(page);
  await page.locator('footer a[href="/bg/offline"]').click();
  await expect(page).toHaveURL(/\/bg\/offline$/);
  await expect(page.getByRole('heading', { name: message('offline.saver.heading') })).toBeVisible();
});

for (const locale of ['nl', 'bg', 'mk', 'hu']) {
  test(`the ${locale} quiz page, opened directly, is in its language before and after hydration`, async ({
    page,
  }) => {
    const strings = uiMessages(locale);
    const check = page.getByRole('button', { name: strings['quiz.check']!.message });
    await page.goto(`/${locale}/quizzes/definitions`, { waitUntil: 'commit' });
    await expect(check).toBeAttached();
    await waitForHydration(page);
    await expect(check).toBeVisible();
  });
}
