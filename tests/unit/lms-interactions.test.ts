import { randomUUID } from 'node:crypto';
import path from 'node:path';
import validateStatement from '@learninglocker/xapi-validation';
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';

import { LOCALE_CODES } from '../../src/config/locales';
import { QUIZ_IDS } from '../../src/config/modules';
import { isCorrect, type Response } from '../../src/components/Quiz/grading';
import { cmi5AuId } from '../../src/lms/manifests';
import {
  scorm12Interaction,
  scorm12Time,
  xapiInteraction,
  xapiResponse,
} from '../../src/lms/runtime/interactions';
import { connectScorm12 } from '../../src/lms/runtime/scorm12';
import {
  loadQuizSources,
  resolveQuiz,
  type LoadedQuestion,
} from '../../src/plugins/quizzes/loadQuizzes';

const siteDir = path.resolve(__dirname, '../..');
const quizzes = loadQuizSources(siteDir, QUIZ_IDS, LOCALE_CODES).map((source) =>
  resolveQuiz(source, 'en', 'en'),
);
const questions = quizzes.flatMap((quiz) =>
  quiz.questions.map((question) => ({ quiz: quiz.id, question })),
);

/** A right answer, given the way the quiz lets a learner give it (clicked in reverse order). */
function rightResponse(question: LoadedQuestion): Response {
  switch (question.type) {
    case 'single':
      return { type: 'single', selected: question.correct[0]! };
    case 'multiple':
      return { type: 'multiple', selected: [...question.correct].reverse() };
    case 'true-false':
      return { type: 'true-false', selected: question.correct };
    case 'categorize':
      return {
        type: 'categorize',
        placed: Object.fromEntries(Object.entries(question.items).reverse()),
      };
    case 'order':
      return { type: 'order', order: [...question.items] };
    case 'scenario': {
      const actedAt = question.steps.indexOf(question.act_from);
      return { type: 'scenario', revealed: actedAt + 1, actedAt };
    }
  }
}

/** A wrong answer, or none (a scenario in which acting at any step is right). */
function wrongResponse(question: LoadedQuestion): Response | undefined {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const wrong = question.options.find((option) => !question.correct.includes(option))!;
      return question.type === 'single'
        ? { type: 'single', selected: wrong }
        : { type: 'multiple', selected: [...question.correct, wrong] };
    }
    case 'true-false':
      return { type: 'true-false', selected: !question.correct };
    case 'categorize': {
      const [first, ...others] = Object.entries(question.items);
      const elsewhere = question.categories.find((category) => category !== first![1])!;
      return {
        type: 'categorize',
        placed: Object.fromEntries([[first![0], elsewhere], ...others]),
      };
    }
    case 'order':
      return { type: 'order', order: [...question.items].reverse() };
    case 'scenario': {
      const actedAt = question.steps.findIndex(
        (_, step) => !isCorrect(question, { type: 'scenario', revealed: step + 1, actedAt: step }),
      );
      return actedAt < 0 ? undefined : { type: 'scenario', revealed: actedAt + 1, actedAt };
    }
  }
}

/** An "answered" statement as @xapi/cmi5 sends it for the AU of the quiz's module. */
function answeredStatement(quiz: string, question: LoadedQuestion, response: Response) {
  return {
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    actor: {
      objectType: 'Agent',
      name: 'Learner',
      account: { homePage: 'https://lms.example.org', name: 'learner-1' },
    },
    verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
    object: {
      objectType: 'Activity',
      id: `${cmi5AuId({ moduleId: quiz, locale: 'en' })}/test/quiz/question/${question.id}`,
      definition: xapiInteraction(question, 'en'),
    },
    result: { response: xapiResponse(question, response), success: isCorrect(question, response) },
    context: { registration: randomUUID() },
  };
}

const problemsOf = (statement: unknown) =>
  validateStatement(statement).map((warning) => `${warning.path.join('.')}: ${warning.message}`);

