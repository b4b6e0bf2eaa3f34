import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from '@playwright/test';
import handler from 'serve-handler';

import type { OfflinePack } from '../../src/config/offline';
import { PROGRESS_KEY, type Progress } from '../../src/lib/progress';
import { passedQuiz, storeProgress } from './progress-helpers';
import { englishQuizzes, takeQuiz } from './quiz-helpers';
import { expect, test, waitForHydration } from './test-utils';

// These tests need the service worker (the other specs may block it to stay fast).
test.use({ serviceWorkers: 'allow' });

const buildDir = path.resolve(__dirname, '../../build');
const pack = JSON.parse(
  readFileSync(path.join(buildDir, 'offline', 'en.json'), 'utf8'),
) as OfflinePack;
const pages = pack.files.filter((file) => file.kind === 'page').length;
const pdfs = pack.files.filter((file) => file.kind === 'pdf');
const definitions = englishQuizzes().find((quiz) => quiz.id === 'definitions')!;

/** Waits until the service worker controls the page and the language is saved for offline use. */
async function waitUntilSaved(page: Page): Promise<void> {
  await page.goto('/offline');
  await waitForHydration(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect(page.getByText('Everything in this language is available offline.')).toBeVisible({
    timeout: 90_000,
  });
  await expect(page.locator('[data-offline-summary]')).toHaveText(
    `${pages} of ${pages} pages and ${pdfs.length} of ${pdfs.length} handout PDFs are saved on this device.`,
  );
}

test('after a first visit, modules, quizzes and handout PDFs work without a connection', async ({
  page,
  context,
  problems,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await waitForHydration(page);
  await waitUntilSaved(page);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
    'href',
    '/manifest.webmanifest',
  );

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // A module opened afresh, then another one through the sidebar (client-side navigation).
  await page.goto('/docs/definitions');
  await waitForHydration(page);
  await expect(page.locator('h1')).toHaveText('Understanding trafficking');
  await page.goto('/docs/start');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'Understanding trafficking' }).first().click();
  await expect(page).toHaveURL(/\/docs\/definitions$/);
  await expect(page.locator('h1')).toHaveText('Understanding trafficking');

  // A trainer page and a handout PDF.
  await page.goto('/trainers');
  await waitForHydration(page);
  const pdf = await page.evaluate(async (url) => {
    const response = await fetch(url);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      start: String.fromCharCode(...bytes.slice(0, 5)),
    };
  }, pdfs[0]!.url);
  expect(pdf).toEqual({ status: 200, type: 'application/pdf', start: '%PDF-' });

  // A whole quiz, and the result is kept on the device.
  await page.goto('/quizzes/definitions');
  await waitForHydration(page);
  await takeQuiz(page, definitions.questions, true);
  await expect(page.getByRole('heading', { name: 'You passed' })).toBeVisible();
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
  expect(stored.quizzes.definitions).toMatchObject({ passed: true, bestScore: 100 });

  // The progress page and the certificate page, opened with a query string.
  await page.goto('/certificate?quiz=definitions');
  await waitForHydration(page);
  await expect(
    page.getByRole('textbox', { name: 'Your name as it should appear on the certificate' }),
  ).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});

test('a Bulgarian first visit saves Bulgarian, with its own scripts, for use without a connection', async ({
  page,
  context,
  problems,
}) => {
  test.setTimeout(180_000);
  await page.goto('/bg/docs/start');
  await waitForHydration(page);
  await page.goto('/bg/offline');
  await waitForHydration(page);
  await expect(page.getByText('Всичко на този език е достъпно без връзка.')).toBeVisible({
    timeout: 120_000,
  });

  await context.setOffline(true);
  await page.goto('/bg/docs/definitions');
  await waitForHydration(page);
  const title = await page.locator('h1').textContent();
  // Client-side navigation needs the Bulgarian build's own page chunks.
  await page.locator('.menu__link[href="/bg/docs/glossary"]').click();
  await expect(page).toHaveURL(/\/bg\/docs\/glossary$/);
  await expect(page.locator('h1')).not.toHaveText(title!);
  await page.goto('/bg/quizzes/definitions');
  await waitForHydration(page);
  await expect(page.locator('section[aria-labelledby="quiz-question-heading"]')).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});

test('"Save this language for offline use" saves every page and PDF with a progress bar, and can be undone', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await waitUntilSaved(page);

  await page.getByRole('button', { name: 'Remove saved pages' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'The saved pages have been removed from this device.',
  );
  await expect(page.locator('[data-offline-summary]')).toHaveText(
    `0 of ${pages} pages and 0 of ${pdfs.length} handout PDFs are saved on this device.`,
  );

  await page
    .getByRole('button', { name: /^Save this language for offline use \(\d+\.\d MB\)$/ })
    .click();
  const bar = page.getByRole('progressbar', { name: 'Saving for offline use' });
  await expect(bar).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(
    `Saved: ${pack.files.length} files. You can now use this language without a connection.`,
    { timeout: 90_000 },
  );
  await expect(bar).toHaveAttribute('value', String(pack.files.length));
  await expect(page.locator('[data-offline-summary]')).toHaveText(
    `${pages} of ${pages} pages and ${pdfs.length} of ${pdfs.length} handout PDFs are saved on this device.`,
  );
  await page.getByText('What can be saved').click();
  await expect(page.locator('li[data-saved="true"]')).toHaveCount(pack.files.length);
  await expect(page.locator('li[data-saved="false"]')).toHaveCount(0);
});

test('a new version of the site is announced, and reloading keeps the progress', async ({
  page,
  problems,
}) => {
  test.setTimeout(120_000);
  // Our own server, so that the test can publish a "new version" of the service worker.
  let version = 1;
  const server = http.createServer((request, response) => {
    if (request.url?.startsWith('/sw.js')) {
      response.setHeader('content-type', 'application/javascript');
      response.setHeader('cache-control', 'no-cache');
      response.end(
        `${readFileSync(path.join(buildDir, 'sw.js'), 'utf8')}\n// test version ${version}\n`,
      );
      return;
    }
    void handler(request, response, { public: buildDir, cleanUrls: true, trailingSlash: false });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await page.goto(`${origin}/docs/start`);
    await waitForHydration(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const progress: Progress = {
      schema: 1,
      quizzes: { definitions: passedQuiz(1, 90, '2026-11-30T10:00:00.000Z') },
    };
    await storeProgress(page, progress);
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'A new version of this site is ready.' });
    await expect(notice).toHaveCount(0);

    version = 2;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(notice).toBeVisible({ timeout: 60_000 });
    await expect(notice).toContainText('Your progress on this device is kept.');

    await Promise.all([
      page.waitForEvent('load'),
      notice.getByRole('button', { name: 'Reload to update' }).click(),
    ]);
    // The page that loads while one version hands over to the other can be slow to hydrate
    // on a loaded machine (seen in CI): more than the default 5 s, well within a learner's wait.
    await expect(page.locator('html[data-has-hydrated="true"]')).toBeAttached({ timeout: 30_000 });
    await expect(notice).toHaveCount(0);
    // Whether the new version has already taken over is not asserted: on a loaded machine it
    // can still be waiting for the old one after the reload (seen in CI; the notice then comes
    // back). What the learner must see is asserted: the reload, and the progress kept.
    const stored = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    expect(JSON.parse(stored!)).toEqual(progress);
    expect(problems.consoleErrors).toEqual([]);
  } finally {
    server.close();
  }
});
