/**
 * `npm run bench`: how fast the site is on a phone and a desktop, beside a
 * stock Docusaurus 3.10 site with the same module content. Not part of
 * `npm test` (figures from a shared machine are noisy: run it once, late).
 *
 * 1. Times the full production build (all locales, handout PDFs, offline files);
 *    BENCH_SKIP_BUILD=1 measures the existing build/ instead.
 * 2. Builds bench/tmp/stock: the classic preset, no custom plugins, with
 *    docs/definitions.mdx reduced to plain Markdown (our components and front
 *    matter lists turned into headings, lists and blockquotes).
 * 3. Serves both on 127.0.0.1 as deploy/nginx.conf does (the build's Brotli
 *    copies, written for the stock build too; gzip for the rest) and runs Lighthouse (mobile and
 *    desktop, median of BENCH_RUNS runs, default 3) on the module and quiz
 *    pages of every locale, the home and trainer pages in English and
 *    Bulgarian, and the stock module page.
 * 4. Writes bench/results.json and bench/results.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import matter from 'gray-matter';

import { LOCALE_CODES, localePrefix } from '../src/config/locales';
import { BUDGETED_PAGES, checkBudgets } from './lib/budgets';
import { resolveChromium } from './lib/chromium';

const siteDir = path.resolve(import.meta.dirname, '..');
const buildDir = path.join(siteDir, 'build');
const stockDir = path.join(siteDir, 'bench', 'tmp', 'stock');
const runs = Number(process.env.BENCH_RUNS ?? 3);

const PAGES = [
  { id: 'home', path: '/' },
  { id: 'module', path: '/docs/definitions' },
  { id: 'quiz', path: '/quizzes/definitions' },
  { id: 'trainer', path: '/trainers/early-identification-day' },
];

function timed(label: string, command: string, args: string[], cwd = siteDir): number {
  console.log(`▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`${label} failed (exit ${child.status}).`);
  return (Date.now() - started) / 1000;
}

/** Our MDX module page as plain Markdown that a stock Docusaurus site renders. */
export function toPlainMarkdown(source: string): string {
  const { data, content } = matter(source);
  let body = content
    // The page's imports of our components: the components become Markdown below.
    .replace(/^import \w+ from '@site\/[^']+';\n/gm, '')
    // <ContentNote>…</ContentNote> and <Quote source="…">…</Quote> → blockquotes.
    .replace(/<ContentNote>([\s\S]*?)<\/ContentNote>/g, (_, text: string) =>
      text
        .trim()
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n'),
    )
    .replace(
      /<Quote source="([^"]*)">([\s\S]*?)<\/Quote>/g,
      (_, source: string, text: string) =>
        `${text
          .trim()
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n')}\n\n*${source}*`,
    )
    // Diagrams (self-closing components with props) → their caption and item titles as a list.
    .replace(/<([A-Z][A-Za-z]*)\b([\s\S]*?)\/>/g, (_, _name: string, props: string) => {
      const caption = /caption="([^"]*)"/.exec(props)?.[1] ?? '';
      const titles = [...props.matchAll(/title:\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]);
      return [`**${caption}**`, '', ...titles.map((title) => `- ${title}`)].join('\n');
    })
    // Links to other pages of our site do not exist in the stock site: keep the text.
    .replace(/\[([^\]]+)\]\((?:\.\.?\/)[^)]*\)/g, '$1');
  const list = (items: unknown) => ((items as string[] | undefined) ?? []).map((i) => `- ${i}`);
  body = [
    '## After this module you can',
    '',
    ...list(data.objectives),
    '',
    body.trim(),
    '',
    '## Key points',
    '',
    ...list(data.key_points),
    '',
  ].join('\n');
  return `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(data.description)}\n---\n\n${body}`;
}

