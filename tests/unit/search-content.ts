/**
 * The site's real texts in one locale, cut into the pages and sections the
 * search index is built from, without a site build: the translated docs
 * (Markdown/MDX), the quizzes, the handouts and the termbase. The markup is
 * stripped simply; what is left is the text a learner reads, which is what
 * search tests need. Sources that have no version in the locale are taken in
 * English and labelled so, as the site shows them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';

import type { PageToIndex } from '../../src/plugins/search/buildSearchIndex';
import type { ExtractedSection } from '../../src/plugins/search/extractSections';

const siteDir = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const prefix = (locale: string) => (locale === 'en' ? '' : `/${locale}`);

/** Markdown and MDX as plain text: no code, JSX, HTML, link targets or emphasis. */
function markdownText(markdown: string): string {
  return squash(
    markdown
      .replace(/^```[\s\S]*?^```/gm, ' ')
      .replace(/^(import|export) .*$/gm, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`|#>]/g, ' ')
      .replace(/^\s*[-+]\s/gm, ' ')
      .replace(/-{3,}/g, ' '),
  );
}

/** A doc page: its title (front matter or h1) and a section per h2/h3 with its anchor. */
function docPage(locale: string, docsDir: string, file: string): PageToIndex {
  const source = read(path.join(docsDir, file));
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const body = frontMatter ? source.slice(frontMatter[0].length) : source;
  const meta = (frontMatter ? parse(frontMatter[1]!) : {}) as { title?: string };
  const title = meta.title ?? markdownText(/^# (.*)$/m.exec(body)?.[1] ?? file);
  const sections: ExtractedSection[] = [{ anchor: '', heading: '', text: '' }];
  const parts: string[][] = [[]];
  for (const line of body.split('\n')) {
    const heading = /^#{2,3} (.*?)\s*(?:\{\/\* #([\w-]+) \*\/\})?\s*$/.exec(line);
    if (heading) {
      const text = markdownText(heading[1]!);
      sections.push({ anchor: heading[2] ?? text.toLowerCase(), heading: text, text: '' });
      parts.push([]);
    } else if (!/^# /.test(line)) parts[parts.length - 1]!.push(line);
  }
  sections.forEach((section, i) => (section.text = markdownText(parts[i]!.join('\n'))));
  const slug = file.replace(/\.mdx?$/, '');
  return {
    url: `${prefix(locale)}/docs/${slug}`,
    kind: 'module',
    page: { title, lang: locale, sections },
  };
}

/** Fields of the quiz and handout files that are not text a learner reads. */
const NOT_TEXT = new Set([
  'translation_of',
  'type',
  'orientation',
  'exercise',
  'fairwork',
  'local',
]);

/** Every string of a YAML value, except those under NOT_TEXT keys. */
function yamlText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(yamlText);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, field]) =>
      NOT_TEXT.has(key) ? [] : yamlText(field),
    );
  return [];
}

/** The file of a quiz or handout in the locale, else in English. */
function localised(dir: string, locale: string): { file: string; lang: string } | undefined {
  for (const lang of [locale, 'en']) {
    const file = path.join(dir, `${lang}.yaml`);
    if (existsSync(path.join(siteDir, file))) return { file, lang };
  }
  return undefined;
}

/** A quiz: one section with all its questions, options and feedback. */
function quizPages(locale: string): PageToIndex[] {
  return globSync('quizzes/*/', { cwd: siteDir, onlyDirectories: true }).flatMap((dir) => {
    const found = localised(dir, locale);
    if (!found) return [];
    const quiz = parse(read(found.file)) as { title: string; questions?: unknown };
    const sections = [
      { anchor: '', heading: '', text: squash(yamlText(quiz.questions).join(' ')) },
    ];
    return [
      {
        url: `${prefix(locale)}/quizzes/${path.basename(dir)}`,
        kind: 'module' as const,
        page: { title: quiz.title, lang: found.lang, sections },
      },
    ];
  });
}

/** A handout: its introduction, then a section per block, under the block's heading. */
function handoutPages(locale: string): PageToIndex[] {
  return globSync('handouts/*/', { cwd: siteDir, onlyDirectories: true }).flatMap((dir) => {
    const found = localised(dir, locale);
    if (!found) return [];
    const handout = parse(read(found.file)) as {
      title: string;
      intro?: string;
      blocks?: { heading?: string }[];
    };
    const sections: ExtractedSection[] = [
      { anchor: '', heading: '', text: squash(handout.intro ?? '') },
      ...(handout.blocks ?? []).map(({ heading, ...block }, i) => ({
        anchor: `block-${i + 1}`,
        heading: heading ?? '',
        text: squash(yamlText(block).join(' ')),
      })),
    ];
    return [
      {
        url: `${prefix(locale)}/trainers/handouts/${path.basename(dir)}`,
        kind: 'trainer' as const,
        page: { title: handout.title, lang: found.lang, sections },
      },
    ];
  });
}

interface Term {
  id: string;
  en: string[];
  [locale: string]: unknown;
}

/** The termbase: a section per term, with the term's renderings in the locale. */
function termbasePage(locale: string): PageToIndex {
  const { terms } = parse(read('i18n/terminology.yaml')) as { terms: Term[] };
  const sections = terms.flatMap((term): ExtractedSection[] => {
    const forms =
      locale === 'en' ? term.en : ((term[locale] as { use?: string[] } | undefined)?.use ?? []);
    return forms.length ? [{ anchor: term.id, heading: forms[0]!, text: forms.join(' · ') }] : [];
  });
  return {
    url: `${prefix(locale)}/termbase`,
    kind: 'glossary',
    page: { title: 'Termbase', lang: locale, sections },
  };
}

/**
 * The pages of a locale: its translated docs (English: the English start and
 * institutions pages), quizzes, handouts and termbase.
 */
export function contentPages(locale: string): PageToIndex[] {
  const docsDir =
    locale === 'en' ? 'docs' : `i18n/${locale}/docusaurus-plugin-content-docs/current`;
  const docs =
    locale === 'en'
      ? ['start.md', 'institutions.mdx']
      : globSync('**/*.{md,mdx}', { cwd: path.join(siteDir, docsDir) }).sort();
  return [
    // A page still being written may not parse yet; no test depends on one.
    ...docs.flatMap((file) => {
      try {
        return [docPage(locale, docsDir, file)];
      } catch {
        return [];
      }
    }),
    ...quizPages(locale),
    ...handoutPages(locale),
    termbasePage(locale),
  ];
}
