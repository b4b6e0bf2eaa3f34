import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import {
  DataError,
  readYamlFile,
  siteRelative,
  zodProblems,
  type DataProblem,
} from '../data/yamlData';

import { headingAnchors } from './headings';
import {
  quizStructureSchema,
  quizTextSchema,
  type QuestionStructure,
  type QuestionText,
  type QuizStructure,
  type QuizText,
} from './schema';

export type QuizProblem = DataProblem;

export class QuizDataError extends DataError {
  constructor(problems: readonly QuizProblem[]) {
    super(problems, 'quiz data', 'The quiz format is described in CONTRIBUTING.md ("Quizzes").');
  }
}

export type LoadedQuestion = QuestionStructure & { readonly text: QuestionText };

/** A quiz as a quiz page needs it: structure and text of one locale merged. */
export interface LoadedQuiz {
  readonly id: string;
  readonly version: number;
  readonly passMark: number;
  readonly title: string;
  /** The locale of the text; differs from the page's locale when the text fell back to English. */
  readonly textLocale: string;
  readonly questions: readonly LoadedQuestion[];
  /** Section links, in question order, without duplicates. */
  readonly sections: readonly string[];
}

/** The English source of a doc path (`definitions`, `early-identification/index`), if there is one. */
export function findDoc(siteDir: string, docPath: string): string | undefined {
  const candidates = [
    `${docPath}.mdx`,
    `${docPath}.md`,
    `${docPath}/index.mdx`,
    `${docPath}/index.md`,
  ];
  return candidates.map((c) => path.join(siteDir, 'docs', c)).find((c) => existsSync(c));
}

function checkStructure(siteDir: string, file: string, quiz: QuizStructure): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const seen = new Set<string>();
  quiz.questions.forEach((question, index) => {
    const at = `questions.${index} (${question.id})`;
    if (seen.has(question.id))
      add(`${at}.id`, `the id "${question.id}" is used twice; give each question its own id`);
    seen.add(question.id);

    const [docPath, anchor] = question.section.split('#') as [string, string | undefined];
    const doc = findDoc(siteDir, docPath);
    if (!doc)
      add(
        `${at}.section`,
        `there is no page docs/${docPath}(.md|.mdx|/index.mdx); use the path of a module page under docs/`,
      );
    else if (anchor && !headingAnchors(readFileSync(doc, 'utf8')).has(anchor)) {
      add(
        `${at}.section`,
        `docs/${docPath} has no heading with the anchor "#${anchor}"; use the anchor of an existing heading`,
      );
    }

    switch (question.type) {
      case 'single':
      case 'multiple': {
        const unknown = question.correct.filter((option) => !question.options.includes(option));
        if (unknown.length > 0)
          add(
            `${at}.correct`,
            `"${unknown.join('", "')}" is not among the options (${question.options.join(', ')})`,
          );
        if (new Set(question.options).size !== question.options.length)
          add(`${at}.options`, 'an option id is used twice');
        break;
      }
      case 'categorize': {
        for (const [item, category] of Object.entries(question.items)) {
          if (!question.categories.includes(category)) {
            add(
              `${at}.items.${item}`,
              `"${category}" is not one of the categories (${question.categories.join(', ')})`,
            );
          }
        }
        break;
      }
      case 'order':
        if (new Set(question.items).size !== question.items.length)
          add(`${at}.items`, 'an item id is used twice');
        break;
      case 'scenario': {
        const from = question.steps.indexOf(question.act_from);
        if (from < 0)
          add(
            `${at}.act_from`,
            `"${question.act_from}" is not one of the steps (${question.steps.join(', ')})`,
          );
        if (question.act_by !== undefined) {
          const by = question.steps.indexOf(question.act_by);
          if (by < 0)
            add(
              `${at}.act_by`,
              `"${question.act_by}" is not one of the steps (${question.steps.join(', ')})`,
            );
          else if (by < from)
            add(
              `${at}.act_by`,
              'act_by comes before act_from; it must be the same step or a later one',
            );
        }
        break;
      }
      case 'true-false':
        break;
    }
  });
  return problems;
}

/** The ids a question's text must provide, per text field. */
function requiredTextIds(
  question: QuestionStructure,
): Partial<Record<'options' | 'categories' | 'items' | 'steps', string[]>> {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { options: question.options };
    case 'categorize':
      return { categories: question.categories, items: Object.keys(question.items) };
    case 'order':
      return { items: question.items };
    case 'scenario':
      return { steps: question.steps };
    case 'true-false':
      return {};
  }
}