function writeStockSite(): void {
  rmSync(stockDir, { recursive: true, force: true });
  mkdirSync(path.join(stockDir, 'docs'), { recursive: true });
  // The classic preset as `create-docusaurus` sets it up (v4 future flags), docs only.
  writeFileSync(
    path.join(stockDir, 'docusaurus.config.js'),
    `module.exports = {
  title: 'Voices from the field (stock Docusaurus)',
  url: 'http://localhost:3000',
  baseUrl: '/',
  onBrokenLinks: 'warn',
  future: { v4: true },
  presets: [['classic', { docs: { routeBasePath: 'docs' }, blog: false }]],
  themeConfig: { navbar: { title: 'Voices from the field' } },
};
`,
  );
  writeFileSync(
    path.join(stockDir, 'docs', 'definitions.mdx'),
    toPlainMarkdown(readFileSync(path.join(siteDir, 'docs', 'definitions.mdx'), 'utf8')),
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.webmanifest']);

/** A static server with Brotli copies and gzip, as deploy/nginx.conf serves the build. */
async function serve(root: string): Promise<{ origin: string; close: () => void }> {
  const gzipped = new Map<string, Buffer>();
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const candidates = [
      path.join(root, pathname),
      path.join(root, `${pathname}.html`),
      path.join(root, pathname, 'index.html'),
    ];
    const file = candidates.find(
      (c) => c.startsWith(root) && existsSync(c) && statSync(c).isFile(),
    );
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const ext = path.extname(file);
    response.setHeader('content-type', TYPES[ext] ?? 'application/octet-stream');
    response.setHeader(
      'cache-control',
      file.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    );
    const accepts = String(request.headers['accept-encoding']);
    // As deploy/nginx.conf: the build's Brotli copy where there is one and the browser takes it, else gzip.
    if (/\bbr\b/.test(accepts) && existsSync(`${file}.br`)) {
      response.setHeader('content-encoding', 'br');
      response.setHeader('vary', 'Accept-Encoding');
      response.end(readFileSync(`${file}.br`));
    } else if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(accepts)) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }));
      response.setHeader('content-encoding', 'gzip');
      response.end(gzipped.get(file));
    } else response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}

interface Measure {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  totalKiB: number;
  jsGzipKiB: number;
  cssGzipKiB: number;
  /** Pass/fail audits that failed in any run (why a score is below 100). */
  failedAudits: string[];
}

/**
 * Lighthouse in a child process. Asynchronous on purpose: the servers above run
 * in this process, and a synchronous spawn would stop them from answering.
 */
function measure(url: string, formFactor: 'mobile' | 'desktop', port: number): Promise<Measure> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'node',
      [
        path.join(siteDir, 'scripts/lib/lighthouse-median.mjs'),
        url,
        formFactor,
        String(port),
        String(runs),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0) reject(new Error(`Lighthouse failed on ${url} (${formFactor}).`));
      else resolve(JSON.parse(stdout) as Measure);
    });
  });
}

interface SearchIndexSize {
  readonly locale: string;
  /** search-index.json: what the search box loads on first use. */
  readonly indexGzipKiB: number;
  /** search-index.<hash>.json: page texts, fetched only for the snippets of shown results. */
  readonly snippetFiles: number;
  readonly snippetGzipKiB: number;
}

function searchIndexSizes(): SearchIndexSize[] {
  const gzipKiB = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
  const round = (kib: number) => Math.round(kib * 10) / 10;
  return LOCALE_CODES.flatMap((locale) => {
    const dir = path.join(buildDir, localePrefix(locale));
    const index = path.join(dir, 'search-index.json');
    if (!existsSync(index)) return [];
    const snippets = readdirSync(dir).filter((name) =>
      /^search-index\.[0-9a-f]+\.json$/.test(name),
    );
    return [
      {
        locale,
        indexGzipKiB: round(gzipKiB(index)),
        snippetFiles: snippets.length,
        snippetGzipKiB: round(
          snippets.reduce((sum, name) => sum + gzipKiB(path.join(dir, name)), 0),
        ),
      },
    ];
  });
}

