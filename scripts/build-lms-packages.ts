/**
 * Part of `npm run build`, after `docusaurus build`: an LMS package of every
 * module (pageType 'module' in src/config/modules.ts) in every built locale
 * its page is translated into (and in English),
 * build/lms/<format>/<locale>/<module id>.zip. Each package holds the built
 * module page's article (links to other pages removed, the quiz link pointing
 * at the quiz below it), the site's CSS without web fonts, and the site's own
 * quiz component bundled with esbuild, reporting to the LMS. Nothing in a
 * package points to the public site.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import * as esbuild from 'esbuild';
import { strToU8, zipSync, type Zippable } from 'fflate';

import { LMS_FORMATS, lmsPackagePath, type LmsFormat } from '../src/config/institutions';
import { DEFAULT_LOCALE, LOCALE_CODES, localePrefix, type Locale } from '../src/config/locales';
import { MODULES, QUIZ_IDS, moduleIdOf } from '../src/config/modules';
import type { Catalog } from '../src/plugins/catalog/types';
import { loadQuizSources, resolveQuiz } from '../src/plugins/quizzes/loadQuizzes';
import { cmi5Manifest, scorm12Manifest, type PackageInfo } from '../src/lms/manifests';
import type { PackageData } from '../src/lms/runtime/lmsState';

const siteDir = path.resolve(import.meta.dirname, '..');
const buildDir = path.join(siteDir, 'build');
const runtimeDir = path.join(siteDir, 'src/lms/runtime');

const SHIMS: Record<string, string> = {
  '@docusaurus/Link': 'shims/Link.tsx',
  '@docusaurus/Translate': 'shims/Translate.tsx',
  '@theme/Heading': 'shims/Heading.tsx',
  '@site/src/lib/progress': 'shims/progress.ts',
  '@site/src/lib/useStoredProgress': 'shims/useStoredProgress.ts',
};

/** The quiz runtime for one standard: script and the quiz's CSS module styles. */
async function bundleRuntime(format: LmsFormat): Promise<{ js: string; css: string }> {
  const result = await esbuild.build({
    entryPoints: [path.join(runtimeDir, `${format}Entry.ts`)],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: ['es2019'],
    jsx: 'automatic',
    outdir: 'out',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [
      {
        name: 'site-shims',
        setup(build) {
          build.onResolve({ filter: /^@(docusaurus|theme|site)\// }, (args) => {
            const shim = SHIMS[args.path];
            if (shim) return { path: path.join(runtimeDir, shim) };
            if (args.path.startsWith('@site/'))
              return build.resolve(`./${args.path.slice('@site/'.length)}`, {
                resolveDir: siteDir,
                kind: args.kind,
              });
            return { errors: [{ text: `${args.path} has no stand-in in the LMS runtime` }] };
          });
        },
      },
    ],
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'))!.text;
  const css = result.outputFiles.find((file) => file.path.endsWith('.css'))?.text ?? '';
  return { js, css };
}

/** The site's CSS without the web fonts (the font stack falls back to system fonts). */
function siteCss(): string {
  const dir = path.join(buildDir, 'assets/css');
  const file = readdirSync(dir).find((name) => /^styles\..*\.css$/.test(name));
  if (!file) throw new Error('build/assets/css has no styles.*.css: run docusaurus build first.');
  const css = readFileSync(path.join(dir, file), 'utf8').replace(/@font-face\{[^}]*\}/g, '');
  const absolute = css.match(/url\((?!["']?data:)[^)]*\)/);
  if (absolute)
    throw new Error(`The site CSS still refers to ${absolute[0]}; the package needs it inline.`);
  return css;
}

function builtPagePath(locale: Locale, slug: string): string {
  return path.join(buildDir, localePrefix(locale), `${slug}.html`);
}

interface PageParts {
  readonly lang: string;
  readonly title: string;
  readonly article: string;
  readonly credit: string;
}

/** The module's article from the built page, made to work offline inside a package. */
function pageParts(file: string, modulePermalink: string): PageParts {
  const $ = load(readFileSync(file, 'utf8'));
  const article = $('article .theme-doc-markdown').first();
  if (article.length === 0) throw new Error(`${file} has no article`);
  article.find('script, noscript').remove();
  article.find('a[href]').each((_, element) => {
    const link = $(element);
    const href = link.attr('href')!;
    if (href.startsWith('#')) return;
    const url = new URL(href, 'http://site.invalid');
    if (url.pathname === modulePermalink && url.hash) link.attr('href', url.hash);
    else if (url.pathname.includes('/quizzes/')) link.attr('href', '#quiz');
    else link.replaceWith(link.contents());
  });
  article.find('img').each((_, element) => {
    // Diagrams are inline SVG; an image would need copying into the package.
    throw new Error(`${file}: images (${$(element).attr('src')}) are not packaged yet`);
  });
  return {
    lang: $('html').attr('lang') ?? 'en',
    title: $('h1').first().text(),
    article: article.html() ?? '',
    credit: $('.footer__copyright').first().html() ?? '',
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function packagePage(parts: PageParts, data: PackageData): string {
  // JSON inside <script>: "</" must not close the element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${escapeHtml(parts.lang)}" data-theme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)}</title>
<link rel="stylesheet" href="assets/site.css">
<link rel="stylesheet" href="assets/quiz.css">
</head>
<body>
<main id="top" class="container margin-vert--lg">
<article class="theme-doc-markdown markdown">
${parts.article}
<section id="quiz" aria-labelledby="quiz-title" lang="${escapeHtml(data.quiz.textLocale)}">
<h2 id="quiz-title">${escapeHtml(data.quiz.title)}</h2>
<div id="quiz-root"></div>
</section>
</article>
</main>
<footer class="footer"><div class="container"><div class="footer__copyright">${parts.credit}</div></div></footer>
<script id="lms-data" type="application/json">${json}</script>
<script src="assets/quiz.js"></script>
</body>
</html>
`;
}

/** The locale's UI strings of the quiz (English uses the messages in the code). */
function quizMessages(locale: Locale): Record<string, string> {
  if (locale === DEFAULT_LOCALE) return {};
  const codeJson = JSON.parse(
    readFileSync(path.join(siteDir, 'i18n', locale, 'code.json'), 'utf8'),
  ) as Record<string, { message: string }>;
  return Object.fromEntries(
    Object.entries(codeJson)
      .filter(([id]) => id.startsWith('quiz.'))
      .map(([id, { message }]) => [id, message]),
  );
}

async function main(): Promise<void> {
  const started = Date.now();
  const catalogFile = path.join(buildDir, 'catalog.json');
  if (!existsSync(catalogFile))
    throw new Error('build/catalog.json is missing: run scripts/build-catalog.ts first.');
  const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as Catalog;
  const locales = catalog.locales as Locale[];
  const quizSources = loadQuizSources(siteDir, QUIZ_IDS, LOCALE_CODES);
  const css = siteCss();
  rmSync(path.join(buildDir, 'lms'), { recursive: true, force: true });

  let count = 0;
  let untranslated = 0;
  let bytes = 0;
  // The same assets go into every package of a format: encode them once.
  const shared = Object.fromEntries(
    await Promise.all(
      LMS_FORMATS.map(async (format) => {
        const runtime = await bundleRuntime(format);
        return [
          format,
          {
            'assets/site.css': strToU8(css),
            'assets/quiz.css': strToU8(runtime.css),
            'assets/quiz.js': strToU8(runtime.js),
          },
        ] as const;
      }),
    ),
  ) as Partial<Record<LmsFormat, Record<string, Uint8Array>>>;
  const mtime = new Date('2018-12-31T00:00:00Z');
  for (const module of MODULES.filter((candidate) => candidate.pageType === 'module')) {
    const id = moduleIdOf(module);
    const entry = catalog.modules.find((candidate) => candidate.id === id)!;
    const source = quizSources.find((candidate) => candidate.id === module.quiz)!;
    for (const locale of locales) {
      const inLocale = entry.locales[locale]!;
      // A package says one language and holds it: a locale gets its own package once its
      // page is translated; until then the catalogue lists the English package for it.
      if (inLocale.textLocale !== locale) {
        untranslated += LMS_FORMATS.length;
        continue;
      }
      const permalink = `${localePrefix(locale)}${module.slug}`;
      const parts = pageParts(builtPagePath(locale, module.slug), permalink);
      const data: PackageData = {
        quiz: resolveQuiz(source, locale, DEFAULT_LOCALE),
        modulePath: module.slug,
        messages: quizMessages(locale),
      };
      const page = strToU8(packagePage(parts, data));
      for (const format of LMS_FORMATS) {
        const files: Zippable = { 'index.html': page, ...shared[format]! };
        const info: PackageInfo = {
          moduleId: id,
          locale,
          version: entry.version,
          title: inLocale.title,
          description: inLocale.description,
          passMark: entry.quiz!.passMark,
          launch: 'index.html',
          files: Object.keys(files),
        };
        if (format === 'scorm12') files['imsmanifest.xml'] = strToU8(scorm12Manifest(info));
        else files['cmi5.xml'] = strToU8(cmi5Manifest(info));
        const zip = zipSync(files, { level: 6, mtime });
        const out = path.join(buildDir, lmsPackagePath(format, locale, id));
        mkdirSync(path.dirname(out), { recursive: true });
        writeFileSync(out, zip);
        count += 1;
        bytes += zip.length;
      }
    }
  }
  console.log(
    `Wrote ${count} LMS packages (${LMS_FORMATS.join(', ')}) in build/lms, ${(bytes / 1e6).toFixed(1)} MB, in ${((Date.now() - started) / 1000).toFixed(1)} s; ${untranslated} not written because the module is not yet translated (the catalogue lists the English package there).`,
  );
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
