import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';

import { CASE_COUNTRY, MIN_GLOSSARY_TERMS, MODULES } from '../../src/config/modules';
import { validateLearnerFrontMatter } from '../../src/plugins/learning-content/frontMatterSchema';

const docsDir = path.resolve(__dirname, '../../docs');

function allDocs(): string[] {
  return readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

const read = (file: string) => readFileSync(path.join(docsDir, file), 'utf8');

/** Explicit heading ids of the glossary: `### Term {#term-id}`. */
function glossaryIds(): string[] {
  return [...read('glossary.mdx').matchAll(/^###\s+.+\{\/\* #([a-z0-9-]+) \*\/\}\s*$/gm)].map(
    (match) => match[1]!,
  );
}

describe('the modules promised to institutions', () => {
  it.each(MODULES)('$slug has its source file $file', ({ file }) => {
    expect(existsSync(path.join(docsDir, file)), `docs/${file} is missing`).toBe(true);
  });

  it.each(MODULES)(
    '$slug has complete front matter of its type and quiz',
    ({ file, pageType, quiz }) => {
      const frontMatter = validateLearnerFrontMatter(`docs/${file}`, matter(read(file)).data);
      expect(frontMatter.page_type).toBe(pageType);
      if (frontMatter.page_type !== 'reference') expect(frontMatter.quiz).toBe(quiz);
    },
  );
});

describe('every learner page', () => {
  it.each(allDocs())('docs/%s has valid front matter', (file) => {
    expect(() => validateLearnerFrontMatter(`docs/${file}`, matter(read(file)).data)).not.toThrow();
  });

  it.each(allDocs())('docs/%s links only to glossary terms that exist', (file) => {
    const ids = new Set(glossaryIds());
    const links = [...read(file).matchAll(/glossary\.mdx#([a-z0-9-]+)/g)].map((match) => match[1]!);
    expect(links.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('the glossary', () => {
  it(`has at least ${MIN_GLOSSARY_TERMS} terms, each with its own anchor`, () => {
    const ids = glossaryIds();
    expect(ids.length).toBeGreaterThanOrEqual(MIN_GLOSSARY_TERMS);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('case studies', () => {
  it.each(Object.entries(CASE_COUNTRY))(
    '%s opens with a content note and is linked from %s',
    (caseFile, countryFile) => {
      // What the learner sees first: the page's text after its component imports.
      const body = matter(read(caseFile))
        .content.replace(/^\s*(import [^\n]+\n\s*)+/, '')
        .trim();
      expect(body.startsWith('<ContentNote'), `${caseFile} must start with <ContentNote>`).toBe(
        true,
      );
      expect(read(countryFile)).toContain(path.basename(caseFile));
    },
  );
});
