import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

import {
  checkTranslations,
  type CheckTerminology,
} from '../../src/plugins/translation-status/check';
import { localeRenderings, termsGate } from '../../src/plugins/translation-status/check/gates';
import { hashSource } from '../../src/plugins/translation-status/sourceHash';

/*
 * Each gate of npm run i18n:check on a small site: a good Bulgarian
 * translation passes, and each deliberate fault fails with the fix. The
 * spelling gate (nl and mk only) is in i18n-check-spelling.test.ts.
 */

const ENGLISH = `---
title: Trafficking and smuggling
---

# Trafficking and smuggling

Trafficking in human beings is not smuggling of migrants. In 2017, 10,793 people were registered; the fee was 3.35 euro.

## Three elements

Read [the start](./start.md) first, and give the person a reflection period.

:::note

The reflection period lasts at least 30 days in the Netherlands.

:::

<Diagram id="steps" />
`;

const BULGARIAN = `---
title: Трафик и контрабанда
---

# Трафик и контрабанда {/* #trafficking-and-smuggling */}

Трафикът на хора не е контрабанда на мигранти. През 2017 г. са регистрирани 10 793 души, а таксата беше 3,35 евро.

## Три елемента {/* #three-elements */}

Първо прочетете [началото](./start.md) и дайте на човека период за размисъл.

:::note

Периодът за размисъл в Нидерландия е най-малко 30 дни.

:::

<Diagram id="steps" />
`;

const TERMINOLOGY: CheckTerminology = {
  names: ['Safe!'],
  localNames: () => [],
  terms: () => [
    {
      id: 'trafficking',
      en: ['trafficking in human beings', 'trafficking'],
      use: ['трафик на хора'],
      stems: ['трафик'],
      forbid: ['търговия с хора'],
      enforce: true,
    },
    {
      id: 'smuggling',
      en: ['smuggling of migrants'],
      use: ['контрабанда на мигранти'],
      stems: ['контрабанд'],
      forbid: ['трафик на мигранти'],
      enforce: true,
    },
    {
      id: 'reflection-period',
      en: ['reflection period'],
      use: ['период за размисъл'],
      stems: ['период за размисъл'],
      forbid: [],
      enforce: true,
    },
  ],
  format: () => ({ thousands: [' ', '\u00a0'], decimal: ',', fourDigits: 'either' }),
};

let site: string | undefined;

afterEach(() => {
  if (site) rmSync(site, { recursive: true, force: true });
  site = undefined;
});

/** A site with docs/page.md and its Bulgarian translation, stamped as current. */
function siteWith(translation: string, english = ENGLISH, stampedEnglish = english): string {
  site = mkdtempSync(path.join(os.tmpdir(), 'i18n-check-'));
  mkdirSync(path.join(site, 'docs'));
  writeFileSync(path.join(site, 'docs', 'page.md'), english);
  const dir = path.join(site, 'i18n', 'bg', 'docusaurus-plugin-content-docs', 'current');
  mkdirSync(dir, { recursive: true });
  const stamped = translation.replace(
    /^---\n/,
    `---\ntranslation_of: ${hashSource(stampedEnglish)}\n`,
  );
  writeFileSync(path.join(dir, 'page.md'), stamped);
  return site;
}

const check = (dir: string) => checkTranslations(dir, TERMINOLOGY, ['bg']);

/** A site whose English and Bulgarian pages each gain one sentence before "Read the start". */
const siteWithSentence = (english: string, bulgarian: string) =>
  siteWith(
    BULGARIAN.replace('Първо прочетете', `${bulgarian} Първо прочетете`),
    ENGLISH.replace('Read [the start]', `${english} Read [the start]`),
  );