describe.each(questions)('the interaction of $quiz/$question.id', ({ quiz, question }) => {
  const right = rightResponse(question);
  const wrong = wrongResponse(question);

  it('has right and wrong answers that grading agrees with', () => {
    expect(isCorrect(question, right)).toBe(true);
    if (wrong) expect(isCorrect(question, wrong)).toBe(false);
  });

  describe('in xAPI (cmi5 "answered")', () => {
    const definition = xapiInteraction(question, 'en');

    it('is a valid statement with a full interaction definition', () => {
      expect(problemsOf(answeredStatement(quiz, question, right))).toEqual([]);
      if (wrong) expect(problemsOf(answeredStatement(quiz, question, wrong))).toEqual([]);
      expect(definition.interactionType).toMatch(/^(choice|true-false|matching|sequencing)$/);
      expect(definition.correctResponsesPattern.length).toBeGreaterThan(0);
      expect(definition.name.en).toBe(question.text.prompt);
    });

    it('names its components with unique ids that patterns can hold, each with its text', () => {
      const lists = [definition.choices, definition.source, definition.target].filter(Boolean);
      if (question.type === 'true-false') expect(lists).toEqual([]);
      for (const list of lists) {
        const ids = list!.map((component) => component.id);
        expect(new Set(ids).size).toBe(ids.length);
        // No whitespace and none of the "[,]" / "[.]" delimiters of response patterns.
        for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
        for (const component of list!) expect(component.description.en).toBeTruthy();
      }
      // Every id in a pattern is a component of the question.
      const known = new Set(lists.flatMap((list) => list!.map((component) => component.id)));
      for (const pattern of definition.correctResponsesPattern) {
        const ids = pattern.split('[,]').flatMap((part) => part.split('[.]'));
        if (question.type === 'true-false') expect(ids).toEqual([String(question.correct)]);
        else for (const id of ids) expect(known).toContain(id);
      }
    });

    it('gives a right answer as the first correct response pattern, and a wrong one as none', () => {
      expect(xapiResponse(question, right)).toBe(definition.correctResponsesPattern[0]);
      if (wrong)
        expect(definition.correctResponsesPattern).not.toContain(xapiResponse(question, wrong));
    });
  });

  describe('in SCORM 1.2 (cmi.interactions.n)', () => {
    const at = new Date(2024, 4, 17, 9, 5, 3);
    const values = (response: Response, n = 3) =>
      new Map(scorm12Interaction(n, question, response, isCorrect(question, response), at));
    const element = (name: string) => `cmi.interactions.3.${name}`;
    const patternsOf = (interaction: Map<string, string>) =>
      [...interaction.keys()]
        .filter((key) => /\.correct_responses\.\d+\.pattern$/.test(key))
        .map((key) => interaction.get(key)!);
    // RTE 3.4.2.7.5 and 3.4.2.7.7: single characters 0-9 and a-z; "{…}" when all must be given.
    const FEEDBACK: Record<string, RegExp> = {
      'true-false': /^[01tf]$/,
      choice: /^[0-9a-z](,[0-9a-z])*$/,
      sequencing: /^[0-9a-z](,[0-9a-z])*$/,
      matching: /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/,
    };
    const unbraced = (pattern: string) => pattern.replace(/^\{(.*)\}$/, '$1');

    it('sets the id first, then values in the SCORM 1.2 formats', () => {
      const interaction = values(right);
      expect([...interaction.keys()][0]).toBe(element('id'));
      expect(interaction.get(element('id'))).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
      const type = interaction.get(element('type'))!;
      expect(type).toMatch(/^(true-false|choice|matching|sequencing)$/);
      expect(interaction.get(element('time'))).toBe('09:05:03');
      expect(interaction.get(element('weighting'))).toBe('1');
      expect(interaction.get(element('result'))).toBe('correct');
      expect(interaction.get(element('student_response'))).toMatch(FEEDBACK[type]!);
      const patterns = patternsOf(interaction);
      expect(patterns.length).toBeGreaterThan(0);
      for (const pattern of patterns) {
        expect(pattern.length).toBeLessThanOrEqual(255);
        expect(unbraced(pattern)).toMatch(FEEDBACK[type]!);
      }
      expect(interaction.get(element('correct_responses.0.pattern'))).toBe(patterns[0]);
    });

    it('gives a right answer as a correct pattern, and a wrong one as none and "wrong"', () => {
      const rightValues = values(right);
      expect(patternsOf(rightValues).map(unbraced)).toContain(
        rightValues.get(element('student_response')),
      );
      if (!wrong) return;
      const wrongValues = values(wrong);
      expect(wrongValues.get(element('result'))).toBe('wrong');
      expect(patternsOf(wrongValues).map(unbraced)).not.toContain(
        wrongValues.get(element('student_response')),
      );
    });
  });
});

