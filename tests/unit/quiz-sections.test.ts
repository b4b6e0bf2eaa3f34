import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { LOCALE_CODES, TRANSLATED_LOCALES } from '../../src/config/locales';
import { QUIZ_IDS } from '../../src/config/modules';
import { createSlugger } from '@docusaurus/utils';
import {
  coveredPagesOfQuizzes,
  sectionPageFinder,
  type LoadedDoc,
} from '../../src/plugins/quizzes/coveredSections';
import { docHeadings } from '../../src/plugins/quizzes/headings';
import {
  QuizDataError,
  findDoc,
  loadQuizSources,
  resolveQuiz,
} from '../../src/plugins/quizzes/loadQuizzes';

const fixtures = path.join(__dirname, '__fixtures__/quiz-sections');
const realSite = path.resolve(__dirname, '../..');
const translationDir = (locale: string) => `i18n/${locale}/docusaurus-plugin-content-docs/current`;

/** The docs as the docs plugin loads them for `locale`: a translation where there is one, else English. */
function docsAsBuilt(siteDir: string, locale: string, docPaths: readonly string[]): LoadedDoc[] {
  return docPaths.map((docPath) => {
    const english = path.relative(path.join(siteDir, 'docs'), findDoc(siteDir, docPath)!);
    const translated = `${translationDir(locale)}/${english}`;
    const prefix = locale === 'en' ? '' : `/${locale}`;
    return {
      id: english.replace(/\.mdx?$/, ''),
      title: `${docPath} (${existsSync(path.join(siteDir, translated)) ? locale : 'en'})`,
      permalink: `${prefix}/docs/${docPath.replace(/\/index$/, '')}`,
      source: `@site/${locale !== 'en' && existsSync(path.join(siteDir, translated)) ? translated : `docs/${english}`}`,
    };
  });
}

function coveredIn(siteDir: string, locale: string) {
  const quizzes = loadQuizSources(siteDir, QUIZ_IDS, LOCALE_CODES).map((source) =>
    resolveQuiz(source, locale, 'en'),
  );
  const docPaths = [
    ...new Set(quizzes.flatMap((quiz) => quiz.sections.map((s) => s.split('#')[0]!))),
  ];
  return coveredPagesOfQuizzes(
    quizzes,
    sectionPageFinder(siteDir, docsAsBuilt(siteDir, locale, docPaths), locale, 'en'),
  );
}

describe('doc headings', () => {
  const headings = docHeadings(
    `---\ntitle: T\n# not a heading\n---\n\n# Title\n\n## Act, **Means** and \`Purpose\`\n\n` +
      '```md\n## Not a heading either\n```\n\n### See [the map](./map.md)\n\n' +
      '## Trafficking or smuggling? {/* #smuggling */}\n\n## Care \\{#care-id}\n\n## Protection\n\n## Protection\n',
  );

  it('has the anchors Docusaurus gives: its slugger, explicit ids, -1 for a repeated heading', () => {
    expect(headings.map((h) => h.anchor)).toEqual([
      'title',
      createSlugger().slug('Act, Means and Purpose'),
      'see-the-map',
      'smuggling',
      'care-id',
      'protection',
      'protection-1',
    ]);
  });

  it('gives the text a reader sees, without Markdown or the explicit id', () => {
    expect(headings.map((h) => h.text)).toEqual([
      'Title',
      'Act, Means and Purpose',
      'See the map',
      'Trafficking or smuggling?',
      'Care',
      'Protection',
      'Protection',
    ]);
    expect(headings.find((h) => h.anchor === 'see-the-map')?.parent).toBe('Act, Means and Purpose');
  });
});

describe('sections a quiz covers', () => {
  it('good: names each section by its heading in the page the locale shows, linked to its anchor', () => {
    const covered = coveredIn(path.join(fixtures, 'good'), 'nl').get('definitions');
    expect(covered).toEqual([
      {
        title: 'definitions (nl)',
        url: '/nl/docs/definitions',
        textLocale: 'nl',
        sections: [
          {
            heading: 'Drie elementen: handeling, middel en doel',
            url: '/nl/docs/definitions#three-elements-act-means-and-purpose',
          },
          {
            heading: 'Bescherming',
            context: 'De aanbevelingen',
            url: '/nl/docs/definitions#protection-1',
          },
          {
            heading: 'Mensenhandel of mensensmokkel?',
            url: '/nl/docs/definitions#smuggling',
          },
        ],
      },
      // Not translated: shown, and named, in English.
      {
        title: 'cases/ada (en)',
        url: '/nl/docs/cases/ada',
        textLocale: 'en',
        sections: [{ heading: 'The story', url: '/nl/docs/cases/ada#the-story' }],
      },
    ]);
  });

  it('good: in English, from the English page', () => {
    const [definitions] = coveredIn(path.join(fixtures, 'good'), 'en').get('definitions')!;
    expect(definitions?.sections.map((s) => [s.context, s.heading])).toEqual([
      [undefined, 'Three elements: act, means and purpose'],
      ['The recommendations', 'Protection'],
      [undefined, 'Trafficking or smuggling?'],
    ]);
  });

  it('bad: a translated heading without the anchor fails with the file, the field and the fix', () => {
    let message = '';
    try {
      coveredIn(path.join(fixtures, 'bad'), 'nl');
    } catch (error) {
      if (!(error instanceof QuizDataError)) throw error;
      message = error.message;
    }
    expect(message).toContain(
      'quizzes/definitions/quiz.yaml → questions.0 (elements).section: ' +
        'i18n/nl/docusaurus-plugin-content-docs/current/definitions.mdx has no heading with the anchor ' +
        '"#three-elements-act-means-and-purpose"',
    );
    expect(message).toContain(
      'end the heading that translates "Three elements: act, means and purpose" (docs/definitions.mdx) ' +
        'with {/* #three-elements-act-means-and-purpose */}',
    );
    // The same quiz builds in English, where the heading is there.
    expect(() => coveredIn(path.join(fixtures, 'bad'), 'en')).not.toThrow();
  });

  it.each(['en', ...TRANSLATED_LOCALES])(
    'every quiz of the site names its sections in %s',
    (locale) => {
      const covered = coveredIn(realSite, locale);
      for (const quizId of covered.keys()) {
        const sections = covered.get(quizId)!.flatMap((page) => page.sections);
        expect(sections.length, quizId).toBeGreaterThan(0);
        for (const section of sections) expect(section.heading, quizId).not.toBe('');
      }
    },
  );
});
