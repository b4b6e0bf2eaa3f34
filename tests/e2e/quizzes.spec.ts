import type { Page } from '@playwright/test';

import { LOCALES, localePrefix, TRANSLATED_LOCALES, type Locale } from '../../src/config/locales';
import type { LoadedQuestion } from '../../src/plugins/quizzes/loadQuizzes';
import { answer } from './quiz-driver';
import {
  englishQuizzes,
  expectCertificateFirst,
  goToQuestion,
  quizzesIn,
  takeQuiz,
} from './quiz-helpers';
import { PROGRESS_KEY } from '../../src/lib/progress';
import { expect, test, uiMessages, waitForHydration } from './test-utils';

// The tests are driven by the same quiz data the site is built from.
const quizzes = englishQuizzes();

for (const quiz of quizzes) {
  test(`quiz ${quiz.id}: all right answers pass and are saved on the device`, async ({ page }) => {
    await page.goto(`/quizzes/${quiz.id}`);
    await waitForHydration(page);
    await takeQuiz(page, quiz.questions, true);
    await expect(page.getByRole('heading', { name: 'You passed' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Get your certificate' })).toHaveAttribute(
      'href',
      `/certificate?quiz=${quiz.id}`,
    );
    await expectCertificateFirst(page);
    await expect(page.getByRole('status').filter({ hasText: 'Your score: 100%' })).toBeVisible();
    const stored = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key)!),
      PROGRESS_KEY,
    );
    expect(stored.quizzes[quiz.id]).toMatchObject({
      passed: true,
      bestScore: 100,
      quizVersion: quiz.version,
    });
  });

  test(`quiz ${quiz.id}: wrong answers fail with feedback, and a retry starts again`, async ({
    page,
  }) => {
    await page.goto(`/quizzes/${quiz.id}`);
    await waitForHydration(page);
    await takeQuiz(page, quiz.questions, false);
    await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
    // No certificate yet: trying again is the way on.
    await expect(page.getByRole('link', { name: 'Get your certificate' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveClass(
      /\bbutton--primary\b/,
    );
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(
      page.getByRole('heading', { name: `Question 1 of ${quiz.questions.length}` }),
    ).toBeVisible();
  });
}

test('a translated quiz is in the site language; a quiz still in English says so, in that language', async ({
  page,
}) => {
  await page.goto('/mk/quizzes/definitions');
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'mk');
  await expect(page.getByRole('note')).toHaveCount(0);
  // Which quizzes are still English changes as translations land: take one from the data.
  const untranslated = TRANSLATED_LOCALES.flatMap((locale) =>
    quizzesIn(locale)
      .filter((quiz) => quiz.textLocale !== locale)
      .map((quiz) => ({ locale, id: quiz.id })),
  )[0];
  test.skip(!untranslated, 'every quiz is translated into every language');
  await page.goto(`/${untranslated!.locale}/quizzes/${untranslated!.id}`);
  await waitForHydration(page);
  await expect(page.getByRole('note')).toContainText(LOCALES[untranslated!.locale].label);
});

test('corrupted stored progress never breaks a quiz and is kept aside, not overwritten', async ({
  page,
}) => {
  await page.goto('/quizzes/definitions');
  await page.evaluate((key) => localStorage.setItem(key, '{not json'), PROGRESS_KEY);
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByText('Your saved progress could not be read')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();
  await page.goto('/progress');
  await waitForHydration(page);
  await expect(page.locator('li[data-quiz]').first()).toBeVisible();
});

test('progress is exported to a file and imported on another device; an invalid file changes nothing', async ({
  page,
  browser,
}) => {
  const quiz = quizzes.find((q) => q.id === 'definitions')!;
  await page.goto('/quizzes/definitions');
  await waitForHydration(page);
  await takeQuiz(page, quiz.questions, true);
  await page.goto('/progress');
  await waitForHydration(page);
  await expect(page.locator('li[data-quiz="definitions"]')).toContainText('Passed');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export my progress to a file' }).click(),
  ]);
  const file = await download.path();

  // "Another device": a fresh browser context with empty storage.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto('/progress');
  await waitForHydration(otherPage);
  await expect(otherPage.locator('li[data-quiz="definitions"]')).toContainText('Not started');
  await otherPage.locator('input[type="file"]').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(otherPage.getByRole('status')).toContainText(
    'is not a progress file from this site. Nothing was changed.',
  );
  await expect(otherPage.locator('li[data-quiz="definitions"]')).toContainText('Not started');
  await otherPage.locator('input[type="file"]').setInputFiles(file!);
  await expect(otherPage.getByRole('status')).toContainText('Progress imported: 1 quiz results.');
  await expect(otherPage.locator('li[data-quiz="definitions"]')).toContainText('Passed');
  await expect(otherPage.locator('li[data-quiz="definitions"]')).toContainText('100%');
  await other.close();
});

