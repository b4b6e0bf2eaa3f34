import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';

import { collectStatus } from '../../src/plugins/translation-status/collectStatus';
import { expect, test, waitForHydration } from './test-utils';

test.describe.configure({ mode: 'parallel' });

const isIndexRequest = (url: string) => /\/search-index[^/]*\.json$/.test(new URL(url).pathname);

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
}

/** The navbar search box, opened with its keyboard shortcut. */
async function openSearch(page: Page) {
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: /search|zoeken|търсене|пребарување|keresés/i });
  await expect(box).toBeFocused();
  return box;
}

test('an English query finds the glossary section, and the keyboard alone opens it', async ({
  page,
}) => {
  await page.goto('/docs/start');
  await waitForHydration(page);
  const box = await openSearch(page);
  await page.keyboard.type('reflection period');
  const listbox = page.getByRole('listbox');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const first = listbox.getByRole('option').first();
  await expect(first).toContainText('Glossary');
  await expect(first).toContainText('Reflection period');
  // The snippet comes in after the result and marks the words found.
  await expect(first.locator('mark').first()).toHaveText(/^(reflection|period)$/i);
  await expect(page.getByRole('status').filter({ hasText: /\d+ results/ })).toBeAttached();
  await expectNoAxeViolations(page);

  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/docs\/glossary#reflection-period$/);
  await expect(page.locator('[id="reflection-period"]')).toBeInViewport();
});

test('a module section is found by the beginning of its words', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await openSearch(page);
  await page.keyboard.type('labour exploit');
  // The module's section, among the first results (beside the glossary entry).
  const option = page
    .getByRole('listbox')
    .getByRole('option')
    .filter({ hasText: 'Understanding trafficking' })
    .filter({ hasText: 'Labour exploitation' });
  await expect(option).toHaveCount(1);
  await option.click();
  await expect(page).toHaveURL(/\/docs\/definitions#labour-exploitation$/);
});

test('Escape closes the list, then clears the box; the last option opens the search page', async ({
  page,
}) => {
  await page.goto('/docs/definitions');
  await waitForHydration(page);
  const box = await openSearch(page);
  await page.keyboard.type('smuggling');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox')).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');

  await page.keyboard.type('smuggling');
  await expect(page.getByRole('option').last()).toContainText('See all results for “smuggling”');
  await page.keyboard.press('ArrowUp'); // wraps round to the last option
  await expect(page.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('option').last()).toContainText('See all results for “smuggling”');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=smuggling$/);
  // The address changes before the new page is drawn: wait for the search page itself.
  await expect(
    page.getByRole('heading', { level: 2, name: /^\d+ results for “smuggling”$/ }),
  ).toBeVisible();
});

test('the index is not requested before search is used, and is once the box is focused', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  for (const pathname of ['/', '/docs/definitions', '/quizzes/definitions', '/trainers']) {
    await page.goto(pathname);
    await waitForHydration(page);
  }
  expect(requests.filter(isIndexRequest)).toEqual([]);
  const scriptsBefore = requests.filter((url) => url.endsWith('.js')).length;

  const indexRequest = page.waitForRequest((request) => isIndexRequest(request.url()));
  await openSearch(page);
  expect(new URL((await indexRequest).url()).pathname).toBe('/search-index.json');
  // The search code itself comes in only now.
  expect(requests.filter((url) => url.endsWith('.js')).length).toBeGreaterThan(scriptsBefore);
});

test('a Bulgarian query on the Bulgarian site returns Bulgarian pages only', async ({ page }) => {
  await page.goto('/bg/search?q=трафик');
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'bg');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('резултат');
  const results = page.locator('main ol > li');
  await expect(results.first()).toBeVisible();
  const hrefs = await results
    .locator('a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/bg\//);
  // Every result is a page written in Bulgarian, not an English page shown untranslated.
  await expect(results.filter({ hasText: 'на английски' })).toHaveCount(0);
  await expect(results.locator('mark').first()).toHaveText(/^трафик/i);
  await expectNoAxeViolations(page);
});

test('an accent-free Hungarian query finds accented text', async ({ page }) => {
  await page.goto('/hu/docs/start');
  await waitForHydration(page);
  await openSearch(page);
  await page.keyboard.type('kizsakmanyolas');
  const first = page.getByRole('listbox').getByRole('option').first();
  await expect(first.locator('mark').first()).toHaveText(/^kizsákmányolás/i);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/hu\//);
  await expect(page.getByText(/kizsákmányolás/i).first()).toBeVisible();
});

