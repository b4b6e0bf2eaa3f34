/**
 * Last step of `npm run build`: writes the response headers of the site's
 * `_headers` files as nginx `add_header` lines, one file per locale, for
 * deploy/nginx.conf to include:
 *
 *   build/_headers      -> build/nginx/headers-en.conf
 *   build/nl/_headers   -> build/nginx/headers-nl.conf   (and bg, mk, hu)
 *
 * Each locale's build fills its own `_headers` (static/_headers) with the
 * Content-Security-Policy of its pages (src/plugins/content-security-policy):
 * the hash of Docusaurus's colour-mode script differs per locale, so the
 * /nl/ pages need the nl policy. Generated from the built files, the nginx
 * headers cannot drift from them. Only the `/*` rule is written here; other
 * rules (`/sw.js`) are locations of their own in deploy/nginx.conf, which
 * tests/unit/deploy.test.ts checks against static/_headers.
 *
 *   tsx scripts/write-nginx-conf.ts [build directory]   (default: build/)
 */
import path from 'node:path';

import { writeNginxHeaders } from './lib/nginx-headers';

const buildDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'build'));
try {
  const written = writeNginxHeaders(buildDir);
  console.log(
    `Wrote the nginx headers of ${written.length} locales to ${path.join(buildDir, 'nginx')} (for deploy/nginx.conf).`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
