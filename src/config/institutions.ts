/**
 * Addresses promised to institutions: the catalogue, the embed view and the
 * LMS packages. Like the module slugs, these never change.
 */

/** The machine-readable catalogue of every module, and its JSON Schema. */
export const CATALOG_PATH = '/catalog.json';
export const CATALOG_SCHEMA_PATH = '/catalog.schema.json';

/**
 * The embed view: any page with this query string shows without navbar,
 * sidebar and footer links (the credit line stays). Docusaurus turns
 * `docusaurus-data-<name>=<value>` into `<html data-<name>="<value>">` with an
 * inline script in the <head>, before the page is painted, so there is no
 * flash; src/css/embed.css does the rest.
 */
export const EMBED_QUERY = '?docusaurus-data-mode=embed';

/** Every LMS package format the site knows. */
export type LmsFormat = 'scorm12' | 'cmi5';
/** The formats the build packages every module in (scripts/build-lms-packages.ts). */
export const LMS_FORMATS: readonly LmsFormat[] = ['scorm12', 'cmi5'];

/** An LMS package of a module, outside the locale folders: /lms/<format>/<locale>/<module id>.zip */
export const lmsPackagePath = (format: LmsFormat, locale: string, moduleId: string) =>
  `/lms/${format}/${locale}/${moduleId}.zip`;