describe('interaction details', () => {
  const find = (type: LoadedQuestion['type']) =>
    questions.find(({ question }) => question.type === type)!.question;

  it('takes, for a scenario, every step at which grading accepts acting as correct', () => {
    for (const { question } of questions) {
      if (question.type !== 'scenario') continue;
      const patterns = xapiInteraction(question, 'en').correctResponsesPattern;
      question.steps.forEach((step, actedAt) => {
        const response: Response = { type: 'scenario', revealed: actedAt + 1, actedAt };
        expect(xapiResponse(question, response)).toBe(step);
        expect(patterns.includes(step)).toBe(isCorrect(question, response));
      });
    }
  });

  it('are checked by a validator that rejects what xAPI does not allow', () => {
    const trueFalse = find('true-false');
    const statement = answeredStatement('definitions', trueFalse, rightResponse(trueFalse));
    const withChoices = {
      ...statement,
      object: {
        ...statement.object,
        definition: { ...statement.object.definition, choices: [{ id: 'true' }] },
      },
    };
    expect(problemsOf(withChoices)).not.toEqual([]);
  });

  it('keys texts by the language it is given and writes matching pairs with [.]', () => {
    const categorize = find('categorize');
    const definition = xapiInteraction(categorize, 'hu');
    expect(Object.keys(definition.name)).toEqual(['hu']);
    expect(Object.keys(definition.source![0]!.description)).toEqual(['hu']);
    expect(definition.correctResponsesPattern[0]).toMatch(/^[a-z0-9-]+\[\.\][a-z0-9-]+\[,\]/);
  });

  it('writes SCORM 1.2 true-false as t or f, and clock times with two digits each', () => {
    const trueFalse = find('true-false');
    const response = (selected: boolean): Response => ({ type: 'true-false', selected });
    const studentResponse = (selected: boolean) =>
      new Map(scorm12Interaction(0, trueFalse, response(selected), true, new Date())).get(
        'cmi.interactions.0.student_response',
      );
    expect([studentResponse(true), studentResponse(false)]).toEqual(['t', 'f']);
    expect(scorm12Time(new Date(2024, 0, 1, 23, 59, 7))).toBe('23:59:07');
  });
});

describe('a SCORM 1.2 LMS (scorm-again)', () => {
  it('accepts every answer of a quiz as interactions, appended after those it holds', () => {
    const api = new Scorm12API({ autocommit: false, logLevel: 5 });
    const rejected: string[] = [];
    const set = api.LMSSetValue.bind(api);
    api.LMSSetValue = (element: string, value: string) => {
      const accepted = set(element, value);
      if (accepted !== 'true') rejected.push(`${element}=${value}: ${api.LMSGetLastError()}`);
      return accepted;
    };
    const host = { API: api } as unknown as Window & { parent: unknown };
    host.parent = host;
    const adapter = connectScorm12(host)!;
    const quiz = quizzes.find((candidate) => candidate.id === 'definitions')!;
    for (const response of [wrongResponse, rightResponse])
      for (const question of quiz.questions) {
        const given = response(question) ?? rightResponse(question);
        adapter.answered!(question, given, isCorrect(question, given));
      }
    expect(rejected).toEqual([]);
    expect(api.LMSGetValue('cmi.interactions._count')).toBe(String(quiz.questions.length * 2));
    const held = JSON.parse(JSON.stringify(api.cmi.interactions)) as Record<
      string,
      { id: string; result: string }
    >;
    expect(Object.values(held).map((interaction) => interaction.id)).toEqual([
      ...quiz.questions.map((question) => question.id),
      ...quiz.questions.map((question) => question.id),
    ]);
    expect(held[String(quiz.questions.length)]!.result).toBe('correct');
  });
});
