/**
 * The shipped deploy/nginx.conf, run in real nginx on 127.0.0.1 against the
 * production build: headers (the same as build/_headers), caching, clean
 * addresses, each locale's 404 page, Brotli and gzip, file types, and pages that work in
 * Chromium. Only the listen address and the build folder are changed.
 *
 * Skipped with a message where nginx is not installed, except under CI, where
 * it fails (.ci/run installs it). NGINX_BUILD_DIR serves another build folder
 * (a copy of build/, while build/ is being rebuilt); NGINX names the binary.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { DEFAULT_LOCALE, LOCALE_CODES, localePrefix, type Locale } from '../../src/config/locales';
import {
  nginxHeadersFileName,
  parseHeadersFile,
  policyScriptHashes,
} from '../../scripts/lib/server-headers';
import { inlineScriptHashes } from '../../src/plugins/content-security-policy/policy';
import { englishQuizzes, takeQuiz } from './quiz-helpers';
import { expect, test, waitForHydration } from './test-utils';

const siteDir = path.resolve(__dirname, '../..');
const shippedConf = path.join(siteDir, 'deploy', 'nginx.conf');
const buildDir = path.resolve(process.env.NGINX_BUILD_DIR ?? path.join(siteDir, 'build'));
/** The build folder as deploy/nginx.conf names it; the test puts the real one in its place. */
const SHIPPED_BUILD_DIR = '/srv/voices-from-the-field/build';

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

