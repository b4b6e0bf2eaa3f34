import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { buildSearchIndex, type PageToIndex } from '../../src/plugins/search/buildSearchIndex';
import { SearchEngine } from '../../src/plugins/search/client/searchEngine';
import { extractSections } from '../../src/plugins/search/extractSections';
import { decodePostings, encodePostings } from '../../src/plugins/search/postingsCodec';
import { ruleFor, validateSearchOptions } from '../../src/plugins/search/options';
import { loadStemmers } from '../../src/plugins/search/stemming';
import { foldText } from '../../src/plugins/search/textFolding';

// The languages of the fixtures: a Hungarian site with a Bulgarian and an English page.
const stemmers = await loadStemmers(['hu', 'bg', 'en']);

const fixture = (name: string) =>
  readFileSync(path.join(__dirname, '__fixtures__/search', `${name}.html`), 'utf8');

describe('extractSections', () => {
  const page = extractSections(fixture('module'))!;

  it('cuts a page into sections at its h2 and h3 headings, with their anchors', () => {
    expect(page.title).toBe('Munkaerő-kizsákmányolás');
    expect(page.sections.map((section) => [section.anchor, section.heading])).toEqual([
      ['', ''],
      ['jelek', 'Jelek'],
      ['reflection-period', 'Reflection period'],
    ]);
    expect(page.sections[0]!.text).toBe('Bevezető szöveg a kizsákmányolásról.');
  });

  it('keeps lists and text versions, and an h4 in the section above it', () => {
    expect(page.sections[1]!.text).toContain('Adósság Fenyegetés');
    expect(page.sections[1]!.text).toContain('A diagram szövege.');
    expect(page.sections[2]!.text).toContain('A negyedik szint');
  });

  it('leaves out navigation, pictures, heading links and blocks marked data-search-exclude', () => {
    const all = page.sections.map((section) => `${section.heading} ${section.text}`).join(' ');
    expect(all).not.toContain('navigation');
    expect(all).not.toContain('Diagramszöveg');
    expect(all).not.toContain('#');
    expect(all).not.toContain('titkos');
  });

  it('takes the language of the content: an untranslated page is English', () => {
    expect(page.lang).toBe('hu');
    const untranslated = extractSections(fixture('untranslated'))!;
    expect(untranslated.lang).toBe('en');
    expect(untranslated.sections[0]!.text).not.toContain('Тази страница');
  });

  it('takes English for a slide deck whose slides are in English under a Bulgarian toolbar', () => {
    expect(extractSections(fixture('slides'))!.lang).toBe('en');
  });

  it('reads a handout sheet without its toolbar and credit, in the language of the sheet', () => {
    const handout = extractSections(fixture('handout'))!;
    expect(handout.title).toBe('Signal cards');
    expect(handout.lang).toBe('en');
    expect(handout.sections).toEqual([
      { anchor: '', heading: '', text: 'Cut out the eight cards.' },
    ]);
  });

  it('skips a page marked noindex', () => {
    expect(extractSections(fixture('noindex'))).toBeUndefined();
  });
});

describe('foldText', () => {
  it('folds case and accents in Latin and Cyrillic alike', () => {
    expect(foldText('Kizsákmányolás ŐRZÉS')).toBe('kizsakmanyolas orzes');
    expect(foldText('ТРАФИКЪТ Ќе Ѓорѓи')).toBe('трафикът ке горги');
  });
});

