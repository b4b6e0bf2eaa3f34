import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { PHONE } from './phone-width';
import { passedQuiz, seedProgress } from './progress-helpers';
import { expect, test, waitForHydration } from './test-utils';

/**
 * Quiz, certificate, PDF, chart and code-block code load only on the pages
 * that use them, so a module page on a phone downloads and runs none of it. Each kind of code is
 * recognised by text that survives minification: the English default message
 * of one of its components' strings (the translation ids would not do: a
 * translated site's main script holds every id with its translation), and the
 * "%PDF-" header that pdf-lib writes.
 */
const CODE = {
  quiz: /Read the section that covers this/,
  certificate: /Preparing the PDF/,
  pdf: /%PDF-/,
  chart: /Source: \{source\}/,
  codeBlock: /Copy code to clipboard/,
} as const;
type Code = keyof typeof CODE;

/** Which of the kinds of code the scripts the page ran contain (prefetched files are not run). */
function watchScripts(page: Page): () => Promise<Set<Code>> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      bodies.push(response.text().catch(() => ''));
  });
  return async () => {
    const texts = await Promise.all(bodies);
    const found = new Set<Code>();
    for (const [code, marker] of Object.entries(CODE) as [Code, RegExp][])
      if (texts.some((text) => marker.test(text))) found.add(code);
    return found;
  };
}

for (const { name, path } of [
  { name: 'the home page', path: '/' },
  { name: 'a module page', path: '/docs/definitions' },
  { name: 'a Bulgarian module page', path: '/bg/docs/definitions' },
  { name: 'a trainer page', path: '/trainers/early-identification-day' },
  { name: 'a handout page', path: '/trainers/handouts/sf-ecogram' },
]) {
  test(`${name} loads no quiz, certificate, PDF, chart or code-block code`, async ({ page }) => {
    const loadedCode = watchScripts(page);
    await page.goto(path);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    expect([...(await loadedCode())]).toEqual([]);
  });
}

test('a quiz page loads the quiz code, and no other', async ({ page }) => {
  const loadedCode = watchScripts(page);
  await page.goto('/quizzes/definitions');
  await waitForHydration(page);
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect([...(await loadedCode())]).toEqual(['quiz']);
});

test('the certificate page loads pdf-lib only when the learner asks for the PDF', async ({
  page,
}) => {
  await seedProgress(page, {
    schema: 1,
    quizzes: { definitions: passedQuiz(1, 90, '2026-11-20T10:00:00.000Z') },
  });
  const loadedCode = watchScripts(page);
  await page.goto('/certificate?quiz=definitions');
  await waitForHydration(page);
  await page.getByRole('textbox').fill('Ana Petrova');
  await page.waitForLoadState('networkidle');
  expect([...(await loadedCode())]).toEqual(['certificate']);

  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button').filter({ hasText: 'PDF' }).click(),
  ]);
  expect([...(await loadedCode())].sort()).toEqual(['certificate', 'pdf']);
});

test('a page with a chart loads the chart code, and shows the chart', async ({ page }) => {
  const loadedCode = watchScripts(page);
  await page.goto('/docs/european-inventory');
  await waitForHydration(page);
  await expect(page.getByText(/^Source: /).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect([...(await loadedCode())]).toEqual(['chart']);
});

for (const arrival of ['opened directly', 'reached from another page']) {
  test(`the institutions page, ${arrival}, shows its code block with a working copy button`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const loadedCode = watchScripts(page);
    if (arrival === 'opened directly') await page.goto('/docs/institutions');
    else {
      await page.goto('/docs/start');
      await waitForHydration(page);
      await page.getByRole('link', { name: 'For institutions' }).first().click();
      await expect(page).toHaveURL(/\/docs\/institutions$/);
    }
    await waitForHydration(page);
    await expect(page.locator('pre code')).toContainText('<iframe');
    const copy = page.getByRole('button', { name: 'Copy code to clipboard' });
    await expect(copy).toBeVisible();
    await copy.click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain('?docusaurus-data-mode=embed');
    expect([...(await loadedCode())]).toEqual(['codeBlock']);
  });
}

test('while the code block’s script is still on its way, the code is shown and scrolls by keyboard', async ({
  page,
}) => {
  // Hold back the script that holds the theme's code block, as a slow connection would.
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (CODE.codeBlock.test(body)) await released;
    await route.fulfill({ response, body });
  });
  await page.goto('/docs/start');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'For institutions' }).first().click();
  await expect(page).toHaveURL(/\/docs\/institutions$/);
  await page.setViewportSize(PHONE);
  const fallback = page.locator('pre:not(.prism-code)');
  await expect(fallback).toContainText('<iframe');
  // The snippet is wider than a phone, so its box scrolls: it must take keyboard focus to do so.
  const axe = await new AxeBuilder({ page })
    .include('pre')
    .withRules(['scrollable-region-focusable'])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  release();
  await expect(page.getByRole('button', { name: 'Copy code to clipboard' })).toBeVisible();
});

test('on a phone, the closed menu does not prefetch every module; opened, it works', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/docs/definitions');
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  // In view: the logo and the breadcrumb link home (2 routes, a few chunks each); not the 30 menu links.
  expect(await page.locator('link[rel="prefetch"]').count()).toBeLessThanOrEqual(10);

  await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
  const menuLink = page.locator('.navbar-sidebar').getByRole('link', { name: 'Glossary' });
  await expect(menuLink).toBeVisible();
  await menuLink.click();
  await expect(page).toHaveURL(/\/docs\/glossary$/);
});

test('a Bulgarian page’s scripts carry Cyrillic as UTF-8, not six-byte \\u escapes', async ({
  page,
}) => {
  const scripts: Promise<{ url: string; text: string }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push(response.text().then((text) => ({ url: response.url(), text })));
  });
  await page.goto('/bg/docs/definitions');
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  const loaded = await Promise.all(scripts);
  // The search box's accessible name, from i18n/bg/code.json.
  expect(loaded.some(({ text }) => text.includes('Търсене'))).toBe(true);
  const escaped = loaded.filter(({ text }) => /\\u04[0-9a-f]{2}/i.test(text)).map(({ url }) => url);
  expect(escaped).toEqual([]);
});
