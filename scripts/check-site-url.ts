/**
 * First step of `npm run build:deploy`: refuses to build a site for deployment
 * without its public address. SITE_URL becomes every absolute address the
 * build writes (canonical links, hreflang alternates, the sitemap, the
 * addresses in catalog.json and on the institutions page); without it they
 * all read http://localhost:3000 (docusaurus.config.ts), which is right for
 * `npm run build`, `npm run preview` and `npm test`, and wrong anywhere else.
 *
 *   SITE_URL=https://training.example.org npm run build:deploy
 */

export const SITE_URL_EXAMPLE = 'SITE_URL=https://training.example.org npm run build:deploy';

/** Host names that only ever mean "this machine". */
function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(?:\.\d{1,3}){3}$/.test(host) ||
    host === '0.0.0.0' ||
    host === '::1' ||
    host === '::' ||
    host === '::ffff:127.0.0.1' ||
    host === '::ffff:7f00:1'
  );
}

/**
 * What is wrong with SITE_URL for a deployment build, or undefined if it can
 * be used: an absolute http(s) address of a host other than this machine,
 * with no path (the site is built for the root of its host: baseUrl '/'),
 * query, fragment or user name. A trailing slash is allowed.
 */
export function siteUrlProblem(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '')
    return 'SITE_URL is not set, so every absolute address in the build would be http://localhost:3000.';
  if (value !== value.trim()) return `SITE_URL "${value}" has spaces around it.`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL "${value}" is not an absolute address (it needs https:// or http:// and a host name).`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `SITE_URL "${value}" is not an http or https address.`;
  if (!/^https?:\/\/[^/]/i.test(value))
    return `SITE_URL "${value}" is not an absolute address (it needs https:// or http:// and a host name).`;
  if (isLoopback(url.hostname))
    return `SITE_URL "${value}" is an address of this machine (${url.hostname}), which nobody else can open.`;
  if (url.username || url.password) return `SITE_URL "${value}" contains a user name or password.`;
  if (url.pathname !== '/')
    return `SITE_URL "${value}" has a path (${url.pathname}); the site is built for the root of its host (baseUrl '/' in docusaurus.config.ts), so give the address without it.`;
  if (url.search || url.hash || /[?#]/.test(value))
    return `SITE_URL "${value}" has a query or fragment (? or #).`;
  return undefined;
}

/** The message `npm run build:deploy` prints when SITE_URL cannot be used. */
export function siteUrlError(problem: string): string {
  return [
    `npm run build:deploy: ${problem}`,
    'Set SITE_URL to the public address the site will be served from, for example:',
    '',
    `  ${SITE_URL_EXAMPLE}`,
    '',
    'For a local build that is only opened on this machine, use "npm run build" (or "npm run preview").',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problem = siteUrlProblem(process.env.SITE_URL);
  if (problem) {
    console.error(siteUrlError(problem));
    process.exit(1);
  }
  console.log(`Building for ${process.env.SITE_URL}.`);
}
