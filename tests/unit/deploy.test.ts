import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { DEFAULT_LOCALE, LOCALE_CODES, TRANSLATED_LOCALES } from '../../src/config/locales';
import { HEADERS_POLICY_PLACEHOLDER } from '../../src/plugins/content-security-policy/policy';
import { mergeCatalogFragments } from '../../src/plugins/catalog/buildCatalog';
import type { CatalogFragment } from '../../src/plugins/catalog/types';
import { SITE_URL_EXAMPLE, siteUrlError, siteUrlProblem } from '../../scripts/check-site-url';
import {
  nginxHeaderLines,
  nginxHeadersConf,
  parseHeadersFile,
  policyScriptHashes,
  writeNginxHeaders,
  writeRootHeadersPolicy,
} from '../../scripts/lib/server-headers';

const siteDir = path.resolve(__dirname, '../..');

describe('SITE_URL for npm run build:deploy', () => {
  it.each([
    'https://training.example.org',
    'https://training.example.org/',
    'http://intranet.example.local',
    'https://training.example.org:8443',
    'https://192.0.2.10',
    'https://xn--bcher-kva.example',
  ])('accepts %s', (value) => {
    expect(siteUrlProblem(value)).toBeUndefined();
  });

  it.each<[string | undefined, RegExp]>([
    [undefined, /not set/],
    ['', /not set/],
    ['   ', /not set/],
    ['http://localhost:3000', /this machine \(localhost\)/],
    ['https://LOCALHOST', /this machine/],
    ['http://site.localhost', /this machine/],
    ['http://127.0.0.1:3000', /this machine \(127\.0\.0\.1\)/],
    ['http://127.1.2.3', /this machine/],
    ['http://[::1]:3000', /this machine/],
    ['http://0.0.0.0', /this machine/],
    ['training.example.org', /not an absolute address/],
    ['//training.example.org', /not an absolute address/],
    ['https:training.example.org', /not an absolute address/],
    ['ftp://training.example.org', /not an http or https address/],
    ['file:///srv/site', /not an http or https address/],
    ['https://training.example.org/modules', /has a path \(\/modules\)/],
    ['https://training.example.org/?x=1', /query or fragment/],
    ['https://training.example.org/#top', /query or fragment/],
    ['https://user:secret@training.example.org', /user name or password/],
    [' https://training.example.org', /spaces/],
  ])('refuses %j', (value, problem) => {
    expect(siteUrlProblem(value)).toMatch(problem);
  });

  it('says what is missing and how to fix it', () => {
    const message = siteUrlError(siteUrlProblem(undefined)!);
    expect(message).toContain('SITE_URL is not set');
    expect(message).toContain(SITE_URL_EXAMPLE);
    expect(SITE_URL_EXAMPLE).toBe('SITE_URL=https://training.example.org npm run build:deploy');
  });

  it('is checked by npm run build:deploy before the normal build', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(siteDir, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts['build:deploy']).toBe('tsx scripts/check-site-url.ts && npm run build');
    // The Brotli copies come last, once every file they copy is written.
    expect(scripts.build).toMatch(
      /&& tsx scripts\/write-server-headers\.ts && tsx scripts\/compress-build\.ts$/,
    );
  });
});

describe('the catalogue address', () => {
  const fragment = (locale: string, siteUrl: string): CatalogFragment => ({
    ...(JSON.parse(
      readFileSync(path.join(__dirname, `__fixtures__/catalog/fragment-${locale}.json`), 'utf8'),
    ) as CatalogFragment),
    siteUrl,
  });

  it('is the address the pages were built for, the same in every locale', () => {
    const catalog = mergeCatalogFragments(
      [
        fragment('en', 'https://training.example.org'),
        fragment('nl', 'https://training.example.org/'),
      ],
      'en',
    );
    expect(catalog.site.url).toBe('https://training.example.org');
    expect(catalog.$schema).toBe('https://training.example.org/catalog.schema.json');
    expect(() =>
      mergeCatalogFragments(
        [fragment('en', 'https://training.example.org'), fragment('nl', 'http://localhost:3000')],
        'en',
      ),
    ).toThrow(/en for https:\/\/training\.example\.org, nl for http:\/\/localhost:3000/);
  });
});

const BUILT_HEADERS = `# comment
/*
  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc+/='
  X-Content-Type-Options: nosniff

/sw.js
  Cache-Control: no-cache
`;