test('blocked storage: the quiz still works and says progress cannot be saved', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Blocked', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  await page.goto('/quizzes/definitions');
  await waitForHydration(page);
  await expect(page.getByText('Your browser does not let this site store anything')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();
  await context.close();
});

/** Presses Tab (and only Tab) until the element has focus. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
      return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Answers a question right with the keyboard alone. */
async function answerByKeyboard(page: Page, question: LoadedQuestion): Promise<void> {
  const quiz = page.locator('section[aria-labelledby="quiz-question-heading"]');
  const { text } = question;
  const pickRadio = async (labels: string[], index: number) => {
    await tabTo(page, quiz.getByRole('radio', { name: labels[0]!, exact: true }));
    if (index === 0) await page.keyboard.press('Space');
    for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
  };
  switch (question.type) {
    case 'single':
      await pickRadio(
        question.options.map((option) => text.options![option]!),
        question.options.indexOf(question.correct[0]!),
      );
      break;
    case 'true-false':
      await pickRadio(['True', 'False'], question.correct ? 0 : 1);
      break;
    case 'multiple':
      for (const option of question.correct) {
        await tabTo(
          page,
          quiz.getByRole('checkbox', { name: text.options![option]!, exact: true }),
        );
        await page.keyboard.press('Space');
      }
      break;
    case 'categorize':
      for (const [item, category] of Object.entries(question.items)) {
        await tabTo(page, quiz.getByRole('combobox', { name: text.items![item]!, exact: true }));
        // Option 0 is "Choose a category".
        for (let step = 0; step <= question.categories.indexOf(category); step += 1)
          await page.keyboard.press('ArrowDown');
      }
      break;
    case 'order':
      for (let position = 0; position < question.items.length; position += 1) {
        const label = text.items![question.items[position]!]!;
        let index = (await quiz.locator('ol li').allTextContents()).findIndex((row) =>
          row.startsWith(label),
        );
        while (index > position) {
          await tabTo(page, quiz.getByRole('button', { name: `Move up: ${label}`, exact: true }));
          await page.keyboard.press('Enter');
          index -= 1;
        }
      }
      break;
    case 'scenario':
      for (let step = 0; step < question.steps.indexOf(question.act_from); step += 1) {
        await tabTo(page, quiz.getByRole('button', { name: 'Show the next signal' }));
        await page.keyboard.press('Enter');
      }
      await tabTo(page, quiz.getByRole('button', { name: 'I would act now' }));
      await page.keyboard.press('Enter');
      break;
  }
}

test('the definitions quiz, with every question type, is completed by keyboard alone', async ({
  page,
}) => {
  const quiz = quizzes.find((q) => q.id === 'definitions')!;
  expect(new Set(quiz.questions.map((q) => q.type)).size).toBe(6);
  await page.goto('/quizzes/definitions');
  await waitForHydration(page);
  for (const [index, question] of quiz.questions.entries()) {
    await answerByKeyboard(page, question);
    await tabTo(page, page.getByRole('button', { name: 'Check answer' }));
    await page.keyboard.press('Enter');
    await expect(page.getByText('Correct.', { exact: true }).first()).toBeVisible();
    // Focus moves to the feedback on the next frame (the Check button is gone). Tabbing on
    // before that, the move took focus off "Next question" just before Enter (CI, under load).
    await expect(
      page.locator('section[aria-labelledby="quiz-question-heading"] div[tabindex="-1"]'),
    ).toBeFocused();
    const next = index < quiz.questions.length - 1 ? 'Next question' : 'See your score';
    await tabTo(page, page.getByRole('button', { name: next }));
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'You passed' })).toBeVisible();
});

/** A UI string as the locale shows it (English: the message in the code). */
function uiString(locale: Locale, id: string, english: string): string {
  if (locale === 'en') return english;
  return uiMessages(locale)[id]!.message;
}

