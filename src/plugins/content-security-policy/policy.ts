import { createHash } from 'node:crypto';

/**
 * The site's Content-Security-Policy: everything from the site's own origin,
 * nothing from anywhere else, no eval. Docusaurus puts a few inline scripts in
 * every page (the colour-mode script before the page paints); they are allowed
 * by their SHA-256 hashes, computed from the built HTML, never by
 * 'unsafe-inline'. Styles need 'unsafe-inline': React and Docusaurus write
 * `style` attributes, which a hash cannot allow without 'unsafe-hashes'.
 *
 * No frame-ancestors: intranets may frame the site (embed view), and a <meta>
 * policy could not set it anyway.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  const scripts = ["'self'", ...[...new Set(scriptHashes)].sort().map((hash) => `'${hash}'`)];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    // Infima draws some icons as data: SVGs.
    "img-src 'self' data:",
    // No web fonts: the system's own (src/css/custom.css).
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** `sha256-…` of every inline script that the browser would run (not JSON-LD data blocks). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || body.length === 0) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue;
    hashes.push(`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`);
  }
  return hashes;
}

export const CSP_META_MARKER = 'http-equiv="Content-Security-Policy"';

/**
 * Returns the page with a CSP <meta> as the first element of <head>, so that
 * it applies before any script. Pages that already have one are returned as
 * they are. Throws if the page has no <head>.
 */
export function withContentSecurityPolicy(html: string, file: string): string {
  if (html.includes(CSP_META_MARKER)) return html;
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head)
    throw new Error(
      `${file}: no <head> element, so the Content-Security-Policy cannot be added. ` +
        'Every built page must be a full HTML document.',
    );
  const policy = contentSecurityPolicy(inlineScriptHashes(html));
  const meta = `<meta ${CSP_META_MARKER} content="${policy}">`;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/** Placeholder in static/_headers that the build replaces with the policy. */
export const HEADERS_POLICY_PLACEHOLDER = 'BUILT_CONTENT_SECURITY_POLICY';

/** The `_headers` file with the placeholder replaced; throws naming the fix if it is missing. */
export function withHeadersPolicy(headers: string, scriptHashes: readonly string[]): string {
  if (!headers.includes(HEADERS_POLICY_PLACEHOLDER))
    throw new Error(
      `static/_headers: the Content-Security-Policy line must read ` +
        `"Content-Security-Policy: ${HEADERS_POLICY_PLACEHOLDER}"; the build writes the policy there.`,
    );
  return headers.replaceAll(HEADERS_POLICY_PLACEHOLDER, contentSecurityPolicy(scriptHashes));
}