function engineOver(pages: PageToIndex[]) {
  const { index, files } = buildSearchIndex('hu', pages, stemmers);
  // The engine fetches page texts; serve them from what the builder wrote.
  vi.stubGlobal('fetch', async (url: string) => {
    const content = files.get(url.replace(/^\//, ''));
    return content === undefined
      ? new Response('', { status: 404 })
      : new Response(content, { status: 200 });
  });
  return { engine: SearchEngine.fromIndex(index, '/', stemmers), index, files };
}

describe('the search index and engine', () => {
  afterEach(() => vi.unstubAllGlobals());
  const pages: PageToIndex[] = [
    { url: '/hu/docs/munka', kind: 'module', page: extractSections(fixture('module'))! },
    { url: '/hu/docs/trafik', kind: 'glossary', page: extractSections(fixture('trafik'))! },
    { url: '/hu/docs/smuggling', kind: 'module', page: extractSections(fixture('untranslated'))! },
  ];

  it('finds accented text from an accent-free query, by the beginning of a word', () => {
    const { engine } = engineOver(pages);
    for (const query of ['kizsakmanyolas', 'KIZSÁK', 'kizsákmányolásról']) {
      expect(engine.search(query).map((result) => result.url)[0], query).toBe('/hu/docs/munka');
    }
  });

  it('finds Cyrillic words by their beginning, whatever their case', () => {
    const { engine } = engineOver(pages);
    const urls = engine.search('трафик').map((result) => result.url);
    // "Трафикът" and "ТРАФИК" are one stem, so the two sections rank alike.
    expect(urls.sort()).toEqual(['/hu/docs/trafik', '/hu/docs/trafik#trgovija']);
    expect(engine.search('трговија со луѓе')[0]!.url).toBe('/hu/docs/trafik#trgovija');
  });

  it('points to the section that matches, preferring its heading, and ignores stopwords', () => {
    const { engine } = engineOver(pages);
    expect(engine.search('reflection period')[0]!.url).toBe('/hu/docs/munka#reflection-period');
    expect(engine.search('the reflection period')[0]!.url).toBe('/hu/docs/munka#reflection-period');
    expect(engine.search('útlevelet')[0]!.url).toBe('/hu/docs/munka#jelek');
  });

  it('requires every word of the query', () => {
    const { engine } = engineOver(pages);
    expect(engine.search('smuggling crime')).toHaveLength(1);
    expect(engine.search('smuggling útlevelet')).toEqual([]);
  });

  it('never finds what was left out', () => {
    const { engine, files } = engineOver(pages);
    expect(engine.search('titkos')).toEqual([]);
    expect(engine.search('diagramszoveg')).toEqual([]);
    expect([...files.values()].join(' ')).not.toContain('titkos');
  });

  it('labels each page with its kind and language', () => {
    const { index } = engineOver(pages);
    expect(index.pages.map((page) => [page.kind, page.lang])).toEqual([
      ['module', 'hu'],
      ['glossary', 'bg'],
      ['module', 'en'],
    ]);
  });

  it('makes a snippet around the first match, with the matches marked', async () => {
    const { engine } = engineOver(pages);
    const [result] = engine.search('utlevel');
    const snippet = await engine.snippet(result!, 'utlevel');
    expect(snippet.map((part) => part.text).join('')).toBe(
      'Az első jel: a munkáltató elveszi az útlevelet. Adósság Fenyegetés Szöveges változat A diagram szövege.',
    );
    expect(snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['útlevelet']);
  });

  it('keeps a stable index: the same pages give the same files', () => {
    const first = buildSearchIndex('hu', pages, stemmers).files;
    const second = buildSearchIndex('hu', pages, stemmers).files;
    expect([...first.entries()]).toEqual([...second.entries()]);
  });
});

describe('search plugin options', () => {
  it('accepts rules and matches pages by exact path or by folder', () => {
    const options = validateSearchOptions({
      pages: [
        { path: '/docs/glossary', kind: 'glossary' },
        { path: '/docs/', kind: 'module' },
      ],
      exclude: ['/docs/drafts/'],
    });
    expect(ruleFor(options, '/docs/glossary')?.kind).toBe('glossary');
    expect(ruleFor(options, '/docs/start')?.kind).toBe('module');
    expect(ruleFor(options, '/docs/drafts/x')).toBeUndefined();
    expect(ruleFor(options, '/quizzes/definitions')).toBeUndefined();
  });

  it('names the option and the fix when a rule is wrong', () => {
    expect(() => validateSearchOptions({ pages: [{ path: 'docs/', kind: 'module' }] })).toThrow(
      /pages\.0\.path: must start with "\/"/,
    );
    expect(() => validateSearchOptions({ pages: [{ path: '/docs/', kind: 'lesson' }] })).toThrow(
      /pages\.0\.kind/,
    );
    expect(() => validateSearchOptions({ pages: [] })).toThrow(/at least one rule/);
  });
});

describe('postings codec', () => {
  it('round-trips ascending section numbers, small and large', () => {
    for (const sections of [[0], [5], [0, 1, 2, 3], [31, 32, 33], [7, 1000, 1001, 40000], []]) {
      const encoded = encodePostings(sections);
      expect(encoded).not.toMatch(/[\s.,]/);
      expect(decodePostings(encoded)).toEqual(sections);
    }
  });
});
