import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

import { UNUSED_THEME_PREFIXES } from '../../src/plugins/page-translations';

const require = createRequire(import.meta.url);
type Loader = (this: { resourcePath?: string; getOptions(): unknown }, source: string) => string;
const inject = require('../../src/plugins/page-translations/injectMessagesLoader.cjs') as Loader;
const prune = require('../../src/plugins/page-translations/pruneMessagesLoader.cjs') as Loader;

describe('page-translations loaders', () => {
  const options = {
    messageFiles: { '/site/src/components/Quiz/index.tsx': '/site/.docusaurus/quiz.json' },
    addMessages: '/site/src/plugins/page-translations/addMessages.ts',
  };

  it('gives a file with translated strings the import of its strings, before its own code', () => {
    const source = "import x from 'y';\nexport default x;\n";
    const output = inject.call(
      { resourcePath: '/site/src/components/Quiz/index.tsx', getOptions: () => options },
      source,
    );
    expect(output).toBe(
      'import __pageMessages from "/site/.docusaurus/quiz.json";\n' +
        'import { addMessages as __addMessages } from "/site/src/plugins/page-translations/addMessages.ts";\n' +
        '__addMessages(__pageMessages);\n' +
        source,
    );
  });

  it('leaves a file without translated strings unchanged', () => {
    const source = 'export const a = 1;\n';
    expect(
      inject.call({ resourcePath: '/site/src/lib/a.ts', getOptions: () => options }, source),
    ).toBe(source);
  });

  it('keeps in the main script only the strings no file took and the theme strings the site uses', () => {
    const all = {
      'quiz.check': 'Проверете отговора',
      'search.label': 'Търсене',
      'theme.blog.post.readMore': 'Прочетете още',
      'theme.docs.paginator.next': 'Следваща',
    };
    const output = prune.call(
      { getOptions: () => ({ moved: ['quiz.check'], unusedPrefixes: UNUSED_THEME_PREFIXES }) },
      JSON.stringify(all),
    );
    expect(JSON.parse(output)).toEqual({
      'search.label': 'Търсене',
      'theme.docs.paginator.next': 'Следваща',
    });
  });
});
