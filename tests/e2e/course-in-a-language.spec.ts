import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

import { answer, quizLabelsOf } from './quiz-driver';
import { quizzesIn } from './quiz-helpers';
import { expect, test, uiMessages, waitForHydration } from './test-utils';

// A professional does the course in their own language, on a phone: the start, a module, its
// quiz, the certificate PDF and a search, all in that language. For each language, with an
// inflected word its search must stem: the Macedonian plural with its article, криумчарите, is not
// on the page (криумчари is); nor is the Hungarian 'with the smugglers', embercsempészekkel
// (embercsempésznek and embercsempészeknek are).
const siteDir = path.resolve(__dirname, '../..');
const COURSE_LANGUAGES: { locale: string; query: string }[] = [
  { locale: 'nl', query: 'smokkelaars' },
  { locale: 'bg', query: 'контрабандата' },
  { locale: 'mk', query: 'криумчарите' },
  { locale: 'hu', query: 'embercsempészekkel' },
];

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

for (const { locale, query } of COURSE_LANGUAGES) {
  test(`the whole course path in ${locale} on a phone: module, quiz, certificate, search`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const messages = uiMessages(locale);
    const text = (id: string) => messages[id]!.message;
    const moduleTitle = String(
      matter(
        readFileSync(
          path.join(
            siteDir,
            `i18n/${locale}/docusaurus-plugin-content-docs/current/definitions.mdx`,
          ),
          'utf8',
        ),
      ).data.title,
    );
    const quiz = quizzesIn(locale).find((candidate) => candidate.id === 'definitions')!;
    expect(quiz.textLocale, 'the quiz is translated').toBe(locale);

    // Home, then the start page, then "Begin" to the first module.
    await page.goto(`/${locale}/`);
    await waitForHydration(page);
    await page.locator(`main a[href="/${locale}/docs/start"]`).first().click();
    await waitForHydration(page);
    const begin = page
      .getByRole('navigation', { name: text('courseStart.label') })
      .getByRole('link');
    await begin.first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/docs/definitions$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(moduleTitle);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);

    // The module's quiz, every answer right.
    await page.locator(`main a[href="/${locale}/quizzes/definitions"]`).first().click();
    await waitForHydration(page);
    const labels = quizLabelsOf(messages);
    for (const [index, question] of quiz.questions.entries()) {
      await answer(page, question, true, labels);
      await page.getByRole('button', { name: labels.check }).click();
      await page
        .getByRole('button', {
          name: index < quiz.questions.length - 1 ? labels.next : labels.finish,
        })
        .click();
    }

    // The certificate, in the language, with the module's translated title in the PDF.
    await page.getByRole('link', { name: text('quiz.certificateLink') }).click();
    await waitForHydration(page);
    await page.getByRole('textbox').fill('Ivana Petrova');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button').filter({ hasText: 'PDF' }).click(),
    ]);
    const pdf = execFileSync('pdftotext', [(await download.path())!, '-'], { encoding: 'utf8' });
    expect(pdf.replace(/\s+/g, ' ')).toContain(moduleTitle.replace(/\s+/g, ' '));
    expect(pdf).toContain('Ivana Petrova');

    // Search with an inflected word finds the module, on this language's site.
    await page.goto(`/${locale}/search?q=${encodeURIComponent(query)}`);
    await waitForHydration(page);
    const results = page.locator('main ol > li');
    await expect(results.first()).toBeVisible();
    await expect(results.locator(`a[href^="/${locale}/docs/definitions"]`).first()).toBeVisible();
  });
}
