import { franc } from 'franc';

import type { PageStructure, Paragraph } from './text';

/*
 * The translation gates of `npm run i18n:check`. Each takes the English and
 * the translated text of one file and returns its problems, each with the
 * place and the fix, so that a failing CI run says what to change.
 */

export interface Problem {
  /** File, relative to the site. */
  readonly file: string;
  /** Line (`12`), key path (`questions[2].feedback`) or message id. */
  readonly place: string;
  readonly gate:
    'structure' | 'numbers' | 'terms' | 'letters' | 'language' | 'spelling' | 'current';
  readonly message: string;
  readonly fix: string;
}

type Found = Omit<Problem, 'file'>;

/** One term of i18n/terminology.yaml, as the gates need it. */
export interface GateTerm {
  readonly id: string;
  /** English phrases that signal the term. */
  readonly en: readonly string[];
  /** Accepted target forms, for the fix message. */
  readonly use: readonly string[];
  /** Word-prefix phrases, one of which the translation must contain (acronyms in capitals: whole words). */
  readonly stems: readonly string[];
  /** Variants that must not appear (written like stems). */
  readonly forbid: readonly string[];
  /** False where the English phrase is too common to demand the target form wherever it occurs. */
  readonly enforce: boolean;
}

export interface NumberFormat {
  /** Thousands separators accepted, e.g. ['.'] or [' ', '\u00a0']. */
  readonly thousands: readonly string[];
  readonly decimal: string;
  /** How a four-digit number is written: 5.433 (grouped), 5433 (plain) or either. */
  readonly fourDigits: 'grouped' | 'plain' | 'either';
}

// ---------------------------------------------------------------- structure

const describeHeading = (heading: { depth: number; text: string; anchor: string }) =>
  `${'#'.repeat(heading.depth)} ${heading.text} (#${heading.anchor})`;

/** Same headings (levels and anchors), components with their data props, links, admonitions and lists. */
export function structureGate(english: PageStructure, translated: PageStructure): Found[] {
  const problems: Found[] = [];
  const count = Math.max(english.headings.length, translated.headings.length);
  for (let index = 0; index < count; index += 1) {
    const source = english.headings[index];
    const target = translated.headings[index];
    if (!source || !target) {
      problems.push({
        place: `heading ${index + 1}`,
        gate: 'structure',
        message: source
          ? `the English heading ${describeHeading(source)} has no counterpart`
          : `the heading ${describeHeading(target!)} is not in the English`,
        fix: 'keep exactly the headings of the English page, in the same order and at the same levels',
      });
      break;
    }
    if (source.depth !== target.depth || source.anchor !== target.anchor) {
      problems.push({
        place: `heading ${index + 1}`,
        gate: 'structure',
        message: `"${describeHeading(target)}" translates "${describeHeading(source)}"`,
        fix:
          source.depth !== target.depth
            ? `make it a level-${source.depth} heading (${'#'.repeat(source.depth)})`
            : `end the heading with {/* #${source.anchor} */} so that links to #${source.anchor} keep working`,
      });
    }
  }
  const sequence = (
    kind: string,
    a: readonly string[],
    b: readonly string[],
    fix: string,
    linesOfB?: readonly number[],
  ): Found | undefined => {
    if (a.join('\n') === b.join('\n')) return undefined;
    const index = a.findIndex((item, i) => item !== b[i]);
    const at = index < 0 ? a.length : index;
    const line = linesOfB?.[at];
    return {
      place: `${kind} ${at + 1}${line ? ` (line ${line})` : ''}`,
      gate: 'structure',
      message: `the English has ${a[at] ? `"${a[at]}"` : 'nothing'} here, the translation ${b[at] ? `"${b[at]}"` : 'nothing'} (English: ${a.length}, translation: ${b.length})`,
      fix,
    };
  };
  for (const problem of [
    sequence(
      'component',
      english.components,
      translated.components,
      'use the same components, in the same order, with the same ids and data',
    ),
    sequence(
      'link',
      english.links,
      translated.links,
      'keep every link target of the English page, in the same order',
    ),
    sequence(
      'admonition',
      english.admonitions,
      translated.admonitions,
      'keep the same admonitions (:::note, :::tip, …) in the same order',
    ),
    sequence(
      'list',
      english.lists,
      translated.lists,
      'keep the lists of the English; a line that begins with a number and a dot ("1. ") starts a numbered list, so rewrap the sentence to move that number off the start of the line',
      translated.listLines,
    ),
  ])
    if (problem) problems.push(problem);
  return problems;
}