describe('the nginx headers written from _headers', () => {
  it('parses the _headers format', () => {
    expect(parseHeadersFile(BUILT_HEADERS)).toEqual([
      {
        path: '/*',
        headers: [
          ['Content-Security-Policy', "default-src 'self'; script-src 'self' 'sha256-abc+/='"],
          ['X-Content-Type-Options', 'nosniff'],
        ],
      },
      { path: '/sw.js', headers: [['Cache-Control', 'no-cache']] },
    ]);
    expect(() => parseHeadersFile('  X-Header: before any path\n', 'x')).toThrow(/x, line 1/);
  });

  it('writes the /* headers as add_header lines, sent with every status', () => {
    expect(nginxHeaderLines(parseHeadersFile(BUILT_HEADERS), 'x')).toEqual([
      `add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-abc+/='" always;`,
      'add_header X-Content-Type-Options "nosniff" always;',
    ]);
    expect(nginxHeadersConf(BUILT_HEADERS, 'build/_headers')).toMatch(
      /^# Generated by scripts\/write-server-headers\.ts .* from build\/_headers/,
    );
  });

  it('refuses an unbuilt policy, a value nginx would change, and a file without /*', () => {
    const unbuilt = BUILT_HEADERS.replace(/default-src[^\n]*/, HEADERS_POLICY_PLACEHOLDER);
    expect(() => nginxHeadersConf(unbuilt, 'x')).toThrow(/run "docusaurus build"/);
    const dollar = BUILT_HEADERS.replace('nosniff', 'no$sniff');
    expect(() => nginxHeadersConf(dollar, 'x')).toThrow(/X-Content-Type-Options/);
    expect(() => nginxHeadersConf('/sw.js\n  Cache-Control: no-cache\n', 'x')).toThrow(/"\/\*"/);
  });

  it("writes one file per locale; a locale that was not built gets the default locale's", () => {
    const buildDir = mkdtempSync(path.join(os.tmpdir(), 'vftf-nginx-headers-'));
    try {
      writeFileSync(path.join(buildDir, '_headers'), BUILT_HEADERS);
      mkdirSync(path.join(buildDir, 'nl'));
      writeFileSync(path.join(buildDir, 'nl', '_headers'), BUILT_HEADERS.replace('abc', 'dutch'));
      const written = writeNginxHeaders(buildDir).map((file) => path.relative(buildDir, file));
      expect(written).toEqual(LOCALE_CODES.map((locale) => `nginx/headers-${locale}.conf`));
      const read = (locale: string) =>
        readFileSync(path.join(buildDir, 'nginx', `headers-${locale}.conf`), 'utf8');
      expect(read('nl')).toContain("'sha256-dutch+/='");
      expect(read('en')).toContain("'sha256-abc+/='");
      expect(read('bg')).toContain("'sha256-abc+/='");
      expect(read('bg')).toContain('The bg locale was not built');
    } finally {
      rmSync(buildDir, { recursive: true, force: true });
    }
  });
});

describe('the root _headers that static hosts read', () => {
  it("allows every locale's inline scripts, keeps the other headers, and leaves each locale's own file", () => {
    const buildDir = mkdtempSync(path.join(os.tmpdir(), 'vftf-root-headers-'));
    try {
      writeFileSync(path.join(buildDir, '_headers'), BUILT_HEADERS);
      for (const [locale, hash] of [
        ['nl', 'dutch'],
        ['mk', 'macedonian'],
      ]) {
        mkdirSync(path.join(buildDir, locale!));
        writeFileSync(
          path.join(buildDir, locale!, '_headers'),
          BUILT_HEADERS.replace('abc', hash!),
        );
      }
      expect(writeRootHeadersPolicy(buildDir)).toEqual([
        'sha256-abc+/=',
        'sha256-dutch+/=',
        'sha256-macedonian+/=',
      ]);
      const root = readFileSync(path.join(buildDir, '_headers'), 'utf8');
      const policy = parseHeadersFile(root)[0]!.headers[0]![1];
      expect(policyScriptHashes(policy)).toEqual([
        'sha256-abc+/=',
        'sha256-dutch+/=',
        'sha256-macedonian+/=',
      ]);
      expect(policy).toMatch(/^default-src 'self'; script-src 'self' /);
      expect(root).toContain('X-Content-Type-Options: nosniff');
      expect(root).toContain('/sw.js\n  Cache-Control: no-cache');
      expect(readFileSync(path.join(buildDir, 'nl', '_headers'), 'utf8')).not.toContain('abc');
      // Run twice (a second build step run by hand), the same file.
      writeRootHeadersPolicy(buildDir);
      expect(readFileSync(path.join(buildDir, '_headers'), 'utf8')).toBe(root);
    } finally {
      rmSync(buildDir, { recursive: true, force: true });
    }
  });

  it('refuses a locale whose policy was never built', () => {
    const buildDir = mkdtempSync(path.join(os.tmpdir(), 'vftf-root-headers-'));
    try {
      writeFileSync(path.join(buildDir, '_headers'), BUILT_HEADERS);
      mkdirSync(path.join(buildDir, 'hu'));
      writeFileSync(
        path.join(buildDir, 'hu', '_headers'),
        BUILT_HEADERS.replace(/default-src[^\n]*/, HEADERS_POLICY_PLACEHOLDER),
      );
      expect(() => writeRootHeadersPolicy(buildDir)).toThrow(
        /build\/hu\/_headers .*docusaurus build/,
      );
    } finally {
      rmSync(buildDir, { recursive: true, force: true });
    }
  });
});

