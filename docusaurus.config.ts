import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { themes as prismThemes } from 'prism-react-renderer';

import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES } from './src/config/locales';
import { CREDIT_LINE } from './src/config/credit';
import { contentEditionDate } from './src/config/contentEdition';
import { REDIRECTS } from './src/config/redirects';
import { createParseFrontMatter } from './src/plugins/learning-content/parseFrontMatter';
import { createCrossTranslationLinkResolver } from './src/plugins/learning-content/crossTranslationLinks';
import remarkModuleFrame from './src/plugins/learning-content/remarkModuleFrame';
import rehypeRowHeaders from './src/plugins/learning-content/rehypeRowHeaders';
import quizzesPlugin from './src/plugins/quizzes';
import handoutsPlugin from './src/plugins/handouts';
import slidesPlugin from './src/plugins/slides';
import remarkMaterials from './src/plugins/materials/remarkMaterials';
import searchPlugin from './src/plugins/search';
import type { SearchPageRule } from './src/plugins/search/options';
import { MODULES } from './src/config/modules';
import catalogPlugin from './src/plugins/catalog';
import contentSecurityPolicyPlugin from './src/plugins/content-security-policy';
import plainCodeBlocksPlugin from './src/plugins/plain-code-blocks';
import utf8ScriptsPlugin from './src/plugins/utf8-scripts';
import pageTranslationsPlugin from './src/plugins/page-translations';
import translationStatusPlugin from './src/plugins/translation-status';
import stripMessageDescriptionsPlugin from './src/plugins/strip-message-descriptions';

const siteDir = path.dirname(fileURLToPath(import.meta.url));

// Part of a certificate's ID (src/lib/certificate.ts), as it has been since the first certificates.
const siteVersion = (
  JSON.parse(readFileSync(path.join(siteDir, 'package.json'), 'utf8')) as { version: string }
).version;

// Where the site is deployed. Only used for canonical URLs, hreflang
// alternates, the sitemap and the catalogue's addresses (src/plugins/catalog);
// nothing is ever requested from it. Local builds default to localhost;
// `npm run build:deploy` refuses to build without a public SITE_URL
// (scripts/check-site-url.ts).
const siteUrl = process.env.SITE_URL ?? 'http://localhost:3000';

// Build only English for a quick local check (`DEFAULT_LOCALE_ONLY=1 npm run build`).
// CI and `npm run preview` always build every locale.
const defaultLocaleOnly = process.env.DEFAULT_LOCALE_ONLY === '1';

// `npm run bench:search` builds the site once without search, to measure what
// search adds to the JavaScript of every page.
const withoutSearch = process.env.BENCH_WITHOUT_SEARCH === '1';