/**
 * A value that is data, not text (a quiz id, chapters, a slide's day or diagram
 * type), changed by the translation: front matter and quiz, handout and slide
 * files alike keep it as in the English.
 */
export function keptAsInEnglish(place: string, theirs: unknown, english: unknown): Found[] {
  return JSON.stringify(theirs) === JSON.stringify(english)
    ? []
    : [
        {
          place,
          gate: 'structure',
          message: `${JSON.stringify(theirs)} is data, and the English has ${JSON.stringify(english)}`,
          fix: `write it as in the English: ${JSON.stringify(english)}`,
        },
      ];
}

/** What a front matter value is, for comparing the translation's with the English. */
function shapeOf(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length} (${value.map(shapeOf).join(', ')})`;
  if (value === null) return 'empty';
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

/**
 * The front matter keeps the English keys and the shape of each value (a text
 * stays a text, a list keeps its length), and every value that is not text
 * (page_type, minutes, quiz, chapters) as it is. Why: YAML reads an unquoted
 * "…: …" inside a translated key point as a mapping, and the build then fails
 * far from the translator's check.
 */
export function frontMatterGate(
  english: Record<string, unknown>,
  translated: Record<string, unknown>,
  textKeys: readonly string[],
): Found[] {
  const problems: Found[] = [];
  for (const [key, value] of Object.entries(english)) {
    const place = `front matter ${key}`;
    if (!(key in translated)) {
      problems.push({
        place,
        gate: 'structure',
        message: `the key "${key}" of the English front matter is missing`,
        fix: `add "${key}" (${textKeys.includes(key) ? 'translated' : 'as in the English'})`,
      });
      continue;
    }
    const theirs = translated[key];
    if (!textKeys.includes(key)) problems.push(...keptAsInEnglish(place, theirs, value));
    else if (shapeOf(theirs) !== shapeOf(value))
      problems.push({
        place,
        gate: 'structure',
        message: `"${key}" is ${shapeOf(theirs)}; the English has ${shapeOf(value)}`,
        fix: `keep the English shape; put a text with ": " or "#" in quotes ('…')`,
      });
  }
  return problems;
}

// ---------------------------------------------------------------- numbers

/** Numbers of English prose: 10,793 · 3.35 · 2017 · 80. */
// Not a number inside a word or an address, nor the first part of "16-year-old" (a translation may write it as a word).
const ENGLISH_NUMBER =
  /(?<![\w.,/#-])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w]|[.,]\d|-\p{L})/gu;

/**
 * A number that keeps its dot in every language: an article ("art. 3.51 Vb"),
 * a version ("SCORM 1.2", "version 2.1") or a chapter of the report
 * ("chapter 6.2", "chapters 8.2 and 9.1", "the North Macedonia chapter (6.2)",
 * "chapters 3.1, 3.4 (Exercise 2), 4.2", "section 4.5":
 * a section number, not a decimal).
 */
const KEEPS_ITS_DOT =
  /(?:\b(?:[Aa]rt|[Aa]rtikel|[Aa]rticle|[Ll]id|[Pp]ar)\.?|(?:чл|член|§)\.?|\b[A-Z]{2,}\w*|\b[Vv]ersion|\bv|\b(?:[Cc]hapters?|[Ss]ections?)\s+\(?(?:\d+(?:\.\d+)*(?:\s*\([^)]*\))?(?:,\s*|\s+and\s+))*)\s*$/u;

/**
 * A time of day of the English (09:30, 16:15, "13:45: the trainer…"). Each language has its own way to
 * write it (nl "9.30 uur", bg "9:30 ч.", hu "9.30" or "9:30"): any of them is
 * accepted, with or without the leading zero, and its numbers are not checked
 * one by one.
 */
const ENGLISH_TIME = /(?<![\w.,:])([01]?\d|2[0-3]):([0-5]\d)(?!\w|[.,:]\d)/g;

function timeRenderings(hours: string, minutes: string): string[] {
  const plain = String(Number(hours));
  return [...new Set([plain, hours.padStart(2, '0')])].flatMap((hour) =>
    [':', '.'].map((separator) => `${hour}${separator}${minutes}`),
  );
}

function grouped(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** The ways a number of the English may be written in the locale. */
export function localeRenderings(english: string, format: NumberFormat): string[] {
  const [integerPart, decimals] = english.split('.');
  const digits = integerPart!.replace(/,/g, '');
  const groupedForms = format.thousands.map((separator) => grouped(digits, separator));
  const integers =
    digits.length >= 5
      ? groupedForms
      : digits.length === 4 && integerPart!.includes(',')
        ? [
            ...(format.fourDigits === 'plain' ? [] : groupedForms),
            ...(format.fourDigits === 'grouped' ? [] : [digits]),
          ]
        : [digits];
  return decimals === undefined
    ? integers
    : integers.map((integer) => `${integer}${format.decimal}${decimals}`);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const spacesNormalised = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Every number of the English text is in the translation, in the locale's format. */
export function numbersGate(
  english: readonly Paragraph[],
  translated: string,
  format: NumberFormat,
): Found[] {
  const target = spacesNormalised(translated);
  const problems: Found[] = [];
  const seen = new Set<string>();
  const present = (rendering: string) =>
    new RegExp(`(?<![\\d.,])${escape(rendering)}(?![\\d]|[.,]\\d)`).test(target);
  for (const paragraph of english) {
    const times = [...paragraph.text.matchAll(ENGLISH_TIME)];
    for (const time of times) {
      if (seen.has(time[0])) continue;
      seen.add(time[0]);
      const renderings = timeRenderings(time[1]!, time[2]!);
      if (!renderings.some(present))
        problems.push({
          place: `English line ${paragraph.line}`,
          gate: 'numbers',
          message: `the English time ${time[0]} is not in the translation`,
          fix: `write it as ${renderings.map((rendering) => `"${rendering}"`).join(' or ')}, as the locale writes times`,
        });
    }
    const inTime = (index: number) =>
      times.some((time) => index >= time.index && index < time.index + time[0].length);
    for (const match of paragraph.text.matchAll(ENGLISH_NUMBER)) {
      if (inTime(match.index)) continue;
      const number = match[0];
      if (seen.has(number)) continue;
      seen.add(number);
      const keepsDot = KEEPS_ITS_DOT.test(paragraph.text.slice(0, match.index));
      const renderings = [
        ...localeRenderings(number, format),
        ...(keepsDot && number.includes('.') ? [number] : []),
      ];
      if (!renderings.some(present))
        problems.push({
          place: `English line ${paragraph.line}`,
          gate: 'numbers',
          message: `the English number ${number} is not in the translation`,
          fix: `write it as ${renderings.map((rendering) => `"${rendering}"`).join(' or ')}`,
        });
    }
  }
  return problems;
}

// ---------------------------------------------------------------- terms

const WORD = '\\p{L}\\p{N}';

const HUNGARIAN_DIGRAPH = /(?:cs|dz|gy|ly|ny|sz|ty|zs)$/;

/** A single English word with two capitals or more is an acronym (PAGE, ToT): it matches with its case. */
const isEnglishAcronym = (phrase: string) =>
  !/\s/.test(phrase.trim()) && (phrase.match(/\p{Lu}/gu) ?? []).length >= 2;

/**
 * A phrase as a pattern. English: whole words, any case (acronyms: their case).
 * Stems and forbidden phrases: the beginnings of words, in order, any case
 * (a word ending in "=", that whole word); written in capitals (ЗБТХ, IND), a
 * whole word with its case.
 */
function phrasePattern(phrase: string, kind: 'english' | 'stem'): RegExp {
  const acronym =
    kind === 'english'
      ? isEnglishAcronym(phrase)
      : phrase === phrase.toUpperCase() && /\p{Lu}/u.test(phrase);
  const prefixes = kind === 'stem' && !acronym;
  // A stem word ending in "=" is that whole word: Hungarian 'jel=' (a signal) must not
  // accept jelent (means) or jelenleg (now), which share its beginning.
  const words = phrase
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const whole = prefixes && word.endsWith('=');
      const bare = whole ? word.slice(0, -1) : word;
      if (!prefixes || whole) return escape(acronym ? bare : bare.toLowerCase());
      // Hungarian doubles a final digraph before -val/-vel and -vá/-vé:
      // engedély → engedéllyel, tolmács → tolmáccsal, embercsempész → embercsempésszel.
      const digraph = HUNGARIAN_DIGRAPH.exec(bare.toLowerCase());
      if (digraph) {
        const [pair] = digraph;
        const head = bare.toLowerCase().slice(0, -pair.length);
        return `${escape(head)}(?:${pair}|${pair[0]}${pair})[${WORD}]*`;
      }
      return `${escape(bare.toLowerCase())}[${WORD}]*`;
    });
  return new RegExp(
    // Between words: spaces, a hyphen, or an opening quotation mark (Регламент „Дъблин“).
    `(?<![${WORD}])${words.join('[\\s\\u00a0-]+[„“"«‘]?')}(?![${WORD}])`,
    acronym ? 'u' : 'iu',
  );
}

/**
 * The terms an English text uses, each with the phrase found. The longest
 * phrase wins where two overlap ("domestic servitude" is not also
 * "servitude"), and a name that stays untranslated ("Safe Return", the
 * project) is not the term it contains.
 */
export function termsUsedIn(
  english: string,
  terms: readonly GateTerm[],
  names: readonly string[],
): Map<string, string> {
  let text = names.reduce(
    (current, name) =>
      current.replace(new RegExp(escape(name), 'gu'), (found) => ' '.repeat(found.length)),
    english,
  );
  const phrases = terms
    .flatMap((term) => term.en.map((phrase) => ({ term: term.id, phrase })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const used = new Map<string, string>();
  for (const { term, phrase } of phrases) {
    const pattern = new RegExp(
      phrasePattern(phrase, 'english').source,
      `${phrasePattern(phrase, 'english').flags}g`,
    );
    text = text.replace(pattern, (found) => {
      if (!used.has(term)) used.set(term, phrase);
      return ' '.repeat(found.length);
    });
  }
  return used;
}

/**
 * Where the English uses a term, the translation uses its target form; no
 * forbidden variant anywhere, except inside a target form of the termbase
 * (the Bulgarian title of the UN Smuggling Protocol holds "трафик на мигранти").
 */
export function termsGate(
  english: string | undefined,
  translated: string,
  terms: readonly GateTerm[],
  names: readonly string[] = [],
): Found[] {
  const problems: Found[] = [];
  const usedTerms =
    english === undefined ? new Map<string, string>() : termsUsedIn(english, terms, names);
  const target = spacesNormalised(translated);
  const useForms = terms.flatMap((term) => term.use);
  for (const term of terms) {
    for (const variant of term.forbid) {
      const pattern = phrasePattern(variant, 'stem');
      const allowedInside = useForms.filter((form) => pattern.test(form));
      const cleaned = allowedInside.reduce(
        (text, form) => text.replace(new RegExp(escape(form), 'giu'), ' '),
        target,
      );
      if (pattern.test(cleaned))
        problems.push({
          place: term.id,
          gate: 'terms',
          message: `"${variant}" is a forbidden variant (i18n/terminology.yaml, term ${term.id})`,
          fix: `write ${term.use.map((form) => `"${form}"`).join(' or ')}`,
        });
    }
    if (!term.enforce || term.stems.length === 0) continue;
    const used = usedTerms.get(term.id);
    if (used && !term.stems.some((stem) => phrasePattern(stem, 'stem').test(target)))
      problems.push({
        place: term.id,
        gate: 'terms',
        message: `the English says "${used}", and the translation has no form of ${term.use.map((form) => `"${form}"`).join(' / ')}`,
        fix: `use the termbase's rendering (i18n/terminology.yaml, term ${term.id})`,
      });
  }
  return problems;
}

