import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';

import { LOCALE_CODES } from '../../src/config/locales';
import { QUIZ_IDS } from '../../src/config/modules';
import { loadQuizSources, resolveQuiz } from '../../src/plugins/quizzes/loadQuizzes';
import { startLmsHost, type LmsHost } from './lms-host';
import { answerAll, canBeWrong } from './quiz-driver';
import { expect, test } from './test-utils';
import { FUND_IN_CREDIT } from '../../src/config/credit';

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

/** cmi.interactions.n as the LMS holds it (write-only for the SCO, read here from scorm-again). */
interface Interaction {
  id: string;
  type: string;
  time: string;
  weighting: string;
  student_response: string;
  result: string;
  correct_responses: Record<string, { pattern: string }>;
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

  // Every checked answer of both attempts is an interaction, in the SCORM 1.2 formats.
  const interactions = (await page.evaluate(() => {
    const api = (window as unknown as { API: { cmi: { interactions: unknown } } }).API;
    return Object.values(JSON.parse(JSON.stringify(api.cmi.interactions)) as object);
  })) as Interaction[];
  const count = await page.evaluate(() =>
    (window as unknown as { API: { LMSGetValue(e: string): string } }).API.LMSGetValue(
      'cmi.interactions._count',
    ),
  );
  expect(count).toBe(String(quiz.questions.length * 2));
  const ids = quiz.questions.map((question) => question.id);
  expect(interactions.map((interaction) => interaction.id)).toEqual([...ids, ...ids]);
  expect(interactions.map((interaction) => interaction.result)).toEqual([
    ...quiz.questions.map((question) => (canBeWrong(question) ? 'wrong' : 'correct')),
    ...quiz.questions.map(() => 'correct'),
  ]);
  // SCORM 1.2 (RTE 3.4.2.7): identifiers in responses are single characters 0-9 and a-z.
  const FEEDBACK: Record<string, RegExp> = {
    'true-false': /^[01tf]$/,
    choice: /^[0-9a-z](,[0-9a-z])*$/,
    sequencing: /^[0-9a-z](,[0-9a-z])*$/,
    matching: /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/,
  };
  for (const [index, interaction] of interactions.entries()) {
    expect(interaction.id).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
    const feedback = FEEDBACK[interaction.type];
    expect(feedback, `type of interaction ${index}`).toBeDefined();
    expect(interaction.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/);
    expect(interaction.weighting).toBe('1');
    expect(interaction.student_response).toMatch(feedback!);
    // "{…}": every listed choice or pair must be given.
    const patterns = Object.values(interaction.correct_responses).map(({ pattern }) =>
      pattern.replace(/^\{(.*)\}$/, '$1'),
    );
    expect(patterns.length).toBeGreaterThan(0);
    for (const pattern of patterns) expect(pattern).toMatch(feedback!);
    const right = interaction.result === 'correct';
    expect(patterns.includes(interaction.student_response), `interaction ${index}`).toBe(right);
  }

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
  await expect(page.locator('.footer__copyright')).toContainText(FUND_IN_CREDIT);
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  // Taking the quiz stores the result on the device, as the public site does.
  await page.getByRole('button', { name: 'Controleer je antwoord' }).waitFor();
  expect(problems.consoleErrors).toEqual([]);
});