/** The statements of a block, without its nested blocks, and its nested blocks. */
interface Block {
  readonly head: string;
  readonly statements: string[];
  readonly blocks: Block[];
}

function parseNginx(text: string): Block {
  const source = text.replace(/#[^\n]*/g, '');
  let at = 0;
  function block(head: string): Block {
    const result: Block = { head, statements: [], blocks: [] };
    let current = '';
    while (at < source.length) {
      const char = source[at++]!;
      if (char === '{') {
        result.blocks.push(block(current.trim()));
        current = '';
      } else if (char === '}') return result;
      else if (char === ';') {
        result.statements.push(current.trim().replace(/\s+/g, ' '));
        current = '';
      } else current += char;
    }
    return result;
  }
  return block('');
}

describe('deploy/nginx.conf', () => {
  const conf = readFileSync(path.join(siteDir, 'deploy', 'nginx.conf'), 'utf8');
  const server = parseNginx(conf).blocks.find((block) => block.head === 'server')!;
  const locations = (block: Block): Block[] =>
    block.blocks
      .filter((child) => child.head.startsWith('location'))
      .flatMap((child) => [child, ...locations(child)]);
  const all = locations(server);
  const root = '/srv/voices-from-the-field/build';

  it('is one server block that serves the build folder', () => {
    expect(server.statements).toContain(`root ${root}`);
    expect(server.statements).toContain('error_page 404 /404.html');
    expect(server.statements).toContain('gzip on');
  });

  it('includes the locale’s security headers in every location that sets a header', () => {
    for (const location of all.filter((block) =>
      block.statements.some((statement) => statement.startsWith('add_header')),
    )) {
      const locale = /^location \/(nl|bg|mk|hu)\//.exec(location.head)?.[1] ?? DEFAULT_LOCALE;
      expect(location.statements, location.head).toContain(
        `include ${root}/nginx/headers-${locale}.conf`,
      );
    }
    // Server-level add_header lines would be dropped in all those locations.
    expect(server.statements.filter((statement) => statement.startsWith('add_header'))).toEqual([]);
  });

  it('gives every translation its own location, assets and 404 page', () => {
    for (const locale of TRANSLATED_LOCALES) {
      const location = all.find((block) => block.head === `location /${locale}/`);
      expect(location, `location /${locale}/`).toBeDefined();
      expect(location!.statements).toContain(`error_page 404 /${locale}/404.html`);
      expect(location!.blocks.map((block) => block.head)).toContain(`location /${locale}/assets/`);
    }
    // The regular expressions that name the translations name all of them.
    const alternatives = [...conf.matchAll(/\((?:\?:)?((?:[a-z]{2}\|)+[a-z]{2})\)/g)].map((match) =>
      match[1]!.split('|').sort(),
    );
    expect(alternatives.length).toBeGreaterThanOrEqual(2);
    for (const names of alternatives) expect(names).toEqual([...TRANSLATED_LOCALES].sort());
  });

  it('carries every rule of static/_headers other than /* as a location of its own', () => {
    const rules = parseHeadersFile(
      readFileSync(path.join(siteDir, 'static', '_headers'), 'utf8'),
      'static/_headers',
    ).filter((rule) => rule.path !== '/*');
    expect(rules.map((rule) => rule.path)).toContain('/sw.js');
    for (const rule of rules) {
      const location = all.find((block) => block.head === `location = ${rule.path}`);
      expect(location, `location = ${rule.path} for static/_headers`).toBeDefined();
      for (const [name, value] of rule.headers)
        expect(location!.statements).toContain(`add_header ${name} "${value}" always`);
    }
  });
});