// ---------------------------------------------------------------- letters

/** Letters that exist in one of the two Cyrillic languages only. */
const FOREIGN_LETTERS: Record<string, { letters: RegExp; language: string }> = {
  mk: { letters: /[щъьюяйЩЪЬЮЯЙ]/u, language: 'Bulgarian' },
  bg: { letters: /[јѓќѕљњџЈЃЌЅЉЊЏ]/u, language: 'Macedonian' },
};

/** A word with letters of both scripts, Latin and Cyrillic. */
const MIXED_SCRIPT_WORD =
  /[\p{L}\p{M}]*(?:\p{Script=Cyrillic}\p{M}*\p{Script=Latin}|\p{Script=Latin}\p{M}*\p{Script=Cyrillic})[\p{L}\p{M}]*/u;

/** No Bulgarian-only letter in Macedonian, and the reverse; no word in two scripts ("сѐ" with its Cyrillic ѐ). */
export function lettersGate(locale: string, paragraphs: readonly Paragraph[]): Found[] {
  const rule = FOREIGN_LETTERS[locale];
  const problems: Found[] = [];
  for (const paragraph of paragraphs) {
    const foreign = rule && rule.letters.exec(paragraph.text);
    if (foreign)
      problems.push({
        place: paragraph.line > 0 ? `line ${paragraph.line}` : 'text',
        gate: 'letters',
        message: `"${foreign[0]}" is a ${rule.language} letter, in: ${paragraph.text.slice(Math.max(0, foreign.index - 20), foreign.index + 20)}`,
        fix: `write the ${locale === 'mk' ? 'Macedonian' : 'Bulgarian'} word`,
      });
    // A word typed in two scripts: "сè" with the Latin è, "документaция" with a Latin a. It looks
    // right, but search, the spell-checker and screen readers meet a word that does not exist.
    const mixed = MIXED_SCRIPT_WORD.exec(paragraph.text);
    if (mixed)
      problems.push({
        place: paragraph.line > 0 ? `line ${paragraph.line}` : 'text',
        gate: 'letters',
        message: `a word in two scripts, Latin and Cyrillic letters together: "${mixed[0]}"`,
        fix: /[à-ÿÀ-ß]/u.test(mixed[0])
          ? 'type the Cyrillic letter (ѐ U+0450 in "сѐ", ѝ U+045D)'
          : 'retype the word in one script (a Latin a, e, o, p, c, x looks like the Cyrillic one)',
      });
  }
  return problems;
}