/** The nginx binary: $NGINX, else the usual places, else the PATH. */
function findNginx(): string | undefined {
  const candidates = [
    process.env.NGINX,
    '/usr/sbin/nginx',
    '/usr/local/sbin/nginx',
    '/usr/local/nginx/sbin/nginx',
    ...(process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'nginx')),
  ];
  return candidates.find((candidate): candidate is string => {
    if (!candidate) return false;
    try {
      accessSync(candidate, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const nginx = findNginx();
const NO_NGINX =
  'nginx is not installed (Debian/Ubuntu: sudo apt-get install -y nginx, or set NGINX=/path/to/nginx): ' +
  'deploy/nginx.conf is not tested. Under CI this fails instead of skipping.';

/** The shipped server block with only its listen lines and build folder replaced. */
function siteConf(port: number): string {
  const shipped = readFileSync(shippedConf, 'utf8');
  const listens = [...shipped.matchAll(/^\s*listen\s+([^;]+);/gm)].map((match) => match[1]);
  expect(listens, 'the listen lines of deploy/nginx.conf').toEqual(['80', '[::]:80']);
  expect(shipped, `deploy/nginx.conf serves ${SHIPPED_BUILD_DIR}`).toContain(
    `root ${SHIPPED_BUILD_DIR};`,
  );
  return shipped
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replaceAll(SHIPPED_BUILD_DIR, buildDir);
}

/** nginx's Brotli module (brotli_static), where Debian's libnginx-mod-http-brotli-static puts it. */
const BROTLI_MODULE =
  process.env.NGINX_BROTLI_MODULE ?? '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** nginx's own settings, which a server's /etc/nginx/nginx.conf would hold, kept in `dir`. */
function mainConf(dir: string): string {
  const isRoot = process.getuid?.() === 0;
  return [
    // The Brotli module as Debian's package loads it (/etc/nginx/modules-enabled/), for brotli_static.
    ...(existsSync(BROTLI_MODULE) ? [`load_module ${BROTLI_MODULE};`] : []),
    'worker_processes 1;',
    'daemon off;',
    // As root, nginx would run its workers as nobody, who may not read a checkout in /root.
    ...(isRoot ? ['user root;'] : []),
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    `  access_log ${dir}/access.log;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `  ${kind}_temp_path ${dir}/${kind};`,
    ),
    '  sendfile on;',
    `  include ${dir}/site.conf;`,
    '}',
    '',
  ].join('\n');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The headers of the `/*` rule of a locale's built _headers file. */
function builtHeaders(locale: Locale): [string, string][] {
  const file = path.join(buildDir, localePrefix(locale), '_headers');
  const all = parseHeadersFile(readFileSync(file, 'utf8'), file).find((rule) => rule.path === '/*');
  expect(all, `${file} has a "/*" rule`).toBeDefined();
  return all!.headers.map(([name, value]) => [name.toLowerCase(), value]);
}

/** Every file of the build, as paths relative to it. */
function buildFiles(dir = buildDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return buildFiles(full);
    return [path.relative(buildDir, full)];
  });
}

/** The first file (sorted) in a folder of the build with this ending. */
function firstFile(folder: string, ending: string): string {
  const dir = path.join(buildDir, folder);
  const name = readdirSync(dir)
    .filter((file) => file.endsWith(ending))
    .sort()[0];
  expect(name, `a ${ending} file in ${dir}`).toBeDefined();
  return `/${folder}/${name}`;
}

const files = existsSync(buildDir) ? buildFiles() : [];
const asset = (prefix: string, ending: string, namePrefix = '') => {
  const file = files.find(
    (name) =>
      name.startsWith(`${prefix}assets/`) &&
      name.endsWith(ending) &&
      path.basename(name).startsWith(namePrefix),
  );
  expect(file, `a ${ending} file in ${buildDir}/${prefix}assets`).toBeDefined();
  return `/${file}`;
};

// Netlify and Cloudflare Pages read only build/_headers, and send its "/*" policy with
// every locale's pages: a script hash missing there blocks that locale's scripts.
test("build/_headers, for static hosts, allows the inline scripts of every locale's pages", () => {
  const rule = parseHeadersFile(readFileSync(path.join(buildDir, '_headers'), 'utf8')).find(
    (candidate) => candidate.path === '/*',
  );
  const policy = rule?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1] ?? '';
  const allowed = new Set(policyScriptHashes(policy));
  for (const locale of LOCALE_CODES) {
    for (const page of ['index.html', 'docs/start.html', '404.html']) {
      const file = path.join(buildDir, localePrefix(locale), page);
      for (const hash of inlineScriptHashes(readFileSync(file, 'utf8')))
        expect(allowed.has(hash), `${hash} of build/${path.relative(buildDir, file)}`).toBe(true);
    }
  }
});

let server: ChildProcess | undefined;
let origin = '';
let workDir = '';

test.describe('deploy/nginx.conf in nginx', () => {
  // One nginx for the file, its tests one after another.
  test.describe.configure({ mode: 'default' });
  test.skip(!nginx && !process.env.CI, NO_NGINX);

  test.beforeAll(async () => {
    if (!nginx) throw new Error(NO_NGINX);
    if (!existsSync(path.join(buildDir, 'index.html')))
      throw new Error(`There is no build in ${buildDir}: run "npm run build" first.`);
    if (!existsSync(path.join(buildDir, 'nginx', nginxHeadersFileName(DEFAULT_LOCALE))))
      throw new Error(
        `${buildDir}/nginx/ is missing: the build writes it (tsx scripts/write-server-headers.ts ${buildDir}).`,
      );
    workDir = mkdtempSync(path.join(os.tmpdir(), 'vftf-nginx-'));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    writeFileSync(path.join(workDir, 'site.conf'), siteConf(port));
    writeFileSync(path.join(workDir, 'nginx.conf'), mainConf(workDir));

    let output = '';
    const child = spawn(nginx, ['-p', `${workDir}/`, '-c', `${workDir}/nginx.conf`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let exitedEarly = false;
    void exited.then(() => (exitedEarly = true));

    const deadline = Date.now() + 15_000;
    for (;;) {
      if (exitedEarly) {
        const log = existsSync(`${workDir}/error.log`)
          ? readFileSync(`${workDir}/error.log`, 'utf8')
          : '';
        throw new Error(`nginx did not start with deploy/nginx.conf:\n${output}\n${log}`);
      }
      try {
        const response = await fetch(`${origin}/`);
        if (response.ok) break;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`nginx did not answer on ${origin}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    server = undefined;
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test('pages, 404s, assets, the service worker and downloads carry the headers of build/_headers', async ({
    request,
  }) => {
    const checks: [Locale, string][] = [
      ['en', '/docs/start'],
      ['en', '/'],
      ['en', '/no-such-page'],
      ['en', '/sw.js'],
      ['en', asset('', '.js')],
      ['en', asset('', '.css')],
      ['en', firstFile('pdf/en', '.pdf')],
      ['nl', '/nl/docs/start'],
      ['nl', '/nl/'],
      ['nl', asset('nl/', '.js')],
      ['bg', '/bg/no-such-page'],
      ['mk', '/mk/quizzes/definitions'],
      ['hu', '/hu/docs/start'],
    ];
    for (const [locale, pathname] of checks) {
      const response = await request.get(`${origin}${pathname}`, { maxRedirects: 0 });
      const headers = response.headers();
      for (const [name, value] of builtHeaders(locale))
        expect(headers[name], `${name} of ${pathname}`).toBe(value);
    }
    // The policy itself: this site's own origin, and the hashes of this locale's build.
    const html = (await request.get(`${origin}/docs/start`)).headers();
    expect(html['content-security-policy']).toContain("default-src 'self'");
    expect(html['x-content-type-options']).toBe('nosniff');
    expect(html['referrer-policy']).toBe('no-referrer');
    const dutch = (await request.get(`${origin}/nl/docs/start`)).headers();
    expect(dutch['content-security-policy']).not.toBe(html['content-security-policy']);
  });

  test('the service worker is never cached; hashed assets are cached for a year; pages revalidate', async ({
    request,
  }) => {
    const worker = await request.get(`${origin}/sw.js`);
    expect(worker.status()).toBe(200);
    expect(worker.headers()['cache-control']).toBe('no-cache');
    expect(worker.headers()['content-type']).toMatch(/^text\/javascript/);

    for (const pathname of [asset('', '.js'), asset('', '.css'), asset('bg/', '.js')]) {
      const response = await request.get(`${origin}${pathname}`);
      expect(response.status(), pathname).toBe(200);
      expect(response.headers()['cache-control'], pathname).toBe(YEAR_IMMUTABLE);
    }
    for (const pathname of ['/docs/start', '/nl/docs/start', '/catalog.json']) {
      const response = await request.get(`${origin}${pathname}`);
      expect(response.headers()['cache-control'], pathname).toBe('no-cache');
    }
    // A missing asset is the 404 page, and not cached for a year.
    const missing = await request.get(`${origin}/assets/js/no-such-file.js`);
    expect(missing.status()).toBe(404);
    expect(missing.headers()['cache-control']).toBe('no-cache');
  });

  test('clean addresses: /docs/start is docs/start.html, in every locale', async ({ request }) => {
    for (const locale of LOCALE_CODES) {
      for (const pathname of [`${localePrefix(locale)}/`, `${localePrefix(locale)}/docs/start`]) {
        const response = await request.get(`${origin}${pathname}`, { maxRedirects: 0 });
        expect(response.status(), pathname).toBe(200);
        expect(response.headers()['content-type'], pathname).toBe('text/html; charset=utf-8');
        const file = pathname.endsWith('/') ? `${pathname}index.html` : `${pathname}.html`;
        expect(await response.text(), pathname).toBe(
          readFileSync(path.join(buildDir, file), 'utf8'),
        );
      }
    }
    // The site's addresses have no trailing slash, but the locale home pages.
    for (const [from, to] of [
      ['/docs/start/', '/docs/start'],
      ['/nl/docs/start/?x=1', '/nl/docs/start?x=1'],
      ['/nl', '/nl/'],
      ['/bg', '/bg/'],
    ]) {
      const response = await request.get(`${origin}${from}`, { maxRedirects: 0 });
      expect(response.status(), from).toBe(301);
      expect(response.headers().location, from).toBe(to);
    }
  });

  test("an unknown address is a 404 with the site's 404 page, in the locale's language", async ({
    request,
  }) => {
    for (const locale of LOCALE_CODES) {
      const prefix = localePrefix(locale);
      const own = path.join(buildDir, prefix, '404.html');
      const expected = readFileSync(
        existsSync(own) ? own : path.join(buildDir, '404.html'),
        'utf8',
      );
      for (const pathname of [`${prefix}/no-such-page`, `${prefix}/docs/no/such/page`]) {
        const response = await request.get(`${origin}${pathname}`);
        expect(response.status(), pathname).toBe(404);
        expect(response.headers()['content-type'], pathname).toBe('text/html; charset=utf-8');
        expect(await response.text(), `${pathname} shows ${prefix}/404.html`).toBe(expected);
      }
    }
    const bulgarian = await request.get(`${origin}/bg/no-such-page`);
    expect(await bulgarian.text()).toMatch(/<html lang="?bg"?[\s>]/);
    expect(await bulgarian.text()).toContain('Страницата не е намерена');
    // The build's configuration files are not part of the site.
    for (const pathname of ['/_headers', '/nl/_headers', `/nginx/${nginxHeadersFileName('en')}`])
      expect((await request.get(`${origin}${pathname}`)).status(), pathname).toBe(404);
  });

  test('a mistyped Bulgarian address shows a Bulgarian 404 page with search and the main pages', async ({
    page,
  }) => {
    await page.goto(`${origin}/bg/docs/definitons`);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страницата не е намерена');
    await expect(page.locator('main')).not.toContainText('owner');
    await expect(page.getByRole('link', { name: 'Вашият напредък и сертификати' })).toHaveAttribute(
      'href',
      '/bg/progress',
    );
    await expect(page.getByRole('link', { name: /^Първият модул/ })).toHaveAttribute(
      'href',
      '/bg/docs/definitions',
    );
    // Search from the 404 page: a plain form, to the Bulgarian search page.
    const search = page.getByRole('search');
    await search.getByRole('searchbox').fill('трафик');
    await search.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(`${origin}/bg/search?q=${encodeURIComponent('трафик')}`);
    await expect(page.locator('main ol > li').first()).toContainText(/трафик/i);
  });

  test('text is gzipped when the browser accepts it', async ({ request }) => {
    for (const pathname of [
      '/docs/start',
      '/bg/docs/start',
      asset('', '.js'),
      asset('', '.css'),
      '/catalog.json',
      '/manifest.webmanifest',
    ]) {
      const response = await request.get(`${origin}${pathname}`, {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      expect(response.status(), pathname).toBe(200);
      expect(response.headers()['content-encoding'], pathname).toBe('gzip');
      expect(response.headers().vary, pathname).toContain('Accept-Encoding');
    }
    const plain = await request.get(`${origin}/docs/start`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(plain.headers()['content-encoding']).toBeUndefined();
  });

  test("text is sent as the build's Brotli copy when the browser accepts Brotli", async ({
    request,
  }) => {
    const urls: [string, string][] = [
      ['/docs/definitions', 'docs/definitions.html'],
      ['/bg/docs/definitions', 'bg/docs/definitions.html'],
      ...[asset('', '.js', 'main.'), asset('bg/', '.css')].map((url): [string, string] => [
        url,
        url.slice(1),
      ]),
      ['/catalog.json', 'catalog.json'],
    ];
    for (const [pathname, file] of urls) {
      expect(existsSync(path.join(buildDir, `${file}.br`)), `build/${file}.br`).toBe(true);
      const response = await request.get(`${origin}${pathname}`, {
        headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' },
      });
      expect(response.status(), pathname).toBe(200);
      expect(response.headers()['content-encoding'], pathname).toBe('br');
      expect(response.headers().vary, pathname).toContain('Accept-Encoding');
      expect(Number(response.headers()['content-length']), pathname).toBe(
        readFileSync(path.join(buildDir, `${file}.br`)).length,
      );
      // What the browser gets once it has decompressed it: the file itself.
      expect(
        (await response.body()).equals(readFileSync(path.join(buildDir, file))),
        pathname,
      ).toBe(true);
    }
  });

  test('every kind of file in the build is served with its type', async ({ request }) => {
    const expectedTypes: Record<string, string> = {
      html: 'text/html; charset=utf-8',
      css: 'text/css; charset=utf-8',
      js: 'text/javascript; charset=utf-8',
      json: 'application/json; charset=utf-8',
      webmanifest: 'application/manifest+json; charset=utf-8',
      xml: 'application/xml; charset=utf-8',
      txt: 'text/plain; charset=utf-8',
      svg: 'image/svg+xml; charset=utf-8',
      png: 'image/png',
      jpg: 'image/jpeg',
      webp: 'image/webp',
      ico: 'image/x-icon',
      woff2: 'font/woff2',
      woff: 'font/woff',
      ttf: 'font/ttf',
      pdf: 'application/pdf',
      zip: 'application/zip',
      pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    };
    const byExtension = new Map<string, string>();
    for (const file of files) {
      const name = path.basename(file);
      // Brotli copies (*.br) are not addresses of their own: nginx sends them for the file they copy.
      if (file.startsWith('nginx/') || name === '_headers' || name.endsWith('.br')) continue;
      const extension = path.extname(name).slice(1).toLowerCase();
      if (!byExtension.has(extension)) byExtension.set(extension, file);
    }
    for (const [extension, file] of byExtension) {
      expect(
        expectedTypes[extension],
        `build/${file}: add a type for .${extension} to deploy/nginx.conf and to this test`,
      ).toBeDefined();
      const response = await request.get(
        `${origin}/${file.split('/').map(encodeURIComponent).join('/')}`,
      );
      expect(response.status(), file).toBe(200);
      expect(response.headers()['content-type'], file).toBe(expectedTypes[extension]);
    }
  });

  test('a handout PDF, a slide deck and LMS packages download whole, with their types', async ({
    request,
  }) => {
    const downloads: [string, string, string][] = [
      [firstFile('pdf/en', '.pdf'), 'application/pdf', '%PDF-'],
      [firstFile('lms/scorm12/en', '.zip'), 'application/zip', 'PK'],
      [firstFile('lms/cmi5/bg', '.zip'), 'application/zip', 'PK'],
      [
        firstFile('slides/en', '.pptx'),
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        'PK',
      ],
    ];
    for (const [pathname, type, magic] of downloads) {
      const response = await request.get(`${origin}${pathname}`, {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      expect(response.status(), pathname).toBe(200);
      expect(response.headers()['content-type'], pathname).toBe(type);
      // Already compressed: sent as it is.
      expect(response.headers()['content-encoding'], pathname).toBeUndefined();
      const body = await response.body();
      expect(body.subarray(0, magic.length).toString('latin1'), pathname).toBe(magic);
      expect(body.equals(readFileSync(path.join(buildDir, pathname))), pathname).toBe(true);
    }
  });

  for (const pathname of ['/docs/definitions', '/nl/docs/definitions', '/bg/quizzes/definitions']) {
    test(`${pathname} opens in Chromium and hydrates with no console errors`, async ({
      page,
      problems,
    }) => {
      const response = await page.goto(`${origin}${pathname}`);
      expect(response?.status()).toBe(200);
      await waitForHydration(page);
      await expect(page.locator('h1').first()).toBeVisible();
      expect(problems.consoleErrors).toEqual([]);
    });
  }

  test('the definitions quiz can be taken to the end', async ({ page, problems }) => {
    const definitions = englishQuizzes().find((quiz) => quiz.id === 'definitions')!;
    await page.goto(`${origin}/quizzes/definitions`);
    await waitForHydration(page);
    await takeQuiz(page, definitions.questions, true);
    await expect(page.getByRole('heading', { name: 'You passed' })).toBeVisible();
    expect(problems.consoleErrors).toEqual([]);
  });

  test.describe('with the service worker', () => {
    test.use({ serviceWorkers: 'allow' });

    test('the service worker installs from nginx', async ({ page, problems }) => {
      await page.goto(`${origin}/docs/start`);
      await waitForHydration(page);
      // It registers once the page has settled (src/lib/offline/registerServiceWorker.ts).
      const scriptURL = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return registration.active?.scriptURL;
      });
      expect(scriptURL).toBe(`${origin}/sw.js`);
      expect(problems.consoleErrors).toEqual([]);
    });
  });
});
