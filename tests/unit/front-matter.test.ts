import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';

import { validateLearnerFrontMatter } from '../../src/plugins/learning-content/frontMatterSchema';
import { isLearnerPage } from '../../src/plugins/learning-content/learnerPages';

const fixtures = path.join(__dirname, '__fixtures__/front-matter');

function validateFixture(name: string) {
  const file = path.join(fixtures, name);
  return validateLearnerFrontMatter(file, matter(readFileSync(file, 'utf8')).data);
}

describe('learner front matter', () => {
  it('accepts a complete module and a reference page', () => {
    expect(validateFixture('good-module.md').page_type).toBe('module');
    expect(validateFixture('good-reference.md').page_type).toBe('reference');
  });

  it('names the file and the missing field when objectives are missing', () => {
    expect(() => validateFixture('bad-missing-objectives.md')).toThrow(
      /bad-missing-objectives\.md[\s\S]*objectives: list the learning objectives/,
    );
  });

  it('lists the valid quiz ids when a quiz id is unknown', () => {
    expect(() => validateFixture('bad-unknown-quiz.md')).toThrow(
      /quiz: quiz must be one of: definitions, european-inventory/,
    );
  });

  it('reports every wrong field at once, with how to write it', () => {
    expect(() => validateFixture('bad-chapter-and-minutes.md')).toThrow(
      /minutes: give the estimated reading time[\s\S]*chapters\.0: write a chapter as '1\.1'/,
    );
  });

  it('asks for a page type when there is none', () => {
    expect(() => validateFixture('bad-no-page-type.md')).toThrow(
      /page_type: set page_type to module, case or reference/,
    );
  });
});

describe('isLearnerPage', () => {
  const site = '/site';
  it('covers English and translated learner pages, not trainer pages or partials', () => {
    expect(isLearnerPage(site, '/site/docs/definitions.mdx')).toBe(true);
    expect(
      isLearnerPage(site, '/site/i18n/bg/docusaurus-plugin-content-docs/current/start.md'),
    ).toBe(true);
    expect(isLearnerPage(site, '/site/trainers/index.md')).toBe(false);
    expect(isLearnerPage(site, '/site/docs/_partial.mdx')).toBe(false);
  });
});