test('a Macedonian phrase finds Macedonian text, whatever its case', async ({ page }) => {
  await page.goto('/mk/search?q=ТРГОВИЈА%20СО%20ЛУЃЕ');
  await waitForHydration(page);
  const first = page.locator('main ol > li').first();
  await expect(first.locator('a')).toHaveAttribute('href', /^\/mk\//);
  // The first result may match by its page title ("Разбирање на трговијата со луѓе"); the
  // words found in a section's text are marked, in any of their forms.
  await expect(first).toContainText(/трговија/i);
  await expect(page.locator('main ol > li mark').first()).toHaveText(/^трговиј/i);
});

test('the search page explains what to do when nothing is found', async ({ page }) => {
  await page.goto('/search?q=xylophone');
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('No results for “xylophone”');
  await expect(page.getByText('search finds words by their beginning')).toBeVisible();
  await expect(page.getByRole('link', { name: 'the glossary' })).toHaveAttribute(
    'href',
    '/docs/glossary',
  );
  await expectNoAxeViolations(page);

  // Typing keeps the address in step, so that the results can be shared.
  await page.getByRole('searchbox', { name: 'Search' }).fill('ecogram');
  await expect(page).toHaveURL(/\/search\?q=ecogram$/);
  await expect(page.locator('main ol > li').first()).toContainText(/ecogram/i);
});

// Which languages still have content in English (their search index holds it), and which
// are complete, from the translation status.
const status = collectStatus(path.resolve(__dirname, '../..'));
const stillInEnglish = (row: (typeof status)[number]) =>
  row.missing.length + row.handoutsMissing.length + row.slidesMissing.length > 0;
const partial = status.find(stillInEnglish);
const complete = status.find((row) => !stillInEnglish(row));

test('on a site with pages still in English, their results come in their own labelled group', async ({
  page,
}) => {
  test.skip(!partial, 'every language is translated in full: no English pages to group');
  const locale = partial!.locale;
  await page.goto(`/${locale}/search?q=farm`);
  await waitForHydration(page);
  const english = page.locator('section[data-search-group="en"]');
  await expect(english.getByRole('heading')).toBeVisible();
  await expect(english.getByRole('listitem').first()).toContainText(/farm/i);
  // The English pages found are those of the translated site, in its menus and with its footer.
  const hrefs = await english
    .locator('li a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/`));
  await expectNoAxeViolations(page);
});

test('a word with few results suggests the English word only while pages are still in English', async ({
  page,
}) => {
  // A Hungarian word (bakery) that no page in any language holds.
  const query = 'p%C3%A9ks%C3%A9g';
  for (const row of [partial, complete]) {
    if (!row) continue;
    await page.goto(`/${row.locale}/search?q=${query}`);
    await waitForHydration(page);
    await expect(page.getByRole('status')).toContainText(/\S/);
    // A complete translation has no English pages for the suggestion to find.
    await expect(page.locator('[data-search-few]'), row.locale).toHaveCount(
      row === partial ? 1 : 0,
    );
    await expect(page.locator('section[data-search-group="en"]'), row.locale).toHaveCount(0);
  }
});

test('on the English site, results are one list without language groups', async ({ page }) => {
  await page.goto('/search?q=farm');
  await waitForHydration(page);
  await expect(page.locator('main ol > li').first()).toContainText(/farm/i);
  await expect(page.locator('[data-search-group="en"] h2')).toHaveCount(0);
  await expect(page.locator('[data-search-few]')).toHaveCount(0);
});

test('search keeps working offline once it has loaded', async ({ page, context }) => {
  await page.goto('/search?q=janusz');
  await waitForHydration(page);
  await expect(page.locator('main ol > li').first()).toContainText('Janusz');
  await context.setOffline(true);
  await page.getByRole('searchbox', { name: 'Search' }).fill('ecogram');
  await expect(page.locator('main ol > li').first()).toContainText(/ecogram/i);
  await context.setOffline(false);
});

test('quiz answers and feedback are never in the index or its texts', async ({ request }) => {
  const quizzesDir = path.resolve(__dirname, '../../quizzes');
  const feedback: string[] = [];
  for (const quiz of readdirSync(quizzesDir)) {
    const text = parse(readFileSync(path.join(quizzesDir, quiz, 'en.yaml'), 'utf8')) as {
      questions: Record<string, { feedback: string }>;
    };
    for (const question of Object.values(text.questions))
      feedback.push(question.feedback.replace(/\s+/g, ' ').trim());
  }
  expect(feedback.length).toBeGreaterThan(50);

  const index = (await (await request.get('/search-index.json')).json()) as {
    pages: { url: string; texts: string }[];
  };
  expect(index.pages.some((page) => page.url.startsWith('/quizzes/'))).toBe(false);
  expect(index.pages.map((page) => page.url)).toEqual(
    expect.arrayContaining(['/docs/definitions', '/docs/glossary', '/trainers']),
  );
  const texts: string[] = [];
  for (const page of index.pages)
    texts.push(((await (await request.get(`/${page.texts}`)).json()) as string[]).join(' '));
  const all = texts.join(' ');
  for (const sentence of feedback) expect(all).not.toContain(sentence.slice(0, 80));
});
