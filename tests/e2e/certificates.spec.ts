import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import matter from 'gray-matter';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';

import { contentEditionDate } from '../../src/config/contentEdition';
import { MODULES, QUIZ_IDS } from '../../src/config/modules';
import { formatEditionDate } from '../../src/lib/certificate';
import { PROGRESS_KEY, type Progress } from '../../src/lib/progress';
import { passedQuiz as passed, seedProgress } from './progress-helpers';
import { englishQuizzes } from './quiz-helpers';
import { expect, test, waitForHydration } from './test-utils';
import { FUND_IN_CREDIT } from '../../src/config/credit';

const siteDir = path.resolve(__dirname, '../..');

/** The text of a PDF, as pdftotext (poppler-utils) reads it. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** How many pages a PDF has (pdfinfo). */
function pdfPageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

/**
 * A quiz's module as its front matter describes it: title in the locale (English where the page
 * is not translated yet) and estimated study time. The numbers on certificates come from here.
 */
function moduleOfQuiz(quizId: string, locale = 'en'): { title: string; minutes: number } {
  const module = MODULES.find((entry) => entry.pageType === 'module' && entry.quiz === quizId)!;
  const translated = path.join(
    siteDir,
    'i18n',
    locale,
    'docusaurus-plugin-content-docs/current',
    module.file,
  );
  const file =
    locale !== 'en' && existsSync(translated)
      ? translated
      : path.join(siteDir, 'docs', module.file);
  const { data } = matter(readFileSync(file, 'utf8'));
  return { title: String(data.title), minutes: Number(data.minutes) };
}

/** The site's address as the build knows it (build/catalog.json). */
const siteAddress = () =>
  (
    JSON.parse(readFileSync(path.join(siteDir, 'build/catalog.json'), 'utf8')) as {
      site: { url: string };
    }
  ).site.url;

/** Every quiz passed, each with its own score, on its current version. */
function everyQuizPassed(): { progress: Progress; scores: Record<string, number> } {
  const versions = new Map(englishQuizzes().map((quiz) => [quiz.id, quiz.version]));
  const scores = Object.fromEntries(QUIZ_IDS.map((id, index) => [id, 80 + index * 2]));
  return {
    scores,
    progress: {
      schema: 1,
      quizzes: Object.fromEntries(
        QUIZ_IDS.map((id) => [
          id,
          passed(versions.get(id)!, scores[id]!, '2026-11-22T10:00:00.000Z'),
        ]),
      ),
    },
  };
}

/** Prints the page as the browser's Print would (print media, A4) and returns the PDF file. */
async function printToPdf(page: Page, file: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  return file;
}

test('a Cyrillic name gets a PDF certificate whose text reads back correctly', async ({ page }) => {
  await seedProgress(page, {
    schema: 1,
    quizzes: { definitions: passed(1, 92, '2026-11-20T10:00:00.000Z') },
  });
  await page.goto('/mk/certificate?quiz=definitions');
  await waitForHydration(page);
  const name = 'Марија Ѓорѓиевска-Ќосевска';
  await page.getByRole('textbox').fill(name);
  const sheet = page.locator('article');
  await expect(sheet).toContainText(name);
  await expect(sheet).toContainText('92%');
  const id = await sheet.locator('[data-certificate-id]').getAttribute('data-certificate-id');
  expect(id).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button').filter({ hasText: 'PDF' }).click(),
  ]);
  const text = pdfText((await download.path())!);
  expect(text).toContain(name);
  expect(text).toContain('92%');
  expect(text).toContain(id!);
  // The date in Macedonian, the credit line and the honest wording are on it.
  expect(text).toMatch(/20 ноември 2026|20\.11\.2026/);
  expect(text).toContain('Safe!');
  expect(text).toMatch(FUND_IN_CREDIT);
  // Tagged, in Macedonian: a screen reader reads the heading, then the name, in order.
  const file = (await download.path())!;
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
  const structure = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
  expect(structure).toMatch(/^Document\n\s+H1 /);
  expect(structure).toContain(`"${name}"`);
  const catalog = (await PDFDocument.load(readFileSync(file))).catalog;
  expect(catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('mk');
});