describe('npm run i18n:check', () => {
  it('passes a faithful translation', async () => {
    expect(await check(siteWith(BULGARIAN))).toEqual([]);
  });

  it('structure: a heading without the English anchor names the anchor to add', async () => {
    const problems = await check(siteWith(BULGARIAN.replace(' {/* #three-elements */}', '')));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'i18n/bg/docusaurus-plugin-content-docs/current/page.md',
        gate: 'structure',
        fix: expect.stringContaining('{/* #three-elements */}'),
      }),
    );
  });

  it('structure: a dropped component, link or admonition is named', async () => {
    const problems = await check(
      siteWith(BULGARIAN.replace('<Diagram id="steps" />', '').replace(':::note', ':::tip')),
    );
    expect(problems.map((problem) => problem.place)).toEqual(
      expect.arrayContaining(['component 1', 'admonition 1']),
    );
  });

  it('structure: a wrapped line that begins "1. " turns a sentence into a numbered list, and is named', async () => {
    const problems = await check(
      siteWith(BULGARIAN.replace('Първо прочетете', '\n1. Първо прочетете')),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        gate: 'structure',
        place: expect.stringMatching(/^list 1 \(line \d+\)$/),
        message: expect.stringContaining('the translation "numbered, 1 item"'),
      }),
    );
  });

  it('structure: front matter keeps its keys, the shape of its texts and its other values', async () => {
    const english = ENGLISH.replace(
      'title: Trafficking and smuggling\n',
      "title: Trafficking and smuggling\nquiz: definitions\nkey_points:\n  - 'The protocol has three elements: act, means and purpose.'\n",
    );
    const good = BULGARIAN.replace(
      'title: Трафик и контрабанда\n',
      "title: Трафик и контрабанда\nquiz: definitions\nkey_points:\n  - 'Протоколът има три елемента: действие, средство и цел.'\n",
    );
    expect(await check(siteWith(good, english))).toEqual([]);
    // Unquoted, YAML reads "…: …" as a mapping, and Docusaurus's build fails on it.
    const unquoted = await check(
      siteWith(
        good.replace(
          "  - 'Протоколът има три елемента: действие, средство и цел.'",
          '  - Протоколът има три елемента: действие, средство и цел.',
        ),
        english,
      ),
    );
    expect(unquoted).toContainEqual(
      expect.objectContaining({
        gate: 'structure',
        place: 'front matter key_points',
        message: '"key_points" is a list of 1 (a mapping); the English has a list of 1 (a string)',
        fix: expect.stringContaining('in quotes'),
      }),
    );
    const broken = await check(
      siteWith(good.replace("  - 'Протоколът", "  - 'Протоколът' е"), english),
    );
    expect(broken).toContainEqual(
      expect.objectContaining({
        place: 'front matter',
        message: expect.stringContaining('not valid YAML'),
      }),
    );
    const otherQuiz = await check(
      siteWith(good.replace('quiz: definitions', 'quiz: glossary'), english),
    );
    expect(otherQuiz).toContainEqual(
      expect.objectContaining({
        place: 'front matter quiz',
        fix: 'write it as in the English: "definitions"',
      }),
    );
  });

  it('numbers: an English number format in Bulgarian is refused, with the Bulgarian form', async () => {
    const problems = await check(siteWith(BULGARIAN.replace('10 793', '10,793')));
    expect(problems).toContainEqual(
      expect.objectContaining({ gate: 'numbers', fix: expect.stringContaining('"10 793"') }),
    );
    const decimals = await check(siteWith(BULGARIAN.replace('3,35', '3.35')));
    expect(decimals).toContainEqual(
      expect.objectContaining({ gate: 'numbers', fix: expect.stringContaining('"3,35"') }),
    );
  });

  it('numbers: a report chapter keeps its dot ("chapter 6.2", "chapters 8.2 and 9.1")', async () => {
    expect(
      await check(
        siteWithSentence(
          'Chapter 6.2 and chapters 8.2 and 9.1 say so.',
          'Така казват глава 6.2 и глави 8.2 и 9.1.',
        ),
      ),
    ).toEqual([]);
    // The same numbers as decimals are still written with the locale's comma.
    const decimals = await check(siteWithSentence('Divide 6.2 by 8.2.', 'Дели 6.2 на 8.2.'));
    expect(decimals).toContainEqual(
      expect.objectContaining({ gate: 'numbers', fix: expect.stringContaining('"6,2"') }),
    );
  });

  it('numbers: "the North Macedonia chapter (6.2)" is a chapter too', async () => {
    expect(
      await check(
        siteWithSentence(
          'The North Macedonia chapter (6.2) says so.',
          'Така казва главата за Северна Македония (6.2).',
        ),
      ),
    ).toEqual([]);
  });

  it("numbers: a time of day is one number, written the locale's way (9.30, 9:30, 09:30)", async () => {
    const english = 'The day runs from 09:30 to 16:15.';
    for (const [start, end] of [
      ['9.30', '16.15'],
      ['9:30', '16:15'],
      ['09:30', '16.15'],
    ])
      expect(
        await check(siteWithSentence(english, `Денят е от ${start} до ${end} ч.`)),
        `${start} to ${end}`,
      ).toEqual([]);
    const wrong = await check(siteWithSentence(english, 'Денят е от 9.00 до 16.15 ч.'));
    expect(wrong).toContainEqual(
      expect.objectContaining({
        gate: 'numbers',
        message: 'the English time 09:30 is not in the translation',
        fix: expect.stringContaining('"9.30"'),
      }),
    );
  });

  it('numbers: a section, a chapter list with a bracket and a time before a colon keep their form', async () => {
    expect(
      await check(
        siteWithSentence(
          'See section 4.5 and chapters 3.1, 3.4 (Exercise 2), 4.2 and 8.3. At 13:45: the trainer asks.',
          'Вижте раздел 4.5 и глави 3.1, 3.4 (упражнение 2), 4.2 и 8.3. В 13:45 ч. обучителят пита.',
        ),
      ),
    ).toEqual([]);
  });

  it('data keys of a slide deck (day, chapters, type) stay as in the English and are not prose', async () => {
    const dir = siteWith(BULGARIAN);
    mkdirSync(path.join(dir, 'slides', 'deck'), { recursive: true });
    const englishDeck = [
      'title: Smuggling of migrants',
      'day: early-identification',
      "chapters: ['4.2', '8.3']",
      'slides:',
      '  - title: The funnel',
      '    diagram:',
      '      type: funnel',
      '',
    ].join('\n');
    writeFileSync(path.join(dir, 'slides', 'deck', 'en.yaml'), englishDeck);
    const bulgarianDeck = (day: string) =>
      [
        `translation_of: ${hashSource(JSON.stringify(parseYaml(englishDeck)))}`,
        'title: Контрабанда на мигранти',
        `day: ${day}`,
        "chapters: ['4.2', '8.3']",
        'slides:',
        '  - title: Фунията',
        '    diagram:',
        '      type: funnel',
        '',
      ].join('\n');
    writeFileSync(
      path.join(dir, 'slides', 'deck', 'bg.yaml'),
      bulgarianDeck('early-identification'),
    );
    expect(await check(dir)).toEqual([]);
    writeFileSync(
      path.join(dir, 'slides', 'deck', 'bg.yaml'),
      bulgarianDeck('ранно-идентифициране'),
    );
    expect(await check(dir)).toContainEqual(
      expect.objectContaining({
        file: 'slides/deck/bg.yaml',
        place: 'day',
        gate: 'structure',
        fix: 'write it as in the English: "early-identification"',
      }),
    );
  });

  it('terms: a forbidden variant and a missing termbase rendering are named', async () => {
    const forbidden = await check(
      siteWith(BULGARIAN.replace('контрабанда на мигранти', 'трафик на мигранти')),
    );
    expect(forbidden).toContainEqual(
      expect.objectContaining({
        gate: 'terms',
        message: expect.stringContaining('"трафик на мигранти" is a forbidden variant'),
        fix: 'write "контрабанда на мигранти"',
      }),
    );
    const missing = await check(
      siteWith(
        BULGARIAN.replaceAll('период за размисъл', 'време за обмисляне').replaceAll(
          'Периодът за размисъл',
          'Времето за обмисляне',
        ),
      ),
    );
    expect(missing).toContainEqual(
      expect.objectContaining({ gate: 'terms', place: 'reflection-period' }),
    );
  });

  it('terms: a quotation mark inside a rendering does not hide it (Регламент „Дъблин“)', async () => {
    const terminology: CheckTerminology = {
      ...TERMINOLOGY,
      terms: () => [
        {
          id: 'dublin-regulation',
          en: ['Dublin Regulation'],
          use: ['Регламент „Дъблин“'],
          stems: ['регламент дъблин'],
          forbid: [],
          enforce: true,
        },
      ],
    };
    const problems = await checkTranslations(
      siteWithSentence('The Dublin Regulation applies.', 'Регламентът „Дъблин“ важи.'),
      terminology,
      ['bg'],
    );
    expect(problems).toEqual([]);
  });

  it('letters: a Macedonian letter in Bulgarian, and a Latin è in a Cyrillic word', async () => {
    const problems = await check(
      siteWith(BULGARIAN.replace('Първо прочетете', 'Први прочитај ја')),
    );
    expect(problems).toContainEqual(expect.objectContaining({ gate: 'letters' }));
    const latin = await check(siteWith(BULGARIAN.replace('най-малко 30 дни', 'сè уште 30 дни')));
    expect(latin).toContainEqual(
      expect.objectContaining({ gate: 'letters', fix: expect.stringContaining('U+0450') }),
    );
  });

  it('letters: a word typed in two scripts (a Latin a in a Cyrillic word) is found', async () => {
    // "документaция" with the Latin a looks right and is a word no search or spell-checker knows.
    const problems = await check(
      siteWith(BULGARIAN.replace('най-малко 30 дни', 'най-малко 30 днaи')),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ gate: 'letters', message: expect.stringContaining('"днaи"') }),
    );
  });

  it('language: a paragraph left in English is found', async () => {
    const problems = await check(
      siteWith(
        BULGARIAN.replace(
          'Първо прочетете [началото](./start.md) и дайте на човека период за размисъл.',
          'Read [the start](./start.md) first, and give the person a reflection period of their own.',
        ),
      ),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ gate: 'language', place: 'line 12' }),
    );
  });

  it('current: a translation of an older English text fails until it is updated and stamped', async () => {
    const problems = await check(siteWith(BULGARIAN, ENGLISH, `${ENGLISH}\nAn older version.\n`));
    expect(problems).toContainEqual(
      expect.objectContaining({ gate: 'current', fix: expect.stringContaining('i18n:stamp') }),
    );
  });

  it('writes numbers as each locale does', () => {
    const nl = { thousands: ['.'], decimal: ',', fourDigits: 'grouped' } as const;
    expect(localeRenderings('10,793', nl)).toEqual(['10.793']);
    expect(localeRenderings('5,433', nl)).toEqual(['5.433']);
    expect(localeRenderings('3.35', nl)).toEqual(['3,35']);
    expect(localeRenderings('2017', nl)).toEqual(['2017']);
    const hu = { thousands: [' ', '\u00a0'], decimal: ',', fourDigits: 'either' } as const;
    expect(localeRenderings('5,433', hu)).toEqual(['5 433', '5\u00a0433', '5433']);
  });

  it('terms: a Hungarian stem accepts its doubled digraph, and a whole-word stem only that word', () => {
    const term = (id: string, en: string, stems: string[]) => ({
      id,
      en: [en],
      use: [stems[0]!.replace('=', '')],
      stems,
      forbid: [],
      enforce: true,
    });
    const permit = [term('residence-permit', 'residence permit', ['tartózkodási engedély'])];
    const english = 'People without a residence permit.';
    expect(termsGate(english, 'Tartózkodási engedéllyel rendelkezők.', permit)).toEqual([]);
    expect(termsGate(english, 'Tartózkodási engedélyük nincs.', permit)).toEqual([]);
    expect(termsGate(english, 'Tartózkodási engedetlenség.', permit)).toHaveLength(1);
    const interpreter = [term('interpreter', 'interpreter', ['tolmács'])];
    expect(termsGate('Ask an interpreter.', 'Beszéljen tolmáccsal.', interpreter)).toEqual([]);
    const signal = [term('signals', 'signal', ['jel=', 'jelek'])];
    expect(
      termsGate('One signal proves nothing.', 'Egyetlen jel semmit sem bizonyít.', signal),
    ).toEqual([]);
    expect(termsGate('One signal proves nothing.', 'Ez semmit sem jelent.', signal)).toHaveLength(
      1,
    );
  });
});
