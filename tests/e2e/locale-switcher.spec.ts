import { expect, test, waitForHydration } from './test-utils';

test.use({ viewport: { width: 1280, height: 800 } });

test('a keyboard user switches the start page from English to Macedonian and back', async ({
  page,
}) => {
  await page.goto('/docs/start');
  await waitForHydration(page);

  // Tab through the page from the top until the language menu has focus.
  const switcher = page.getByRole('button', { name: 'English' });
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await switcher.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(switcher).toBeFocused();

  await page.keyboard.press('Enter');
  const macedonian = page.getByRole('link', { name: 'Македонски' });
  await expect(macedonian).toBeVisible();
  for (let presses = 0; presses < 6; presses += 1) {
    await page.keyboard.press('Tab');
    if (await macedonian.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(macedonian).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/mk\/docs\/start$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'mk');
  await waitForHydration(page);

  const backToEnglish = page.getByRole('button', { name: 'Македонски' });
  await backToEnglish.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'English' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/docs\/start$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
