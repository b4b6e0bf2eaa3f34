import { readFileSync } from 'node:fs';
import path from 'node:path';
import validateStatement from '@learninglocker/xapi-validation';
import { load } from 'cheerio';
import { strFromU8, unzipSync } from 'fflate';

import { lmsPackagePath } from '../../src/config/institutions';
import { LOCALE_CODES } from '../../src/config/locales';
import { QUIZ_IDS } from '../../src/config/modules';
import { loadQuizSources, resolveQuiz } from '../../src/plugins/quizzes/loadQuizzes';
import { startLmsHost, type LmsHost } from './lms-host';
import { answerAll } from './quiz-driver';
import { expect, test } from './test-utils';

// One stand-in LMS and LRS for the file: its tests run in order, in one worker.
test.describe.configure({ mode: 'serial' });

const siteDir = path.resolve(__dirname, '../..');
const quiz = resolveQuiz(
  loadQuizSources(siteDir, QUIZ_IDS, LOCALE_CODES).find((source) => source.id === 'definitions')!,
  'en',
  'en',
);
const files = unzipSync(
  readFileSync(path.join(siteDir, 'build', lmsPackagePath('cmi5', 'en', 'definitions'))),
);
const $ = load(strFromU8(files['cmi5.xml']!), { xmlMode: true });
const au = { id: $('au').attr('id')!, url: $('au > url').text() };

let host: LmsHost;
test.beforeAll(async () => {
  host = await startLmsHost(3182);
});
test.afterAll(async () => {
  await host.close();
});

const verbs = (statements: Record<string, unknown>[]) =>
  statements.map((statement) => (statement.verb as { id: string }).id.split('/').pop());

test('the cmi5 package has a course structure with one AU that launches the module', () => {
  expect($('courseStructure').attr('xmlns')).toBe(
    'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd',
  );
  expect($('course').attr('id')).toMatch(/^urn:voices-from-the-field:definitions:en$/);
  expect($('au')).toHaveLength(1);
  expect($('au').attr('moveOn')).toBe('CompletedAndPassed');
  expect(Number($('au').attr('masteryScore'))).toBe(quiz.passMark / 100);
  expect(files[au.url]).toBeDefined();
});

test('launched by a cmi5 LMS, the quiz sends initialized, answered, passed, completed and terminated', async ({
  page,
  problems,
}) => {
  test.setTimeout(90_000);
  const registration = '5b8a6f38-7a0d-4a7f-9e4c-2d64a1b0c3e1';
  const actor = {
    objectType: 'Agent',
    name: 'Learner',
    account: { homePage: host.origin, name: 'learner-1' },
  };
  const launch = new URL(`${host.origin}/pkg/cmi5/en/definitions/${au.url}`);
  launch.search = new URLSearchParams({
    endpoint: `${host.origin}/lrs/`,
    fetch: `${host.origin}/lrs/fetch`,
    actor: JSON.stringify(actor),
    registration,
    activityId: au.id,
  }).toString();
  await page.goto(launch.toString());
  await expect(page.locator('html')).toHaveAttribute('data-lms', 'connected');
  await expect.poll(() => verbs(host.statements)).toEqual(['initialized']);

  await answerAll(page, quiz.questions, true);
  await expect(page.getByRole('heading', { name: 'You passed' })).toBeVisible();
  await expect
    .poll(() => verbs(host.statements))
    .toEqual(['initialized', ...quiz.questions.map(() => 'answered'), 'passed', 'completed']);

  const byVerb = (verb: string) =>
    host.statements.filter((statement) => (statement.verb as { id: string }).id.endsWith(verb));
  const passed = byVerb('passed')[0] as {
    result: { score: { scaled: number }; success: boolean };
    object: { id: string };
    context: { registration: string };
    actor: unknown;
  };
  expect(passed.result.score.scaled).toBe(1);
  expect(passed.result.success).toBe(true);
  expect(passed.object.id).toBe(au.id);
  expect(passed.context.registration).toBe(registration);
  expect(passed.actor).toEqual(actor);
  const answered = byVerb('answered') as {
    object: {
      id: string;
      definition: {
        name: Record<string, string>;
        interactionType: string;
        correctResponsesPattern: string[];
      };
    };
    result: { success: boolean; response: string };
  }[];
  expect(answered.map((statement) => statement.object.id)).toEqual(
    quiz.questions.map((question) => `${au.id}/test/quiz/question/${question.id}`),
  );
  expect(answered.every((statement) => statement.result.success)).toBe(true);
  // Each answer carries its full interaction: type, question text and correct responses,
  // and every right answer given through the page is one of its correct response patterns.
  for (const [index, { object, result }] of answered.entries()) {
    expect(object.definition.interactionType).toMatch(/^(choice|true-false|matching|sequencing)$/);
    expect(object.definition.name).toEqual({ en: quiz.questions[index]!.text.prompt });
    expect(object.definition.correctResponsesPattern).toContain(result.response);
  }

  // Closing the page ends the session.
  await page.goto('about:blank');
  await expect.poll(() => verbs(host.statements).at(-1)).toBe('terminated');
  // Every statement the LRS received is valid xAPI (Learning Locker's validator).
  expect(
    host.statements.flatMap((statement, index) =>
      validateStatement(statement).map(
        (warning) =>
          `statement ${index} (${verbs([statement])[0]}) ${warning.path.join('.')}: ${warning.message}`,
      ),
    ),
  ).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('outside an LMS the cmi5 package works as on the public site', async ({ page, problems }) => {
  await page.goto(`${host.origin}/pkg/cmi5/hu/definitions/index.html`);
  await expect(page.locator('html')).toHaveAttribute('data-lms', 'none');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hu');
  await expect(page.locator('#quiz-root button').first()).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
});
