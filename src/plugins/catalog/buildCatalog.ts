import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

import { CATALOG_SCHEMA_PATH } from '../../config/institutions';
import catalogSchema from './catalog.schema.json';
import type { Catalog, CatalogFragment, CatalogModule } from './types';

export { catalogSchema };

/**
 * Merges the parts of the catalogue that each locale's build wrote into one
 * catalogue. Module-level facts (version, chapters, quiz) come from the
 * default locale, which is the source every translation follows.
 */
export function mergeCatalogFragments(
  fragments: readonly CatalogFragment[],
  defaultLocale: string,
): Catalog {
  const source = fragments.find((fragment) => fragment.locale === defaultLocale);
  if (!source) throw new Error(`The catalogue needs the ${defaultLocale} build; it is missing.`);
  const modules: CatalogModule[] = source.modules.map((module) => {
    const { id, slug, pageType, version, chapters, quiz } = module;
    const locales = Object.fromEntries(
      fragments.flatMap((fragment) => {
        const inLocale = fragment.modules.find((candidate) => candidate.id === module.id);
        return inLocale ? [[fragment.locale, inLocale.entry]] : [];
      }),
    );
    return { id, slug, pageType, version, chapters, quiz, locales };
  });
  const siteUrl = source.siteUrl.replace(/\/$/, '');
  // One address for the whole catalogue: every locale of one build has it (SITE_URL).
  const others = fragments.filter((fragment) => fragment.siteUrl.replace(/\/$/, '') !== siteUrl);
  if (others.length > 0)
    throw new Error(
      `The locales were built for different site addresses: ${defaultLocale} for ${siteUrl}, ${others
        .map((fragment) => `${fragment.locale} for ${fragment.siteUrl}`)
        .join(', ')}. Build all locales at once, with one SITE_URL.`,
    );
  return {
    $schema: `${siteUrl}${CATALOG_SCHEMA_PATH}`,
    catalogFormat: 1,
    site: { url: siteUrl, version: source.siteVersion },
    locales: fragments.map((fragment) => fragment.locale),
    modules,
  };
}

const validate = new Ajv2020({ allErrors: true }).compile(catalogSchema);

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(top level)';
  const extra =
    error.keyword === 'additionalProperties'
      ? ` ("${String(error.params.additionalProperty)}")`
      : error.keyword === 'enum'
        ? ` (${(error.params.allowedValues as unknown[]).join(', ')})`
        : '';
  return `${where}: ${error.message}${extra}`;
}

/**
 * Checks a catalogue against catalog.schema.json and against what the schema
 * cannot say (unique ids). Returns the problems, each naming the field.
 */
export function catalogProblems(catalog: unknown): string[] {
  if (!validate(catalog)) return (validate.errors ?? []).map(describe);
  const valid = catalog as unknown as Catalog;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, module] of valid.modules.entries()) {
    if (seen.has(module.id)) problems.push(`/modules/${index}/id: "${module.id}" is used twice`);
    seen.add(module.id);
    for (const locale of valid.locales)
      if (!module.locales[locale])
        problems.push(`/modules/${index}/locales: the ${locale} entry is missing`);
  }
  return problems;
}
