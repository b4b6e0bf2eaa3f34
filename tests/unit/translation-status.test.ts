import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  findSourceOf,
  hashSource,
  hashSourceFile,
  translationStatus,
} from '../../src/plugins/translation-status/sourceHash';
import { collectStatus } from '../../src/plugins/translation-status/collectStatus';
import { buildStatusReport } from '../../src/plugins/translation-status/buildStatusReport';

let site: string;

function write(relative: string, content: string): string {
  const file = path.join(site, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

beforeEach(() => {
  site = mkdtempSync(path.join(os.tmpdir(), 'translation-status-'));
});

afterEach(() => {
  rmSync(site, { recursive: true, force: true });
});

describe('findSourceOf', () => {
  it('maps a translated learner page and a translated trainer page to their English files', () => {
    expect(
      findSourceOf(
        site,
        path.join(site, 'i18n/bg/docusaurus-plugin-content-docs/current/start.md'),
      ),
    ).toEqual({ locale: 'bg', sourcePath: path.join(site, 'docs/start.md') });
    expect(
      findSourceOf(
        site,
        path.join(
          site,
          'i18n/hu/docusaurus-plugin-content-docs-trainers/current/exercises/ei-01.md',
        ),
      ),
    ).toEqual({ locale: 'hu', sourcePath: path.join(site, 'trainers/exercises/ei-01.md') });
  });

  it('maps a quiz or handout translation to its English text', () => {
    expect(findSourceOf(site, path.join(site, 'quizzes/definitions/mk.yaml'))).toEqual({
      locale: 'mk',
      sourcePath: path.join(site, 'quizzes/definitions/en.yaml'),
    });
    expect(findSourceOf(site, path.join(site, 'quizzes/definitions/en.yaml'))).toBeUndefined();
    expect(findSourceOf(site, path.join(site, 'handouts/ei-referral-roadmap/bg.yaml'))).toEqual({
      locale: 'bg',
      sourcePath: path.join(site, 'handouts/ei-referral-roadmap/en.yaml'),
    });
  });

  it('ignores English files and files outside the docs translations', () => {
    expect(findSourceOf(site, path.join(site, 'docs/start.md'))).toBeUndefined();
    expect(findSourceOf(site, path.join(site, 'i18n/nl/code.json'))).toBeUndefined();
  });
});

describe('translationStatus', () => {
  it('is current when the recorded hash is the hash of the English file', () => {
    const source = write('docs/start.md', '# Start here\n');
    expect(translationStatus(source, hashSource('# Start here\n'))).toBe('current');
  });

  it('is stale once the English file changes', () => {
    const source = write('docs/start.md', '# Start here, revised\n');
    expect(translationStatus(source, hashSource('# Start here\n'))).toBe('stale');
  });

  it('is unstamped without a hash and orphaned without an English file', () => {
    const source = write('docs/start.md', '# Start here\n');
    expect(translationStatus(source, undefined)).toBe('unstamped');
    expect(translationStatus(path.join(site, 'docs/gone.md'), 'abc')).toBe('orphaned');
  });

  it('does not mark YAML translations stale when the English YAML is only reformatted', () => {
    const source = write(
      'quizzes/definitions/en.yaml',
      "title: 'Quiz'\nquestions: {a: {prompt: x}}\n",
    );
    const recorded = hashSourceFile(source);
    write('quizzes/definitions/en.yaml', 'title: Quiz\nquestions:\n  a:\n    prompt: x\n');
    expect(translationStatus(source, recorded)).toBe('current');
    write('quizzes/definitions/en.yaml', 'title: Quiz\nquestions:\n  a:\n    prompt: y\n');
    expect(translationStatus(source, recorded)).toBe('stale');
  });

  it('ignores Windows line endings, which editors add without changing the text', () => {
    expect(hashSource('a\r\nb\r\n')).toBe(hashSource('a\nb\n'));
  });
});

describe('collectStatus', () => {
  it('counts translated, stale and missing pages per locale', () => {
    write('docs/start.md', '# Start\n');
    write('docs/about.md', '# About\n');
    write('trainers/index.md', '# Kit\n');
    write(
      'i18n/nl/docusaurus-plugin-content-docs/current/start.md',
      `---\ntranslation_of: ${hashSource('# Start\n')}\n---\n# Begin hier\n`,
    );
    write(
      'i18n/nl/docusaurus-plugin-content-docs/current/about.md',
      `---\ntranslation_of: ${hashSource('# About (old)\n')}\n---\n# Over\n`,
    );

    const englishQuiz = write('quizzes/definitions/en.yaml', 'title: Quiz\n');
    write(
      'quizzes/definitions/nl.yaml',
      `translation_of: ${hashSourceFile(englishQuiz)}\ntitle: Quiz\n`,
    );
    write('quizzes/safe-future/en.yaml', 'title: Quiz, revised\n');
    write(
      'quizzes/safe-future/nl.yaml',
      `translation_of: ${hashSourceFile(englishQuiz)}\ntitle: Quiz\n`,
    );
    write('quizzes/hungary/en.yaml', 'title: Quiz\n');
    write('handouts/ei-referral-roadmap/en.yaml', 'title: Roadmap\n');
    const englishDeck = write('slides/ei-roadmap/en.yaml', 'title: Roadmap\n');
    write(
      'slides/ei-roadmap/nl.yaml',
      `translation_of: ${hashSourceFile(englishDeck)}\ntitle: Route\n`,
    );

    const nl = collectStatus(site).find((row) => row.locale === 'nl');
    expect(nl).toEqual({
      locale: 'nl',
      translated: ['docs/start.md'],
      stale: ['docs/about.md'],
      missing: ['trainers/index.md'],
      quizzesTranslated: ['quizzes/definitions'],
      quizzesStale: ['quizzes/safe-future'],
      quizzesMissing: ['quizzes/hungary'],
      handoutsTranslated: [],
      handoutsStale: [],
      handoutsMissing: ['handouts/ei-referral-roadmap'],
      slidesTranslated: ['slides/ei-roadmap'],
      slidesStale: [],
      slidesMissing: [],
    });
    const bg = collectStatus(site).find((row) => row.locale === 'bg');
    expect(bg?.missing).toEqual(['docs/about.md', 'docs/start.md', 'trainers/index.md']);
  });
});

describe('buildStatusReport (the /translation-status page)', () => {
  const nl = {
    locale: 'nl',
    translated: ['docs/start.md'],
    stale: ['docs/about.md'],
    missing: ['trainers/exercises/ei-1.mdx', 'docs/cases/ada.mdx'],
    quizzesTranslated: [],
    quizzesStale: [],
    quizzesMissing: ['quizzes/hungary'],
    handoutsTranslated: ['handouts/ei-signal-cards'],
    handoutsStale: [],
    handoutsMissing: [],
    slidesTranslated: [],
    slidesStale: [],
    slidesMissing: ['slides/ei-roadmap'],
  };
  const [report] = buildStatusReport(
    [nl],
    {
      docs: new Map([
        ['docs/start.md', { title: 'Begin hier', path: '/docs/start' }],
        ['docs/cases/ada.mdx', { title: 'Ada', path: '/docs/cases/ada' }],
      ]),
      quizzes: new Map([['hungary', 'Quiz: Hungary']]),
      handouts: new Map([['ei-signal-cards', 'Signaalkaarten']]),
      slides: new Map(),
    },
    {
      quizzes: (id) => `/quizzes/${id}`,
      handouts: (id) => `/trainers/handouts/${id}`,
      slides: (id) => `/trainers/slides/${id}`,
    },
  );

  it('lists every file of every kind with its state, current first, then stale, then missing', () => {
    expect(report!.kinds.pages.map((item) => [item.source, item.state])).toEqual([
      ['docs/start.md', 'current'],
      ['docs/about.md', 'stale'],
      ['docs/cases/ada.mdx', 'missing'],
    ]);
    expect(report!.kinds.trainerPages.map((item) => item.source)).toEqual([
      'trainers/exercises/ei-1.mdx',
    ]);
    expect(report!.kinds.quizzes[0]).toMatchObject({ title: 'Quiz: Hungary', state: 'missing' });
  });

  it('says where each translation goes, so a translator can start from the page', () => {
    const file = (source: string) =>
      Object.values(report!.kinds)
        .flat()
        .find((item) => item.source === source)!.translationFile;
    expect(file('docs/cases/ada.mdx')).toBe(
      'i18n/nl/docusaurus-plugin-content-docs/current/cases/ada.mdx',
    );
    expect(file('trainers/exercises/ei-1.mdx')).toBe(
      'i18n/nl/docusaurus-plugin-content-docs-trainers/current/exercises/ei-1.mdx',
    );
    expect(file('handouts/ei-signal-cards')).toBe('handouts/ei-signal-cards/nl.yaml');
    expect(file('slides/ei-roadmap')).toBe('slides/ei-roadmap/nl.yaml');
  });

  it('links each file to its page, and falls back to the file name where no title is known', () => {
    const about = report!.kinds.pages.find((item) => item.source === 'docs/about.md')!;
    expect(about).toMatchObject({ title: 'about.md', path: '/docs/about' });
    expect(report!.kinds.slides[0]).toMatchObject({
      title: 'ei-roadmap',
      path: '/trainers/slides/ei-roadmap',
    });
  });
});
