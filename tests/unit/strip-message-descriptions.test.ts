import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const stripMessageDescriptions =
  require('../../src/plugins/strip-message-descriptions/loader.cjs') as (
    this: { resourcePath: string },
    source: string,
  ) => string;

const run = (resourcePath: string, source: string) =>
  stripMessageDescriptions.call({ resourcePath }, source);

describe('strip-message-descriptions loader', () => {
  it('removes the description of translate() calls and <Translate> elements, and nothing else', () => {
    const source = `import Translate, { translate } from '@docusaurus/Translate';
export function Label({ count }: { count: number }) {
  const label: string = translate({ id: 'a.label', message: 'Label', description: 'Note for translators' });
  return (
    <span aria-label={label} data-description="kept">
      <Translate id="a.count" description="Another note" values={{ count }}>{'{count} items'}</Translate>
    </span>
  );
}`;
    const output = run('/site/src/components/Label/index.tsx', source);
    expect(output).not.toContain('Note for translators');
    expect(output).not.toContain('Another note');
    for (const kept of [
      "id: 'a.label'",
      "message: 'Label'",
      'id="a.count"',
      'values={{',
      'data-description="kept"',
      'count: number',
    ])
      expect(output).toContain(kept);
  });

  it('leaves other objects with a description alone, and files without translations untouched', () => {
    const meta = `export const meta = { description: 'A page description' };\nconsole.log(translate);`;
    expect(run('/site/src/config/meta.ts', meta)).toContain("description: 'A page description'");
    const plain = `export const x = { description: 'no translate call here' };`;
    expect(run('/site/src/config/x.ts', plain)).toBe(plain);
  });

  it('parses plain .ts generics and the theme’s JSX in .js files', () => {
    const generic = `const id = <T,>(value: T): T => value;\nexport const m = translate({ message: id('x'), description: 'd' });`;
    expect(run('/site/src/lib/generic.ts', generic.replace('<T,>', '<T>'))).not.toContain("'d'");
    const themeJs = `import {translate} from '@docusaurus/Translate';\nexport default function A() { return <b title={translate({id: 't', message: 'T', description: 'theme note'})} />; }`;
    expect(
      run('/node_modules/@docusaurus/theme-classic/lib/theme/A/index.js', themeJs),
    ).not.toContain('theme note');
  });
});
