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
 * 3. Serves both with gzip on 127.0.0.1 and runs Lighthouse (mobile and
 *    desktop, median of BENCH_RUNS runs, default 3) on the home, module, quiz
 *    and trainer pages in English and Bulgarian, and the stock module page.
 * 4. Writes bench/results.json and bench/results.md.
 */
import { spawnSync } from 'node:child_process';
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

/** A static server with gzip, as a production host would serve the build. */
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
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
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

function measure(url: string, formFactor: 'mobile' | 'desktop', port: number): Measure {
  const child = spawnSync(
    'node',
    [
      path.join(siteDir, 'scripts/lib/lighthouse-median.mjs'),
      url,
      formFactor,
      String(port),
      String(runs),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`Lighthouse failed on ${url} (${formFactor}).`);
  return JSON.parse(child.stdout) as Measure;
}

function searchIndexSizes(): { file: string; bytes: number; gzipBytes: number }[] {
  const found: { file: string; bytes: number; gzipBytes: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['assets', 'pdf'].includes(entry.name)) walk(full);
      } else if (entry.name.startsWith('search-index')) {
        const content = readFileSync(full);
        found.push({
          file: path.relative(buildDir, full),
          bytes: content.length,
          gzipBytes: gzipSync(content, { level: 9 }).length,
        });
      }
    }
  };
  walk(buildDir);
  return found;
}

async function main(): Promise<void> {
  const buildSeconds =
    process.env.BENCH_SKIP_BUILD === '1'
      ? undefined
      : timed('full build (all locales, PDFs, offline)', 'npm', ['run', 'build']);
  writeStockSite();
  const stockBuildSeconds = timed('stock Docusaurus build', 'npx', [
    'docusaurus',
    'build',
    stockDir,
    '--out-dir',
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
      ...['en', 'bg'].flatMap((locale) =>
        PAGES.map((page) => ({
          site: 'ours',
          locale,
          page: page.id,
          url: `${ours.origin}${locale === 'en' ? '' : `/${locale}`}${page.path}`,
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
      const mobile = measure(target.url, 'mobile', chrome.port);
      const desktop = measure(target.url, 'desktop', chrome.port);
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
      `Full build: ${buildSeconds === undefined ? 'not timed (BENCH_SKIP_BUILD=1)' : `${Math.round(buildSeconds)} s`}; ` +
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
      ? `Search indexes: ${results.searchIndexes.map((s) => `${s.file} ${Math.round(s.bytes / 1024)} KiB (${Math.round(s.gzipBytes / 1024)} KiB gzip)`).join(', ')}.`
      : 'Search indexes: none in this build.',
    '',
  ].join('\n');
  writeFileSync(path.join(siteDir, 'bench', 'results.md'), md);
  console.log(md);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
