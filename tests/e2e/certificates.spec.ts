import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';

import { PROGRESS_KEY } from '../../src/lib/progress';
import { passedQuiz as passed, seedProgress } from './progress-helpers';
import { expect, test, waitForHydration } from './test-utils';

/** The text of a PDF, as pdftotext (poppler-utils) reads it. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
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
  expect(text).toContain('AMIF');
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

  await page.goto('/progress');
  await waitForHydration(page);
  const ids = await page
    .locator('tr[data-quiz]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-quiz')!));
  expect(ids.length).toBe(10);
  await seedProgress(page, {
    schema: 1,
    quizzes: Object.fromEntries(ids.map((id) => [id, passed(1, 90, '2026-11-22T10:00:00.000Z')])),
  });
  await page.goto('/progress');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'Get your course certificate' }).click();
  await page.getByRole('textbox').fill('Ana de Vries');
  await expect(page.locator('article')).toContainText(
    'Voices from the field: all learning modules',
  );
  await expect(page.locator('article')).toContainText('90%');
});
