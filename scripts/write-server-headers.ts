/**
 * Last step of `npm run build`: the site's response headers, from the
 * `_headers` files that each locale's build filled in (static/_headers, with
 * the Content-Security-Policy of that locale's pages, from
 * src/plugins/content-security-policy).
 *
 * 1. build/_headers, the only file Netlify and Cloudflare Pages read, gets a
 *    policy that allows the inline scripts of every locale: the hash of
 *    Docusaurus's colour-mode script differs per locale.
 * 2. The same headers as nginx `add_header` lines, one file per locale, for
 *    deploy/nginx.conf to include (nginx can send each locale its own policy):
 *
 *      build/_headers      -> build/nginx/headers-en.conf
 *      build/nl/_headers   -> build/nginx/headers-nl.conf   (and bg, mk, hu)
 *
 * Generated from the built files, these headers cannot drift from them. Only
 * the `/*` rule goes to nginx; other rules (`/sw.js`) are locations of their
 * own in deploy/nginx.conf, which tests/unit/deploy.test.ts checks against
 * static/_headers.
 *
 *   tsx scripts/write-server-headers.ts [build directory]   (default: build/)
 */
import path from 'node:path';

import { writeNginxHeaders, writeRootHeadersPolicy } from './lib/server-headers';

const buildDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'build'));
try {
  const hashes = writeRootHeadersPolicy(buildDir);
  console.log(
    `Wrote ${path.join(buildDir, '_headers')}: its policy allows the ${hashes.length} inline scripts of every locale.`,
  );
  const written = writeNginxHeaders(buildDir);
  console.log(
    `Wrote the nginx headers of ${written.length} locales to ${path.join(buildDir, 'nginx')} (for deploy/nginx.conf).`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
