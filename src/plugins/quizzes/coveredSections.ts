import { readFileSync } from 'node:fs';
import path from 'node:path';
import { aliasedSitePathToRelativePath } from '@docusaurus/utils';

import { siteRelative } from '../data/yamlData';
import { docHeadings, type DocHeading } from './headings';
import { QuizDataError, findDoc, type LoadedQuiz, type QuizProblem } from './loadQuizzes';

/** A section a quiz covers, as the quiz page lists it. */
export interface CoveredSection {
  /** The heading as the page shows it, in the page's language. */
  readonly heading: string;
  /** The heading it comes under, when the page has another heading with the same text. */
  readonly context?: string;
  /** The page's permalink with the heading's anchor. */
  readonly url: string;
}

/** A page a quiz covers, with the sections of it that the questions link to (in page order). */
export interface CoveredPage {
  readonly title: string;
  readonly url: string;
  /** Locale of the page's text: the locale being built, or English when the page is not translated yet. */
  readonly textLocale: string;
  readonly sections: readonly CoveredSection[];
}

/** What the docs plugin loaded of a doc in the locale being built (part of its DocMetadata). */
export interface LoadedDoc {
  readonly id: string;
  readonly title: string;
  readonly permalink: string;
  /** `@site/docs/…`, or `@site/i18n/<locale>/docusaurus-plugin-content-docs/current/…` for a translation. */
  readonly source: string;
}

/** A page a quiz section points at, as it is built in one locale. */
export interface SectionPage {
  readonly title: string;
  readonly permalink: string;
  readonly textLocale: string;
  /** The file the page is built from, relative to the site. */
  readonly file: string;
  readonly headings: readonly DocHeading[];
  /** When the page is a translation: its English source, to name the heading that lacks an anchor. */
  readonly english?: { readonly file: string; readonly headings: readonly DocHeading[] };
}

/**
 * Finds the page of a section's doc path (`definitions`, `cases/ada`) among the
 * docs the docs plugin loaded for the locale being built, and reads the
 * headings of the very file that page is built from: the translation when
 * there is one, else the English source.
 */
export function sectionPageFinder(
  siteDir: string,
  docs: readonly LoadedDoc[],
  locale: string,
  defaultLocale: string,
): (docPath: string) => SectionPage | undefined {
  const pages = new Map<string, SectionPage | undefined>();
  const headingsOf = (file: string) => docHeadings(readFileSync(path.join(siteDir, file), 'utf8'));
  return (docPath) => {
    if (pages.has(docPath)) return pages.get(docPath);
    const doc = docs.find((d) => d.id === docPath) ?? docs.find((d) => d.id === `${docPath}/index`);
    let page: SectionPage | undefined;
    if (doc) {
      const file = aliasedSitePathToRelativePath(doc.source);
      const translated = file.startsWith(`i18n/${locale}/`);
      const englishSource = translated ? findDoc(siteDir, docPath) : undefined;
      const englishFile = englishSource && siteRelative(siteDir, englishSource);
      page = {
        title: doc.title,
        permalink: doc.permalink,
        textLocale: translated ? locale : defaultLocale,
        file,
        headings: headingsOf(file),
        ...(englishFile
          ? { english: { file: englishFile, headings: headingsOf(englishFile) } }
          : {}),
      };
    }
    pages.set(docPath, page);
    return page;
  };
}

function missingAnchor(page: SectionPage, anchor: string): string {
  const english = page.english?.headings.find((heading) => heading.anchor === anchor);
  if (page.english && english)
    return (
      `${page.file} has no heading with the anchor "#${anchor}", so the quiz page cannot name or link ` +
      `this section in ${page.textLocale}; end the heading that translates "${english.text}" ` +
      `(${page.english.file}) with {/* #${anchor} */}`
    );
  return `${page.file} has no heading with the anchor "#${anchor}"; use the anchor of an existing heading`;
}

/**
 * The pages and sections each quiz covers, named by their headings in the
 * locale being built. Throws a QuizDataError naming the quiz file, the
 * question's section field and the fix when a section's heading cannot be
 * found (for instance a translated page whose heading lost the anchor).
 */
export function coveredPagesOfQuizzes(
  quizzes: readonly LoadedQuiz[],
  pageOf: (docPath: string) => SectionPage | undefined,
): Map<string, CoveredPage[]> {
  const problems: QuizProblem[] = [];
  const result = new Map<string, CoveredPage[]>();
  for (const quiz of quizzes) {
    const file = `quizzes/${quiz.id}/quiz.yaml`;
    const anchorsByPage = new Map<string, { page: SectionPage; anchors: Set<string> }>();
    quiz.questions.forEach((question, index) => {
      const field = `questions.${index} (${question.id}).section`;
      const [docPath, anchor] = question.section.split('#') as [string, string | undefined];
      const page = pageOf(docPath);
      if (!page) {
        problems.push({
          file,
          field,
          message: `no learner page has the path "${docPath}"; use the path of a page under docs/, without its extension`,
        });
        return;
      }
      const entry = anchorsByPage.get(docPath) ?? { page, anchors: new Set<string>() };
      anchorsByPage.set(docPath, entry);
      if (!anchor) return; // the whole page: listed by its title
      if (page.headings.some((heading) => heading.anchor === anchor)) entry.anchors.add(anchor);
      else problems.push({ file, field, message: missingAnchor(page, anchor) });
    });
    result.set(
      quiz.id,
      [...anchorsByPage.values()].map(({ page, anchors }) => ({
        title: page.title,
        url: page.permalink,
        textLocale: page.textLocale,
        sections: page.headings
          .filter((heading) => anchors.has(heading.anchor))
          .map((heading) => {
            const repeated =
              page.headings.filter((other) => other.text === heading.text).length > 1;
            return {
              heading: heading.text,
              ...(repeated && heading.parent ? { context: heading.parent } : {}),
              url: `${page.permalink}#${heading.anchor}`,
            };
          }),
      })),
    );
  }
  if (problems.length > 0) throw new QuizDataError(problems);
  return result;
}