function checkText(file: string, structure: QuizStructure, text: QuizText): QuizProblem[] {
  const problems: QuizProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const questionIds = new Set(structure.questions.map((q) => q.id));
  for (const textId of Object.keys(text.questions)) {
    if (!questionIds.has(textId))
      add(
        `questions.${textId}`,
        `quiz.yaml has no question "${textId}"; remove this text or correct its id`,
      );
  }
  for (const question of structure.questions) {
    const questionText = text.questions[question.id];
    if (!questionText) {
      add(
        `questions.${question.id}`,
        `the text of question "${question.id}" is missing; add its prompt and feedback`,
      );
      continue;
    }
    const required = requiredTextIds(question);
    for (const field of ['options', 'categories', 'items', 'steps'] as const) {
      const ids = required[field] ?? [];
      const given = questionText[field] ?? {};
      for (const idNeeded of ids) {
        if (!(idNeeded in given))
          add(
            `questions.${question.id}.${field}.${idNeeded}`,
            `the text for ${field.slice(0, -1)} "${idNeeded}" is missing`,
          );
      }
      for (const idGiven of Object.keys(given)) {
        if (!ids.includes(idGiven))
          add(
            `questions.${question.id}.${field}.${idGiven}`,
            `quiz.yaml has no ${field.slice(0, -1)} "${idGiven}" in this question; remove it or correct the id`,
          );
      }
    }
  }
  return problems;
}

export interface QuizSource {
  readonly id: string;
  readonly structure: QuizStructure;
  /** Text per locale that has a text file. */
  readonly texts: Readonly<Record<string, QuizText>>;
}

/** Reads and validates every quiz under `quizzes/`; throws a QuizDataError listing every problem. */
export function loadQuizSources(
  siteDir: string,
  knownQuizIds: readonly string[],
  locales: readonly string[],
): QuizSource[] {
  const quizzesDir = path.join(siteDir, 'quizzes');
  const problems: QuizProblem[] = [];
  const sources: QuizSource[] = [];
  const folders = existsSync(quizzesDir)
    ? readdirSync(quizzesDir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
  for (const quizId of folders) {
    const dir = path.join(quizzesDir, quizId);
    const structureFile = path.join(dir, 'quiz.yaml');
    if (!knownQuizIds.includes(quizId)) {
      problems.push({
        file: siteRelative(siteDir, dir),
        field: '(folder)',
        message: `"${quizId}" is not a module's quiz id (${knownQuizIds.join(', ')}); rename the folder`,
      });
      continue;
    }
    if (!existsSync(structureFile)) {
      problems.push({
        file: siteRelative(siteDir, dir),
        field: '(folder)',
        message: 'quiz.yaml is missing; every quiz folder needs one',
      });
      continue;
    }
    const rawStructure = readYamlFile(siteDir, structureFile, problems);
    if (rawStructure === undefined) continue;
    const parsed = quizStructureSchema.safeParse(rawStructure);
    if (!parsed.success) {
      problems.push(...zodProblems(siteRelative(siteDir, structureFile), parsed.error));
      continue;
    }
    problems.push(...checkStructure(siteDir, siteRelative(siteDir, structureFile), parsed.data));

    const texts: Record<string, QuizText> = {};
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.yaml') && f !== 'quiz.yaml')
      .sort()) {
      const locale = file.replace(/\.yaml$/, '');
      const textFile = path.join(dir, file);
      if (!locales.includes(locale)) {
        problems.push({
          file: siteRelative(siteDir, textFile),
          field: '(file name)',
          message: `"${locale}" is not a locale of the site (${locales.join(', ')}); name text files <locale>.yaml`,
        });
        continue;
      }
      const rawText = readYamlFile(siteDir, textFile, problems);
      if (rawText === undefined) continue;
      const text = quizTextSchema.safeParse(rawText);
      if (!text.success) {
        problems.push(...zodProblems(siteRelative(siteDir, textFile), text.error));
        continue;
      }
      problems.push(...checkText(siteRelative(siteDir, textFile), parsed.data, text.data));
      texts[locale] = text.data;
    }
    if (!texts.en) {
      problems.push({
        file: siteRelative(siteDir, path.join(dir, 'en.yaml')),
        field: '(file)',
        message:
          'the English text is missing; English is the source every translation falls back to',
      });
      continue;
    }
    sources.push({ id: quizId, structure: parsed.data, texts });
  }
  if (problems.length > 0) throw new QuizDataError(problems);
  return sources;
}

/** One quiz in one locale; falls back to the English text when the locale has none. */
export function resolveQuiz(source: QuizSource, locale: string, defaultLocale: string): LoadedQuiz {
  const textLocale = source.texts[locale] ? locale : defaultLocale;
  const text = source.texts[textLocale]!;
  const questions = source.structure.questions.map((question) => ({
    ...question,
    text: text.questions[question.id]!,
  }));
  return {
    id: source.id,
    version: source.structure.version,
    passMark: source.structure.pass_mark,
    title: text.title,
    textLocale,
    questions,
    sections: [...new Set(questions.map((q) => q.section))],
  };
}
