import { QUIZ_IDS } from '../../src/config/modules';
import { sidewaysOverflow } from './phone-width';
import { passedQuiz, seedProgress } from './progress-helpers';
import { expect, test, waitForHydration } from './test-utils';

/*
 * What a learner does on a phone (390 × 844, a common size), where the
 * per-page check at 360 px (pages.spec.ts) would not show why a page failed.
 */
test.use({ viewport: { width: 390, height: 844 } });

test('progress on a phone: one card per module, in course order, the certificate link on screen', async ({
  page,
  problems,
}) => {
  await seedProgress(page, {
    schema: 1,
    quizzes: {
      bulgaria: passedQuiz(1, 90, '2026-11-20T10:00:00.000Z'),
      definitions: passedQuiz(1, 85, '2026-11-19T10:00:00.000Z'),
    },
  });
  await page.goto('/bg/progress');
  await waitForHydration(page);

  const cards = page.locator('li[data-quiz]');
  expect(await cards.evaluateAll((items) => items.map((item) => item.dataset.quiz))).toEqual([
    ...QUIZ_IDS,
  ]);
  const bulgaria = page.locator('li[data-quiz="bulgaria"]');
  await expect(bulgaria.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(bulgaria).toContainText('90%');
  const certificate = bulgaria.getByRole('link', { name: 'Сертификат' });
  await certificate.scrollIntoViewIfNeeded();
  await expect(certificate).toBeInViewport({ ratio: 1 });
  const overflow = await sidewaysOverflow(page);
  expect(overflow.tooWide).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);
  expect(problems.consoleErrors).toEqual([]);
});

test('a Macedonian module page does not pan sideways: its long quiz button wraps', async ({
  page,
}) => {
  await page.goto('/mk/docs/definitions');
  await waitForHydration(page);
  const quizButton = page.locator('main a.button[href="/mk/quizzes/definitions"]').first();
  await quizButton.scrollIntoViewIfNeeded();
  await expect(quizButton).toBeInViewport({ ratio: 1 });
  const overflow = await sidewaysOverflow(page);
  expect(overflow.tooWide).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);
});

test('the referral roadmap handout’s contact table becomes labelled fields on a phone', async ({
  page,
}) => {
  await page.goto('/hu/trainers/handouts/ei-referral-roadmap');
  await waitForHydration(page);
  const overflow = await sidewaysOverflow(page);
  expect(overflow.tooWide).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);
  const firstField = page.getByRole('textbox').first();
  await firstField.scrollIntoViewIfNeeded();
  await expect(firstField).toBeInViewport({ ratio: 1 });
});