test('Hungarian and Dutch diacritics are written in the PDF; the name stays on the device', async ({
  page,
}) => {
  await seedProgress(page, {
    schema: 1,
    quizzes: { definitions: passed(1, 100, '2026-11-21T10:00:00.000Z') },
  });
  await page.goto('/certificate?quiz=definitions');
  await waitForHydration(page);
  const name = 'Őrsi Ünige Zoë van der Heĳden';
  await page
    .getByRole('textbox', { name: 'Your name as it should appear on the certificate' })
    .fill(name);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  expect(pdfText((await download.path())!)).toContain('Őrsi Ünige Zoë');
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
  expect(stored.learnerName).toBe(name);
  await expect(page.getByRole('status')).toContainText('The PDF has been downloaded.');
});

test('characters the font lacks give a clear message instead of a broken PDF', async ({ page }) => {
  await seedProgress(page, {
    schema: 1,
    quizzes: { definitions: passed(1, 100, '2026-11-21T10:00:00.000Z') },
  });
  await page.goto('/certificate?quiz=definitions');
  await waitForHydration(page);
  await page
    .getByRole('textbox', { name: 'Your name as it should appear on the certificate' })
    .fill('李小龍 Lee');
  await expect(page.getByRole('alert')).toContainText('李 小 龍');
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Print' })).toBeEnabled();
});

test('the course certificate is offered only when every quiz is passed', async ({ page }) => {
  await seedProgress(page, {
    schema: 1,
    quizzes: { definitions: passed(1, 100, '2026-11-21T10:00:00.000Z') },
  });
  await page.goto('/certificate?quiz=course');
  await waitForHydration(page);
  await expect(page.getByText('when you have passed the quiz of every module')).toBeVisible();

  expect(QUIZ_IDS.length).toBe(10);
  await seedProgress(page, everyQuizPassed().progress);
  await page.goto('/progress');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'Get your course certificate' }).click();
  await page.getByRole('textbox').fill('Ana de Vries');
  await expect(page.locator('article')).toContainText(
    'Voices from the field: all learning modules',
  );
});

test('a module certificate shows the study time, the module title, the learner’s declaration, the issuer and the edition', async ({
  page,
}) => {
  await seedProgress(page, {
    schema: 1,
    quizzes: { definitions: passed(1, 92, '2026-11-20T10:00:00.000Z') },
  });
  await page.goto('/certificate?quiz=definitions');
  await waitForHydration(page);
  await page
    .getByRole('textbox', { name: 'Your name as it should appear on the certificate' })
    .fill('Ana de Vries');
  const sheet = page.getByRole('article', { name: 'Certificate of completion' });
  const module = moduleOfQuiz('definitions');
  await expect(sheet).toContainText(module.title);
  await expect(sheet).toContainText('Score: 92%');
  await expect(sheet).toContainText(`Estimated study time: ${module.minutes} min`);
  await expect(sheet).toContainText(
    'Declaration by Ana de Vries: “I completed this module and its test myself.”',
  );
  await expect(sheet).toContainText(`Issued by Voices from the field, ${siteAddress()}`);
  // The edition is the day the learning content last changed, not a software version.
  const edition = formatEditionDate(contentEditionDate({ siteDir }), 'en');
  await expect(sheet).toContainText(`Edition of ${edition} · quiz version 1`);
  await expect(sheet).not.toContainText('Site version');
  // Still honest about what it is.
  await expect(sheet).toContainText('It is not verified by anyone.');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  const text = pdfText((await download.path())!).replace(/\s+/g, ' ');
  expect(text).toContain(`Estimated study time: ${module.minutes} min`);
  expect(text).toContain('I completed this module and its test myself.');
  expect(text).toContain(`Issued by Voices from the field, ${siteAddress()}`);
  expect(text).toContain(`Edition of ${edition}`);
});