const config: Config = {
  title: 'Voices from the field',
  tagline:
    'Learning modules on identifying and protecting victims of trafficking among migrants and refugees',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,

  // Institutions link to these pages: a broken link or anchor must fail the build.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  // Its inline script would need one more hash in the Content-Security-Policy; baseUrl is '/'.
  baseUrlIssueBanner: false,

  // contentEdition: the day of the learning content's last change (YYYY-MM-DD), printed on
  // certificates as their edition.
  customFields: { siteVersion, contentEdition: contentEditionDate({ siteDir }) },

  // Installable app: the manifest and icons (static/), the service worker (scripts/build-offline.ts).
  headTags: [
    { tagName: 'link', attributes: { rel: 'manifest', href: '/manifest.webmanifest' } },
    { tagName: 'meta', attributes: { name: 'theme-color', content: '#1a5276' } },
    {
      tagName: 'link',
      attributes: { rel: 'apple-touch-icon', href: '/img/icons/apple-touch-icon-180.png' },
    },
  ],
  // Registers the service worker and saves the learner's language for offline use.
  clientModules: ['./src/lib/offline/registerServiceWorker.ts'],

  future: {
    // The Docusaurus v4 defaults, which include the fast Rspack build.
    v4: true,
  },

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    // The translation-completeness test extracts the English messages into a
    // temporary folder instead of the committed i18n/ folder.
    path: process.env.I18N_EXTRACT_DIR ?? 'i18n',
    locales: defaultLocaleOnly ? [DEFAULT_LOCALE] : [...LOCALE_CODES],
    localeConfigs: Object.fromEntries(
      LOCALE_CODES.map((locale) => [
        locale,
        { label: LOCALES[locale].label, htmlLang: LOCALES[locale].htmlLang, direction: 'ltr' },
      ]),
    ),
  },

  markdown: {
    hooks: {
      // A file link across the line between a translated page and an English one: resolved
      // against the English files; any other broken file link fails the build.
      onBrokenMarkdownLinks: createCrossTranslationLinkResolver(siteDir),
      onBrokenMarkdownImages: 'throw',
    },
    // Validates learner front matter; marks translations whose English source changed.
    parseFrontMatter: createParseFrontMatter(siteDir),
  },

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
          beforeDefaultRemarkPlugins: [remarkModuleFrame],
          // Matrix tables get row headers (screen readers announce them with each cell).
          rehypePlugins: [rehypeRowHeaders],
        } satisfies DocsOptions,
        blog: false,
        theme: {
          customCss: ['./src/css/custom.css', './src/css/print.css', './src/css/embed.css'],
        },
        sitemap: {
          changefreq: null,
          priority: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    // Old addresses of moved pages keep working (src/config/redirects.ts).
    ['client-redirects', { redirects: [...REDIRECTS] }],
    // A Content-Security-Policy <meta> on every page: the site's own origin only, no eval.
    contentSecurityPolicyPlugin,
    // Code blocks without Prism: the site shows no code, and Prism was a fifth of every page's script.
    plainCodeBlocksPlugin,
    // Scripts keep Cyrillic letters as UTF-8, not six-byte escapes (bg and mk pages are lighter).
    utf8ScriptsPlugin,
    // Each page's translated UI strings load with its code, not in every page's main script.
    pageTranslationsPlugin,
    // Translators' notes (descriptions) stay in the source, out of the scripts.
    stripMessageDescriptionsPlugin,
    // Validates quizzes/ and adds a page per quiz at /quizzes/<id>.
    quizzesPlugin,
    // Validates handouts/ and adds a printable page per handout at /trainers/handouts/<id>.
    handoutsPlugin,
    // Validates slides/ and adds a presenter page per deck at /trainers/slides/<id>.
    slidesPlugin,
    // Full-text search of each locale's built pages with FlexSearch; /search.
    withoutSearch
      ? false
      : [
          searchPlugin,
          {
            // First match wins. Quizzes are never indexed: their answers would be in the results.
            pages: [
              { path: '/docs/glossary', kind: 'glossary' },
              { path: '/docs/institutions', kind: 'reference' },
              ...MODULES.map((module): SearchPageRule => ({
                path: module.slug,
                kind: module.pageType,
              })),
              { path: '/docs/', kind: 'module' },
              { path: '/trainers', kind: 'trainer' },
              { path: '/trainers/', kind: 'trainer' },
            ],
          },
        ],
    // What is translated in each language: the Start page's sentence on languages, "EN" in sidebars.
    translationStatusPlugin,
    // Collects each module's catalogue entry (build/catalog.json, scripts/build-catalog.ts).
    catalogPlugin,
    [
      'content-docs',
      {
        id: 'trainers',
        path: 'trainers',
        routeBasePath: 'trainers',
        sidebarPath: './sidebars.trainers.ts',
        // Exercise materials (front matter) on exercise pages and as each day's checklist.
        beforeDefaultRemarkPlugins: [[remarkMaterials, { siteDir }]],
        rehypePlugins: [rehypeRowHeaders],
      } satisfies DocsOptions,
    ],
  ],

  themeConfig: {
    colorMode: {
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: { hideable: true },
    },
    navbar: {
      title: 'Voices from the field',
      logo: {
        alt: 'Voices from the field — home',
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        { type: 'docSidebar', sidebarId: 'modules', position: 'left', label: 'Modules' },
        {
          type: 'docSidebar',
          sidebarId: 'trainers',
          docsPluginId: 'trainers',
          position: 'left',
          label: 'For trainers',
        },
        { type: 'doc', docId: 'institutions', position: 'left', label: 'For institutions' },
        ...(withoutSearch ? [] : [{ type: 'search', position: 'right' } as const]),
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'light',
      links: [
        {
          title: 'Learn',
          items: [
            { label: 'Start here', to: '/docs/start' },
            { label: 'For trainers', to: '/trainers' },
            { label: 'For institutions', to: '/docs/institutions' },
            { label: 'Use offline', to: '/offline' },
          ],
        },
      ],
      copyright: CREDIT_LINE,
    },
    // Code blocks are not coloured (src/plugins/plain-code-blocks/): of each theme
    // only its base colours are used, and the config is in every page's script.
    prism: {
      theme: { plain: prismThemes.github.plain, styles: [] },
      darkTheme: { plain: prismThemes.dracula.plain, styles: [] },
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
