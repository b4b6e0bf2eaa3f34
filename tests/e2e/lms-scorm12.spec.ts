import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';

import { LOCALE_CODES } from '../../src/config/locales';
import { QUIZ_IDS } from '../../src/config/modules';
import { loadQuizSources, resolveQuiz } from '../../src/plugins/quizzes/loadQuizzes';
import { startLmsHost, type LmsHost } from './lms-host';
import { answerAll } from './quiz-driver';
import { expect, test } from './test-utils';

// One stand-in LMS for the file: its tests run in order, in one worker.
test.describe.configure({ mode: 'serial' });

const siteDir = path.resolve(__dirname, '../..');
const quiz = resolveQuiz(
  loadQuizSources(siteDir, QUIZ_IDS, LOCALE_CODES).find((source) => source.id === 'definitions')!,
  'en',
  'en',
);

let host: LmsHost;
test.beforeAll(async () => {
  host = await startLmsHost(3181);
});
test.afterAll(async () => {
  await host.close();
});

interface Cmi {
  status: string;
  score: string;
  suspendData: string;
  exit: string;
}

test('a SCORM 1.2 LMS records the score, passed or failed, and resumes from suspend data', async ({
  page,
  problems,
}) => {
  // Two attempts and a relaunch, on a shared CI machine.
  test.setTimeout(120_000);
  await page.goto(`${host.origin}/scorm12-host?pkg=en/definitions`);
  const frame = page.frameLocator('iframe[title="Module"]');
  await expect(frame.locator('h1').first()).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('data-lms', 'connected');
  const readCmi = () =>
    page.evaluate(() => {
      const api = (window as unknown as { API: { LMSGetValue(e: string): string } }).API;
      return {
        status: api.LMSGetValue('cmi.core.lesson_status'),
        score: api.LMSGetValue('cmi.core.score.raw'),
        suspendData: api.LMSGetValue('cmi.suspend_data'),
        exit: '',
      } satisfies Cmi;
    });
  expect((await readCmi()).status).toBe('incomplete');

  // A first attempt with wrong answers fails.
  await answerAll(frame, quiz.questions, false);
  await expect(frame.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
  const failed = await readCmi();
  expect(failed.status).toBe('failed');
  expect(Number(failed.score)).toBeLessThan(quiz.passMark);

  // The second attempt, all right, passes.
  await frame.getByRole('button', { name: 'Try again' }).click();
  await answerAll(frame, quiz.questions, true);
  await expect(frame.getByRole('heading', { name: 'You passed' })).toBeVisible();
  const passed = await readCmi();
  expect(passed.status).toBe('passed');
  expect(passed.score).toBe('100');
  expect(JSON.parse(passed.suspendData)).toMatchObject({
    quizVersion: quiz.version,
    bestScore: 100,
    lastScore: 100,
    attempts: 2,
    passed: true,
  });
  // Inside the LMS the package links to nothing outside itself.
  await expect(frame.getByRole('link', { name: 'Get your certificate' })).toHaveCount(0);

  // A new session: the LMS hands back what it kept, and the quiz shows it.
  await page.addInitScript(
    (saved) => {
      (window as unknown as { __SAVED_CMI__: unknown }).__SAVED_CMI__ = saved;
    },
    {
      core: { lesson_status: passed.status, score: { raw: passed.score } },
      suspend_data: passed.suspendData,
    },
  );
  await page.goto(`${host.origin}/scorm12-host?pkg=en/definitions`);
  await expect(frame.getByText('Your best score so far: 100%.')).toBeVisible();
  expect((await readCmi()).status).toBe('passed');
  expect(problems.consoleErrors).toEqual([]);
});

test('outside an LMS the package works as on the public site', async ({ page, problems }) => {
  await page.goto(`${host.origin}/pkg/scorm12/nl/definitions/index.html`);
  await expect(page.locator('html')).toHaveAttribute('data-lms', 'none');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  // Dutch quiz text and buttons (the locale's quiz text and code.json strings).
  await expect(page.getByRole('button', { name: 'Controleer je antwoord' })).toBeVisible();
  await expect(page.locator('.footer__copyright')).toContainText('AMIF');
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  // Taking the quiz stores the result on the device, as the public site does.
  await page.getByRole('button', { name: 'Controleer je antwoord' }).waitFor();
  expect(problems.consoleErrors).toEqual([]);
});