test('a Dutch certificate names the module in Dutch once its page is translated, in English until then', async ({
  page,
}) => {
  await seedProgress(page, {
    schema: 1,
    quizzes: { netherlands: passed(1, 88, '2026-11-20T10:00:00.000Z') },
  });
  await page.goto('/nl/certificate?quiz=netherlands');
  await waitForHydration(page);
  await page.getByRole('textbox').fill('Zoë de Vries');
  const module = moduleOfQuiz('netherlands', 'nl');
  await expect(page.locator('article')).toContainText(module.title);
  await expect(page.locator('article')).toContainText(`${module.minutes} min`);
});

for (const subject of ['definitions', 'course']) {
  test(`printing the ${subject} certificate gives exactly one A4 page, the certificate alone`, async ({
    page,
  }, testInfo) => {
    await seedProgress(page, everyQuizPassed().progress);
    await page.goto(`/certificate?quiz=${subject}`);
    await waitForHydration(page);
    await page
      .getByRole('textbox', { name: 'Your name as it should appear on the certificate' })
      .fill('Ana de Vries');
    await expect(page.getByRole('article')).toContainText('Ana de Vries');
    const file = await printToPdf(page, testInfo.outputPath(`print-${subject}.pdf`));
    expect(pdfPageCount(file)).toBe(1);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Certificate of completion');
    expect(text).toContain('Ana de Vries');
    // No form, buttons, menu or site footer on paper.
    expect(text).not.toContain('Your name as it should appear');
    expect(text).not.toContain('Download PDF');
    expect(text).not.toContain('Your certificate');
  });
}

test('the course certificate lists every module with its score and study time, and the total', async ({
  page,
}) => {
  const { progress, scores } = everyQuizPassed();
  await seedProgress(page, progress);
  await page.goto('/certificate?quiz=course');
  await waitForHydration(page);
  await page.getByRole('textbox').fill('Ana de Vries');
  const sheet = page.getByRole('article', { name: 'Certificate of completion' });
  const modules = QUIZ_IDS.map((id) => ({ ...moduleOfQuiz(id), score: scores[id]! }));
  const lines = modules.map(
    (module) => `${module.title}: ${module.score}% · ${module.minutes} min`,
  );
  // In course order, as the learner met them.
  const list = sheet.getByRole('list', {
    name: 'Modules completed, with score and estimated study time',
  });
  await expect(list.getByRole('listitem')).toHaveText(lines);
  const total = modules.reduce((sum, module) => sum + module.minutes, 0);
  await expect(sheet).toContainText(`Total estimated study time: ${total} min`);
  const average = Math.round(
    modules.reduce((sum, module) => sum + module.score, 0) / modules.length,
  );
  await expect(sheet).toContainText(`Average score: ${average}%`);
  await expect(sheet).toContainText(
    'Declaration by Ana de Vries: “I completed these modules and their tests myself.”',
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ]);
  const file = (await download.path())!;
  expect(pdfPageCount(file)).toBe(1);
  const text = pdfText(file).replace(/\s+/g, ' ');
  for (const line of lines) expect(text).toContain(line);
  expect(text).toContain(`Total estimated study time: ${total} min`);
});

for (const viewport of [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
]) {
  test(`on a ${viewport.width} px phone the certificate page is no wider than the screen`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await seedProgress(page, everyQuizPassed().progress);
    for (const subject of ['north-macedonia', 'course']) {
      await page.goto(`/certificate?quiz=${subject}`);
      await waitForHydration(page);
      await page.getByRole('textbox').fill('Александра Димитрова-Стојановска Ѓорѓиевска-Ќосевска');
      await expect(page.getByRole('article')).toContainText('Ѓорѓиевска');
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, `/certificate?quiz=${subject}`).toBeLessThanOrEqual(innerWidth);
    }
  });
}
