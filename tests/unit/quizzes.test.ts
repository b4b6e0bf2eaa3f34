import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { LOCALE_CODES } from '../../src/config/locales';
import { QUIZ_IDS } from '../../src/config/modules';
import { QuizDataError, loadQuizSources, resolveQuiz } from '../../src/plugins/quizzes/loadQuizzes';
import {
  initialResponse,
  isCorrect,
  misplacedItems,
  shuffle,
} from '../../src/components/Quiz/grading';

const fixtures = path.join(__dirname, '__fixtures__/quizzes');
const realSite = path.resolve(__dirname, '../..');
let site: string;

/** A small site with one module page and the fixture as its `definitions` quiz. */
function siteWith(fixture: string): string {
  mkdirSync(path.join(site, 'docs'), { recursive: true });
  writeFileSync(
    path.join(site, 'docs/definitions.mdx'),
    '# Definitions\n\n## Act, Means and Purpose\n\nText.\n',
  );
  cpSync(path.join(fixtures, fixture), path.join(site, 'quizzes/definitions'), { recursive: true });
  return site;
}

function problemsOf(fixture: string): string {
  try {
    loadQuizSources(siteWith(fixture), QUIZ_IDS, LOCALE_CODES);
  } catch (error) {
    if (error instanceof QuizDataError) return error.message;
    throw error;
  }
  throw new Error(`${fixture} was accepted`);
}

beforeEach(() => {
  site = mkdtempSync(path.join(os.tmpdir(), 'quiz-site-'));
});
afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('quiz validation', () => {
  it('accepts a quiz with every question type', () => {
    const [quiz] = loadQuizSources(siteWith('good'), QUIZ_IDS, LOCALE_CODES);
    expect(quiz?.structure.questions.map((q) => q.type)).toEqual([
      'single',
      'true-false',
      'categorize',
      'order',
      'scenario',
    ]);
  });

  it.each([
    [
      'bad-unknown-type',
      /quiz\.yaml → questions\.1\.type: type must be one of: single, multiple, true-false, categorize, order, scenario/,
    ],
    [
      'bad-missing-text',
      /en\.yaml → questions\.consent: the text of question "consent" is missing; add its prompt and feedback/,
    ],
    [
      'bad-extra-text-id',
      /en\.yaml → questions\.smuggling: quiz\.yaml has no question "smuggling"; remove this text or correct its id/,
    ],
    [
      'bad-no-correct-option',
      /quiz\.yaml → questions\.0\.correct: a single-choice question has exactly one correct option/,
    ],
    ['bad-pass-mark', /quiz\.yaml → pass_mark: the pass mark is a percentage from 1 to 100/],
    [
      'bad-section',
      /quiz\.yaml → questions\.0 \(elements\)\.section: docs\/definitions has no heading with the anchor "#no-such-heading"/,
    ],
    ['bad-yaml', /quiz\.yaml → \(file\): not valid YAML/],
  ])('%s fails with the file, the field and how to fix it', (fixture, expected) => {
    expect(problemsOf(fixture)).toMatch(expected);
  });

  it('falls back to English for a locale without text, and says so', () => {
    const [source] = loadQuizSources(siteWith('good'), QUIZ_IDS, LOCALE_CODES);
    const quiz = resolveQuiz(source!, 'hu', 'en');
    expect(quiz.textLocale).toBe('en');
    expect(quiz.title).toBe('Quiz: Understanding trafficking');
  });
});

describe('the quizzes of the site', () => {
  it('all validate', () => {
    expect(() => loadQuizSources(realSite, QUIZ_IDS, LOCALE_CODES)).not.toThrow();
  });
});

describe('grading', () => {
  const [source] = (() => {
    site = mkdtempSync(path.join(os.tmpdir(), 'quiz-site-'));
    return loadQuizSources(siteWith('good'), QUIZ_IDS, LOCALE_CODES);
  })();
  const quiz = resolveQuiz(source!, 'en', 'en');
  const byId = (id: string) => quiz.questions.find((q) => q.id === id)!;

  it('marks a scenario right only when acting within the range', () => {
    const mascha = byId('mascha');
    expect(isCorrect(mascha, { type: 'scenario', revealed: 1, actedAt: 0 })).toBe(false);
    expect(isCorrect(mascha, { type: 'scenario', revealed: 2, actedAt: 1 })).toBe(true);
    expect(isCorrect(mascha, { type: 'scenario', revealed: 3, actedAt: 2 })).toBe(true);
  });

  it('never starts an ordering question in the right order', () => {
    for (let seed = 1; seed < 50; seed += 1) {
      const response = initialResponse(byId('steps'), seed);
      expect(response.type === 'order' && response.order.join()).not.toBe('one,two,three');
    }
  });

  it("names the fewest items out of place in an ordering answer, in the learner's order", () => {
    const steps = byId('steps');
    const misplaced = (...order: string[]) => misplacedItems(steps, { type: 'order', order });
    expect(misplaced('one', 'two', 'three')).toEqual([]);
    // One item moved to the end is one mistake, not three items each one place off.
    expect(misplaced('two', 'three', 'one')).toEqual(['one']);
    expect(misplaced('one', 'three', 'two')).toEqual(['two']);
    expect(misplaced('three', 'two', 'one')).toHaveLength(2);
    // Not an ordering question: nothing to name.
    expect(misplacedItems(byId('elements'), { type: 'single', selected: 'a' })).toEqual([]);
  });

  it('shuffles the same way for the same seed (server and browser agree)', () => {
    expect(shuffle(['a', 'b', 'c', 'd'], 7)).toEqual(shuffle(['a', 'b', 'c', 'd'], 7));
  });
});