// ---------------------------------------------------------------- language

const ISO_639_3: Record<string, string> = { nl: 'nld', bg: 'bul', mk: 'mkd', hu: 'hun' };

/** Fewer words than this, and a paragraph is too short to tell its language. */
const MIN_WORDS = 8;

/** No paragraph left in English. Names that stay as written (the training "Safe Future, Safe Return") do not count. */
export function languageGate(
  locale: string,
  paragraphs: readonly Paragraph[],
  names: readonly string[] = [],
): Found[] {
  const own = ISO_639_3[locale];
  if (!own) return [];
  const withoutNames = (text: string) =>
    names
      .reduce((current, name) => current.replaceAll(name, ' '), text)
      .replace(/\s+/g, ' ')
      .trim();
  return paragraphs
    .filter((paragraph) => withoutNames(paragraph.text).split(/\s+/).length >= MIN_WORDS)
    .filter(
      (paragraph) =>
        franc(withoutNames(paragraph.text), { only: ['eng', own], minLength: 10 }) === 'eng',
    )
    .map((paragraph) => ({
      place: paragraph.line > 0 ? `line ${paragraph.line}` : 'text',
      gate: 'language' as const,
      message: `this reads as English: "${paragraph.text.slice(0, 70)}…"`,
      fix: `translate it, or, if it must stay English (a quotation), wrap it in an element with lang="en"`,
    }));
}

