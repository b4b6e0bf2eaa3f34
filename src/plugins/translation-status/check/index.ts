import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

import { TRANSLATED_LOCALES } from '../../../config/locales';
import { collectStatus } from '../collectStatus';
import { DOCS_INSTANCES } from '../sourceHash';
import {
  languageGate,
  lettersGate,
  numbersGate,
  spellingGate,
  spellingWords,
  frontMatterGate,
  keptAsInEnglish,
  structureGate,
  termsGate,
  type GateTerm,
  type NumberFormat,
  type PlacedText,
  type Problem,
  type Spelling,
} from './gates';
import { dictionaryFor, readWordList, wordListFile } from './spelling';
import {
  componentProse,
  FRONT_MATTER,
  pageStructure,
  paragraphs,
  plainInline,
  yamlStrings,
  type Paragraph,
} from './text';

export type { Problem } from './gates';

/** What the gates need of the termbase (i18n/terminology.yaml), per locale. */
export interface CheckTerminology {
  /** Names that stay as written: not the terms they contain. */
  readonly names: readonly string[];
  /** The forms of the termbase's names in a locale (case pseudonyms, places, organisations). */
  readonly localNames: (locale: string) => readonly string[];
  readonly terms: (locale: string) => readonly GateTerm[];
  readonly format: (locale: string) => NumberFormat;
}

const DATA_KINDS = ['quizzes', 'handouts', 'slides'] as const;

const relative = (siteDir: string, file: string) =>
  path.relative(siteDir, file).split(path.sep).join('/');

function contentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file) && !path.basename(file).startsWith('_'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

const joined = (items: readonly Paragraph[]) => items.map((item) => item.text).join('\n');

const lined = (items: readonly Paragraph[]): PlacedText[] =>
  items.map((item) => ({ place: `line ${item.line}`, text: item.text }));

/**
 * What the spelling gate needs for a locale, or undefined where npm has no
 * Hunspell dictionary for it. Besides the dictionary, a word passes if the
 * project word list or the termbase has it: a word of a target form, or of a
 * name with a capital. A word listed in lower case passes with a capital too
 * (at the start of a sentence); one listed with a capital, only as listed.
 */
async function spellingFor(
  siteDir: string,
  locale: string,
  terminology: CheckTerminology,
): Promise<Spelling | undefined> {
  const dictionary = await dictionaryFor(locale);
  if (!dictionary) return undefined;
  const names = [...terminology.names, ...terminology.localNames(locale)];
  const own = new Set([
    ...readWordList(siteDir, locale).map((entry) => entry.word),
    ...terminology
      .terms(locale)
      .flatMap((term) => term.use)
      .flatMap((form) => spellingWords(form)),
    ...names.flatMap((name) => spellingWords(name)).filter((word) => /^\p{Lu}/u.test(word)),
  ]);
  const listed = (word: string) => {
    const straight = word.replaceAll('’', "'");
    return own.has(straight) || own.has(straight.toLowerCase());
  };
  return {
    locale,
    names,
    accepts: (word) => listed(word) || dictionary.knows(word),
    wordList: wordListFile(locale),
  };
}

/** Front matter keys whose values are the page's text (translated); every other key stays as in the English. */
const FRONT_MATTER_TEXT_KEYS = [
  'title',
  'description',
  'sidebar_label',
  'objectives',
  'key_points',
  // An exercise's materials list (src/plugins/materials): the day page's checklist shows the translation's.
  'materials',
  'materials_note',
  'translation_of',
];

/** A page's front matter, as Docusaurus reads it (YAML); {} where there is none. */
function frontMatterOf(markdown: string): Record<string, unknown> {
  const yaml = FRONT_MATTER.exec(markdown)?.[1];
  const parsed: unknown = yaml === undefined ? {} : parseYaml(yaml);
  return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

/** The front matter gate, or the YAML error that keeps the front matter from being read. */
function checkFrontMatter(english: string, translated: string) {
  let theirs: Record<string, unknown>;
  try {
    theirs = frontMatterOf(translated);
  } catch (error) {
    return [
      {
        place: 'front matter',
        gate: 'structure' as const,
        message: `the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
        fix: "put a text with \": \" or \"#\" in quotes ('…'), and double a ' inside it ('')",
      },
    ];
  }
  return frontMatterGate(frontMatterOf(english), theirs, FRONT_MATTER_TEXT_KEYS);
}

/** The gates on one translated page against its English source. */
function checkPage(
  file: string,
  english: string,
  translated: string,
  locale: string,
  terminology: CheckTerminology,
  spelling: Spelling | undefined,
): Problem[] {
  const englishProse = paragraphs(english);
  const translatedProse = paragraphs(translated);
  // A prop the translation keeps as in the English is an id or a name, not the locale's text.
  const englishProps = new Set(componentProse(english).map((prop) => prop.text));
  const translatedProps = componentProse(translated).filter((prop) => !englishProps.has(prop.text));
  return [
    ...checkFrontMatter(english, translated),
    ...structureGate(pageStructure(english), pageStructure(translated)),
    ...numbersGate(englishProse, joined(translatedProse), terminology.format(locale)),
    ...termsGate(
      joined(englishProse),
      joined(translatedProse),
      terminology.terms(locale),
      terminology.names,
    ),
    ...lettersGate(locale, translatedProse),
    ...languageGate(locale, translatedProse, terminology.names),
    ...(spelling
      ? spellingGate(
          lined([...translatedProse, ...translatedProps].sort((a, b) => a.line - b.line)),
          spelling,
        )
      : []),
  ].map((problem) => ({ file, ...problem }));
}

/**
 * Keys of quiz, handout and slide files whose values are data, not text: the
 * translation keeps them as in the English (chapters: ['4.2'] is not a decimal,
 * day: early-identification not a term to translate).
 */
const DATA_VALUE_KEYS = new Set([
  'chapters',
  'day',
  'exercise',
  'fairwork',
  'lines',
  'local',
  'max',
  'min',
  'ordered',
  'orientation',
  'time',
  'type',
]);

/** The last key of a path such as slides[2].diagram.type. */
const lastKey = (keyPath: string) =>
  keyPath
    .replace(/\[\d+\]/g, '')
    .split('.')
    .pop() ?? '';

/** The gates on one YAML text (quiz, handout, slides) against en.yaml, string by string. */
function checkData(
  file: string,
  english: unknown,
  translated: unknown,
  locale: string,
  terminology: CheckTerminology,
  spelling: Spelling | undefined,
): Problem[] {
  const englishByPath = new Map(yamlStrings(english).map((entry) => [entry.path, entry.text]));
  const all = yamlStrings(translated);
  const changedData = all
    .filter((entry) => DATA_VALUE_KEYS.has(lastKey(entry.path)) && englishByPath.has(entry.path))
    .flatMap((entry) => keptAsInEnglish(entry.path, entry.text, englishByPath.get(entry.path)))
    .map((problem) => ({ file, ...problem }));
  const strings = all.filter((entry) => !DATA_VALUE_KEYS.has(lastKey(entry.path)));
  // A string as in the English is data (an id, "landscape") or a name, not the locale's text.
  const spelt = spelling
    ? spellingGate(
        strings
          .filter((entry) => entry.text !== englishByPath.get(entry.path))
          .map((entry) => ({ place: entry.path, text: plainInline(entry.text) })),
        spelling,
      ).map((problem) => ({ file, ...problem }))
    : [];
  const perString = strings.flatMap(({ path: keyPath, text }) => {
    const source = englishByPath.get(keyPath);
    const prose: Paragraph[] = [{ line: 0, text }];
    return [
      ...(source === undefined
        ? []
        : numbersGate([{ line: 0, text: source }], text, terminology.format(locale))),
      ...termsGate(source, text, terminology.terms(locale), terminology.names),
      ...lettersGate(locale, prose),
      ...languageGate(locale, prose, terminology.names),
    ].map((problem) => ({
      file,
      ...problem,
      place: problem.place.startsWith('English line') ? keyPath : `${keyPath} (${problem.place})`,
    }));
  });
  return [...changedData, ...perString, ...spelt];
}

/** The gates that need no English: the UI strings of code.json. */
function checkMessages(
  file: string,
  locale: string,
  terminology: CheckTerminology,
  spelling: Spelling | undefined,
): Problem[] {
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  const withoutPlaceholders = (message: string) => message.replace(/\{\w+\}/g, '');
  const perMessage = Object.entries(messages).flatMap(([id, { message }]) => {
    const prose: Paragraph[] = [{ line: 0, text: withoutPlaceholders(message) }];
    return [
      ...termsGate(undefined, message, terminology.terms(locale)),
      ...lettersGate(locale, prose),
      ...languageGate(locale, prose, terminology.names),
    ].map((problem) => ({ ...problem, file: '', place: id }));
  });
  const spelt = spelling
    ? spellingGate(
        Object.entries(messages).map(([id, { message }]) => ({
          place: id,
          text: plainInline(withoutPlaceholders(message)),
        })),
        spelling,
      ).map((problem) => ({ ...problem, file: '' }))
    : [];
  return [...perMessage, ...spelt];
}

/**
 * Every translation gate over every translated page, quiz, handout and slide
 * text and the UI strings of every locale, and no stale translation. Returns
 * the problems; none means the translations pass. Asynchronous because the
 * spelling dictionaries are ES modules, imported when first needed.
 */
export async function checkTranslations(
  siteDir: string,
  terminology: CheckTerminology,
  locales: readonly string[] = TRANSLATED_LOCALES,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const locale of locales) {
    const spelling = await spellingFor(siteDir, locale, terminology);
    for (const instance of DOCS_INSTANCES) {
      const dir = path.join(siteDir, 'i18n', locale, instance.i18nDir);
      for (const file of contentFiles(dir)) {
        const source = path.join(siteDir, instance.sourceDir, file);
        if (!existsSync(source)) continue; // reported by the "current" gate
        const translatedFile = path.join(dir, file);
        problems.push(
          ...checkPage(
            relative(siteDir, translatedFile),
            readFileSync(source, 'utf8'),
            readFileSync(translatedFile, 'utf8'),
            locale,
            terminology,
            spelling,
          ),
        );
      }
    }
    for (const kind of DATA_KINDS) {
      const dir = path.join(siteDir, kind);
      if (!existsSync(dir)) continue;
      for (const id of readdirSync(dir).sort()) {
        const translatedFile = path.join(dir, id, `${locale}.yaml`);
        const source = path.join(dir, id, 'en.yaml');
        if (!existsSync(translatedFile) || !existsSync(source)) continue;
        problems.push(
          ...checkData(
            relative(siteDir, translatedFile),
            parseYaml(readFileSync(source, 'utf8')),
            parseYaml(readFileSync(translatedFile, 'utf8')),
            locale,
            terminology,
            spelling,
          ),
        );
      }
    }
    const messages = path.join(siteDir, 'i18n', locale, 'code.json');
    if (existsSync(messages))
      problems.push(
        ...checkMessages(messages, locale, terminology, spelling).map((problem) => ({
          ...problem,
          file: relative(siteDir, messages),
        })),
      );
  }
  // Current: a translation behind its English is a failure, not a notice, in CI.
  for (const status of collectStatus(siteDir).filter((row) => locales.includes(row.locale))) {
    const stale = [
      ...status.stale,
      ...status.quizzesStale,
      ...status.handoutsStale,
      ...status.slidesStale,
    ];
    for (const file of stale)
      problems.push({
        file: `${file} (${status.locale})`,
        place: 'translation_of',
        gate: 'current',
        message:
          'not stamped against the English as it is now (never stamped, or the English changed since)',
        fix: 'update the translation, have it reviewed, then run npm run i18n:stamp -- <file>',
      });
  }
  return problems;
}

/** One line per problem: `file:place [gate] message → fix`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.place} [${problem.gate}] ${problem.message} → ${problem.fix}`;
}