async function main(): Promise<void> {
  // From a cold start, as on a fresh CI machine: Rspack's persistent cache
  // (node_modules/.cache, a v4 default) would otherwise halve the time.
  if (process.env.BENCH_SKIP_BUILD !== '1') timed('clear caches', 'npx', ['docusaurus', 'clear']);
  const buildSeconds =
    process.env.BENCH_SKIP_BUILD === '1'
      ? undefined
      : timed('full build, cold (all locales, PDFs, offline)', 'npm', ['run', 'build']);
  writeStockSite();
  const stockBuildSeconds = timed('stock Docusaurus build', 'npx', [
    'docusaurus',
    'build',
    stockDir,
    '--out-dir',
    path.join(stockDir, 'build'),
  ]);
  // The same hosting for both: Brotli copies beside the stock site's files too, as ours get at
  // the end of npm run build (a host such as Netlify compresses both with Brotli).
  timed('Brotli copies of the stock build', 'npx', [
    'tsx',
    'scripts/compress-build.ts',
    path.join(stockDir, 'build'),
  ]);

  const ours = await serve(buildDir);
  const stock = await serve(path.join(stockDir, 'build'));
  const chrome = await chromeLauncher.launch({
    chromePath: resolveChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const rows: {
    site: string;
    locale: string;
    page: string;
    url: string;
    mobile: Measure;
    desktop: Measure;
  }[] = [];
  try {
    const targets = [
      // The budgeted pages (module, quiz) in every locale: translated text weighs more
      // (Cyrillic is two bytes a letter in UTF-8); the other pages in English and Bulgarian.
      ...LOCALE_CODES.flatMap((locale) =>
        PAGES.filter(
          (page) => BUDGETED_PAGES.includes(page.id) || locale === 'en' || locale === 'bg',
        ).map((page) => ({
          site: 'ours',
          locale,
          page: page.id,
          url: `${ours.origin}${localePrefix(locale)}${page.path}`,
        })),
      ),
      {
        site: 'stock Docusaurus 3.10',
        locale: 'en',
        page: 'module',
        url: `${stock.origin}/docs/definitions`,
      },
    ];
    for (const target of targets) {
      console.log(
        `Lighthouse ×${runs} (mobile, desktop): ${target.site} ${target.locale} ${target.page}`,
      );
      const mobile = await measure(target.url, 'mobile', chrome.port);
      const desktop = await measure(target.url, 'desktop', chrome.port);
      rows.push({ ...target, url: new URL(target.url).pathname, mobile, desktop });
    }
  } finally {
    chrome.kill();
    ours.close();
    stock.close();
  }

  const results = {
    date: new Date().toISOString(),
    machine: 'shared 2-core machine: Lighthouse figures are noisy',
    lighthouseRuns: runs,
    buildSeconds,
    stockBuildSeconds,
    searchIndexes: searchIndexSizes(),
    pages: rows,
    budgets: checkBudgets(rows, buildSeconds),
  };
  mkdirSync(path.join(siteDir, 'bench'), { recursive: true });
  writeFileSync(
    path.join(siteDir, 'bench', 'results.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );

  const cell = (m: Measure) =>
    `${m.performance} / ${m.accessibility} / ${m.bestPractices} / ${m.seo} | ${Math.round(m.lcpMs)} | ${Math.round(m.tbtMs)} | ${Math.round(m.totalKiB)} | ${Math.round(m.jsGzipKiB)} / ${Math.round(m.cssGzipKiB)}`;
  const md = [
    '# Benchmark',
    '',
    `${results.date}, ${results.machine}. Median of ${runs} Lighthouse runs. ` +
      `Full build from cold caches: ${buildSeconds === undefined ? 'not timed (BENCH_SKIP_BUILD=1)' : `${Math.round(buildSeconds)} s`}; ` +
      `stock build: ${Math.round(stockBuildSeconds)} s.`,
    '',
    'Scores: performance / accessibility / best practices / SEO. LCP and TBT in ms, weight in KiB, JS / CSS gzip KiB loaded on first view.',
    '',
    '| Site | Locale | Page | Mobile scores | LCP | TBT | Weight | JS / CSS | Desktop scores | LCP | TBT | Weight | JS / CSS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) => `| ${r.site} | ${r.locale} | ${r.page} | ${cell(r.mobile)} | ${cell(r.desktop)} |`,
    ),
    '',
    results.searchIndexes.length
      ? `Search index, gzip (loaded on the first search; snippet files only for shown results): ${results.searchIndexes.map((s) => `${s.locale} ${s.indexGzipKiB} KiB + ${s.snippetFiles} snippet files, ${s.snippetGzipKiB} KiB in all`).join('; ')}.`
      : 'Search indexes: none in this build.',
    '',
    '## Budgets',
    '',
    '| Budget | Limit | Measured | Met |',
    '| --- | --- | --- | --- |',
    ...results.budgets.map(
      (b) => `| ${b.what} | ${b.limit} | ${b.actual} | ${b.met ? 'yes' : '**no**'} |`,
    ),
    '',
    ...rows
      .filter((r) => r.mobile.failedAudits.length + r.desktop.failedAudits.length > 0)
      .map(
        (r) =>
          `Audits failed in a run, ${r.site} ${r.locale} ${r.page}: ${[...new Set([...r.mobile.failedAudits, ...r.desktop.failedAudits])].join(', ')}.`,
      ),
    '',
  ].join('\n');
  writeFileSync(path.join(siteDir, 'bench', 'results.md'), md);
  console.log(md);
  const unmet = results.budgets.filter((b) => !b.met);
  if (unmet.length > 0) {
    console.error(`${unmet.length} budget(s) not met: ${unmet.map((b) => b.what).join('; ')}.`);
    process.exitCode = 1;
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