// ---------------------------------------------------------------- spelling

/** A piece of text to spell-check, with its place (`line 12`, a key path, a message id). */
export interface PlacedText {
  readonly place: string;
  readonly text: string;
}

/** What the spelling gate knows of a locale. */
export interface Spelling {
  readonly locale: string;
  /** Names taken out of the text before it is checked: they stay as written (termbase). */
  readonly names: readonly string[];
  /** The dictionary, the project word list and the termbase's words together. */
  readonly accepts: (word: string) => boolean;
  /** Where a name or term the dictionary lacks goes, for the fix. */
  readonly wordList: string;
}

/**
 * Not words: e-mail and web addresses, file names and anything else with a
 * dot inside (fairwork.nu, CONTRIBUTING.md, Schema.org, d.w.z.).
 */
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bwww\.\S+|[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+/gu;

/** A word: letters and digits, with apostrophes ("auto's") and hyphens ("EU-richtlijn") inside. */
const SPELLING_WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** An acronym, with a Dutch plural or case ending: EU, NGO's, ЗБТХ. */
const ACRONYM = /^\p{Lu}{2,}(?:['’]\p{Ll}{1,3})?$/u;

/**
 * The words of a text the dictionary need not know: with a digit (B8, 1e),
 * an acronym, a single letter (an initial, "'s").
 */
const exempt = (word: string) =>
  /\p{N}/u.test(word) || ACRONYM.test(word) || [...word].length === 1;

/**
 * Names as one pattern of whole words, the longest first ("Safe Future
 * Methodology" before "Safe Future"); undefined for none.
 */
function namesPattern(names: readonly string[]): RegExp | undefined {
  if (names.length === 0) return undefined;
  const alternatives = [...names].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** The words of one text, names and addresses taken out. */
export function spellingWords(text: string, names?: RegExp): string[] {
  const words = text.replace(ADDRESS, ' ');
  return [...(names ? words.replace(names, ' ') : words).matchAll(SPELLING_WORD)].map(
    (match) => match[0],
  );
}

/**
 * Every word of the locale's prose is in its dictionary, the project word
 * list or the termbase. A hyphenated word passes if each of its parts does
 * (the part that does not is named). Each unknown word once per file, at its
 * first place.
 */
export function spellingGate(texts: readonly PlacedText[], spelling: Spelling): Found[] {
  const firstPlace = new Map<string, string>();
  const names = namesPattern(spelling.names);
  const passes = (word: string) => exempt(word) || spelling.accepts(word);
  for (const { place, text } of texts) {
    for (const word of spellingWords(text, names)) {
      if (passes(word)) continue;
      const unknown = word.includes('-') ? word.split('-').filter((part) => !passes(part)) : [word];
      for (const part of unknown) if (!firstPlace.has(part)) firstPlace.set(part, place);
    }
  }
  return [...firstPlace].map(([word, place]) => ({
    place,
    gate: 'spelling' as const,
    message: `"${word}" is not in the ${spelling.locale} dictionary`,
    fix: `correct the spelling, or add it to ${spelling.wordList} if it is a name or term`,
  }));
}
