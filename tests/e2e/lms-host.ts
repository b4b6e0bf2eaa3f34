import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { unzipSync } from 'fflate';

/**
 * A stand-in learning platform for the end-to-end tests, on 127.0.0.1:
 * - /scorm12-host?pkg=<locale>/<module>: a page that puts scorm-again's
 *   SCORM 1.2 runtime on window.API and launches the package in a frame;
 * - /pkg/<format>/<locale>/<module>/<file>: the files of a package from
 *   build/lms, unzipped, as an LMS serves an imported package;
 * - /lrs/…: a small xAPI endpoint for cmi5 that keeps every statement
 *   (see lrs in the returned object).
 */
const buildDir = path.resolve(__dirname, '../../build');
const scormAgain = path.resolve(__dirname, '../../node_modules/scorm-again/dist/scorm12.min.js');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json',
};

export interface LmsHost {
  readonly origin: string;
  readonly statements: Record<string, unknown>[];
  close(): Promise<void>;
}

function scorm12Host(pkg: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again/scorm12.min.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (window.__SAVED_CMI__) window.API.loadFromJSON(window.__SAVED_CMI__, '');
</script></head>
<body><main><h1>Test LMS</h1>
<iframe title="Module" src="/pkg/scorm12/${pkg}/index.html" style="width:100%;height:90vh"></iframe>
</main></body></html>`;
}

/** What the stand-in LMS sets for every launch (cmi5 section 10, "LMS.LaunchData"). */
export const LAUNCH_DATA = {
  contextTemplate: {
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' },
  },
  launchMode: 'Normal',
  moveOn: 'CompletedAndPassed',
};

type Send = (status: number, type: string, body: string | Uint8Array) => void;

/** A minimal xAPI endpoint: the cmi5 fetch URL, launch data, and a statement store. */
function lrs(
  request: http.IncomingMessage,
  url: URL,
  send: Send,
  statements: Record<string, unknown>[],
): void {
  const json = (status: number, body: unknown) =>
    send(status, TYPES['.json']!, JSON.stringify(body));
  if (url.pathname === '/lrs/fetch' && request.method === 'POST')
    return json(200, { 'auth-token': Buffer.from('learner:secret').toString('base64') });
  if (request.headers.authorization !== `Basic ${Buffer.from('learner:secret').toString('base64')}`)
    return json(401, { error: 'the auth token from the fetch URL is missing' });
  if (
    url.pathname === '/lrs/activities/state' &&
    url.searchParams.get('stateId') === 'LMS.LaunchData'
  )
    return json(200, LAUNCH_DATA);
  if (
    url.pathname === '/lrs/agents/profile' &&
    url.searchParams.get('profileId') === 'cmi5LearnerPreferences'
  )
    return json(200, { languagePreference: 'en', audioPreference: 'off' });
  if (url.pathname === '/lrs/statements' && ['POST', 'PUT'].includes(request.method ?? '')) {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const parsed = JSON.parse(body) as Record<string, unknown> | Record<string, unknown>[];
      const received = Array.isArray(parsed) ? parsed : [parsed];
      statements.push(...received);
      json(
        200,
        received.map((statement) => statement.id),
      );
    });
    return;
  }
  return json(404, { error: `${request.method} ${url.pathname} is not part of this test LRS` });
}

export async function startLmsHost(port: number): Promise<LmsHost> {
  const packages = new Map<string, Record<string, Uint8Array>>();
  const statements: Record<string, unknown>[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const send = (status: number, type: string, body: string | Uint8Array) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    if (url.pathname === '/scorm12-host')
      return send(200, TYPES['.html']!, scorm12Host(url.searchParams.get('pkg')!));
    if (url.pathname === '/scorm-again/scorm12.min.js')
      return send(200, TYPES['.js']!, readFileSync(scormAgain));
    const pkg = url.pathname.match(/^\/pkg\/(scorm12|cmi5)\/([a-z]+)\/([a-z0-9-]+)\/(.+)$/);
    if (pkg) {
      const [, format, locale, id, file] = pkg;
      const key = `${format}/${locale}/${id}`;
      if (!packages.has(key))
        packages.set(key, unzipSync(readFileSync(path.join(buildDir, 'lms', `${key}.zip`))));
      const content = packages.get(key)![file!];
      if (!content) return send(404, 'text/plain', 'not in the package');
      return send(200, TYPES[path.extname(file!)] ?? 'application/octet-stream', content);
    }
    if (url.pathname.startsWith('/lrs/')) return lrs(request, url, send, statements);
    // Browsers ask every host for an icon.
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    return send(404, 'text/plain', `${url.pathname} not found`);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    statements,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