// Dutch: the quiz text is translated, the module page not yet (its headings are English).
for (const locale of ['en', 'nl'] as const) {
  test(`${locale}: the sections a quiz covers are listed by their headings and link to them`, async ({
    page,
  }) => {
    const prefix = localePrefix(locale);
    const summary = uiString(locale, 'quizPage.sections', 'Sections this quiz covers');
    await page.goto(`${prefix}/quizzes/definitions`);
    await waitForHydration(page);
    await page.getByText(summary, { exact: true }).click();
    const covered = page.getByRole('group').filter({ hasText: summary });
    const sectionLinks = covered.locator('a[href*="#"]');
    await expect(sectionLinks.first()).toBeVisible();
    const links = await sectionLinks.evaluateAll((anchors) =>
      anchors.map((a) => ({ name: a.textContent!.trim(), href: a.getAttribute('href')! })),
    );
    for (const link of links) expect(link.href.startsWith(`${prefix}/docs/`), link.href).toBe(true);
    if (locale === 'en')
      await expect(
        covered.getByRole('link', { name: 'Three elements: act, means and purpose', exact: true }),
      ).toHaveAttribute('href', '/docs/definitions#three-elements-act-means-and-purpose');

    // A link works: it opens the page at its heading.
    const [first] = links;
    await covered.getByRole('link', { name: first!.name, exact: true }).click();
    await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === first!.href);
    const firstAnchor = decodeURIComponent(first!.href.split('#')[1]!);
    await expect(page.locator(`[id="${firstAnchor}"]`)).toBeInViewport();

    // Every link is named by the heading it leads to (as that page shows it), not by its slug.
    for (const pathname of new Set(links.map((link) => link.href.split('#')[0]!))) {
      if (new URL(page.url()).pathname !== pathname) await page.goto(pathname);
      for (const link of links.filter((l) => l.href.startsWith(`${pathname}#`))) {
        const anchor = decodeURIComponent(link.href.split('#')[1]!);
        const heading = page.locator(`:is(h2, h3, h4, h5, h6)[id="${anchor}"]`);
        await expect(heading, `${link.href} leads to a heading`).toHaveCount(1);
        const headingText = (await heading.textContent())!.replace(/\u200B/g, '').trim();
        expect(
          link.name === headingText || link.name.endsWith(` › ${headingText}`),
          `"${link.name}" names the heading "${headingText}"`,
        ).toBe(true);
      }
    }
  });
}

test('a wrong ordering answer names the items out of place, in words and on the items', async ({
  page,
}) => {
  const quiz = quizzes.find((q) => q.id === 'definitions')!;
  const index = quiz.questions.findIndex((q) => q.type === 'order');
  const question = quiz.questions[index]!;
  if (question.type !== 'order') throw new Error('the definitions quiz has no ordering question');
  await page.goto('/quizzes/definitions');
  await waitForHydration(page);
  await goToQuestion(page, quiz.questions, index);
  // The right order, then the last item moved to the top: one item out of place.
  await answer(page, question, true);
  const labels = question.items.map((item) => question.text.items![item]!);
  const moved = labels.at(-1)!;
  for (let step = 1; step < labels.length; step += 1)
    await page.getByRole('button', { name: `Move up: ${moved}`, exact: true }).click();
  await page.getByRole('button', { name: 'Check answer' }).click();

  const summary = `Out of place (1 of ${labels.length}):`;
  const feedback = page.getByText(summary, { exact: true });
  await expect(feedback).toBeVisible();
  await expect(feedback.locator('xpath=following-sibling::ul[1]').getByRole('listitem')).toHaveText(
    [moved],
  );
  // The item itself is marked in words, not by colour alone; the others are not marked.
  const rows = page.locator('section[aria-labelledby="quiz-question-heading"] ol li');
  await expect(rows.filter({ hasText: 'Out of place' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Out of place' })).toContainText(moved);
  // Screen readers hear it too.
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Not quite.' })).toHaveText(
    `Not quite. ${summary} ${/[.!?…:;]$/.test(moved) ? moved : `${moved}.`}`,
  );
  // The whole order is not given away: the other items are not named.
  for (const label of labels.slice(0, -1))
    await expect(feedback.locator('xpath=following-sibling::ul[1]')).not.toContainText(label);
});
