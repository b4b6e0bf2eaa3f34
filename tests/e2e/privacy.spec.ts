import type { Page } from '@playwright/test';

import { englishQuizzes, takeQuiz } from './quiz-helpers';
import { expect, test, waitForHydration } from './test-utils';

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

// With the service worker: its caches count among the site's storage, and it must not break the policy.
test.use({ serviceWorkers: 'allow' });

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

const policyOf = (page: Page) =>
  page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

const definitions = englishQuizzes().find((quiz) => quiz.id === 'definitions')!;

test('pages carry a strict Content-Security-Policy and run without a violation: module, quiz, certificate PDF, handout, progress', async ({
  page,
  problems,
}) => {
  test.setTimeout(120_000);
  await recordViolations(page);
  for (const pathname of ['/', '/bg/docs/definitions', '/docs/definitions', '/trainers']) {
    await page.goto(pathname);
    await waitForHydration(page);
    const policy = await policyOf(page);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy).not.toContain('unsafe-eval');
    expect(await violations(page)).toEqual([]);
  }

  await page.goto('/quizzes/definitions');
  await waitForHydration(page);
  await takeQuiz(page, definitions.questions, true);
  await expect(page.getByRole('heading', { name: 'You passed' })).toBeVisible();
  await page.getByRole('link', { name: 'Get your certificate' }).click();
  await page
    .getByRole('textbox', { name: 'Your name as it should appear on the certificate' })
    .fill('Ana Petrova');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  expect(await violations(page)).toEqual([]);

  await page.goto('/progress');
  await waitForHydration(page);
  expect(await violations(page)).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('the policy is enforced: an injected inline script does not run', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/docs/start');
  await waitForHydration(page);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect(await violations(page)).toEqual([expect.stringMatching(/^script-src-elem inline/)]);
});

test('after quizzes, certificates and handouts the browser holds only the site’s own keys', async ({
  page,
  context,
}) => {
  await page.goto('/quizzes/definitions');
  await waitForHydration(page);
  await takeQuiz(page, definitions.questions, true);
  await page.goto('/certificate?quiz=definitions');
  await waitForHydration(page);
  await page
    .getByRole('textbox', { name: 'Your name as it should appear on the certificate' })
    .fill('Ana');
  await page.goto('/trainers/handouts/ei-referral-roadmap');
  await waitForHydration(page);
  await page.getByRole('textbox', { name: 'Organisation, row 1' }).fill('Local shelter');
  await page
    .getByRole('button', { name: /dark|light|system/i })
    .first()
    .click();

  const stored = await page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((database) => database.name),
    caches: await caches.keys(),
  }));
  // Ours start with "vftf"; Docusaurus keeps the colour scheme under "theme…".
  for (const key of [...stored.local, ...stored.session, ...stored.caches])
    expect(key).toMatch(/^(vftf[:-]|theme(-[a-z0-9]+)?$)/);
  expect(stored.local).toContain('vftf:progress:v1');
  expect(stored.databases).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('the about page tells what stays on the device, that nothing leaves it, and how to delete it', async ({
  page,
}) => {
  await page.goto('/docs/about');
  const privacy = page.locator('h2#privacy ~ *');
  await expect(page.getByRole('heading', { name: 'Privacy', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What is kept on your device' })).toBeVisible();
  for (const item of ['Your quiz results', 'The name you type for a certificate', 'Local contacts'])
    await expect(privacy.getByRole('cell', { name: new RegExp(`^${item}`) })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nothing leaves your device' })).toBeVisible();
  await expect(privacy.getByText('None of this is ever sent anywhere.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How to delete it' })).toBeVisible();
  await expect(privacy.getByRole('link', { name: 'progress page' })).toHaveAttribute(
    'href',
    '/progress',
  );
});
