import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

import { LOCALE_CODES } from '../../config/locales';
import { inlineScriptHashes, withContentSecurityPolicy, withHeadersPolicy } from './policy';

function htmlFiles(dir: string, skip: ReadonlySet<string>): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.has(full) ? [] : htmlFiles(full, skip);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/**
 * After each locale's build: adds the Content-Security-Policy <meta> to every
 * page of that locale, with the hashes of its inline scripts, and writes the
 * same hashes into the `_headers` file copied from static/ (for hosts that
 * send the policy as a header).
 */
export default function contentSecurityPolicyPlugin(context: LoadContext): Plugin {
  return {
    name: 'content-security-policy',
    async postBuild({ outDir }) {
      // The default locale's outDir holds the other locales' folders: leave them to their own build.
      const otherLocales = new Set(
        LOCALE_CODES.filter((locale) => locale !== context.i18n.currentLocale).map((locale) =>
          path.join(outDir, locale),
        ),
      );
      const hashes = new Set<string>();
      for (const file of htmlFiles(outDir, otherLocales)) {
        const html = readFileSync(file, 'utf8');
        for (const hash of inlineScriptHashes(html)) hashes.add(hash);
        const secured = withContentSecurityPolicy(html, path.relative(context.siteDir, file));
        if (secured !== html) writeFileSync(file, secured);
      }
      const headersFile = path.join(outDir, '_headers');
      if (existsSync(headersFile)) {
        writeFileSync(
          headersFile,
          withHeadersPolicy(readFileSync(headersFile, 'utf8'), [...hashes]),
        );
      }
    },
  };
}
