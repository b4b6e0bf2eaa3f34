/**
 * Old addresses that must keep working. Institutions link to module pages
 * (src/config/modules.ts), so a page that moves or is renamed gets an entry
 * here: `from` the old path (English, without locale prefix; every locale gets
 * the same redirect), `to` the new one. @docusaurus/plugin-client-redirects
 * writes a page at each old address that sends the reader on.
 *
 * tests/unit/slugs.test.ts fails when an address listed in the catalogue of
 * the previous release (releases/catalog-<version>.json) is neither a page
 * nor a redirect here.
 */
export interface Redirect {
  readonly from: string;
  readonly to: string;
}

export const REDIRECTS: readonly Redirect[] = [];
