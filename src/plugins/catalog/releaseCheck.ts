import type { Redirect } from '../../config/redirects';
import type { CatalogModule } from './types';

/**
 * The addresses of an earlier release that would no longer open anything:
 * every module slug in that release's catalogue must still be a page or be
 * redirected (src/config/redirects.ts), and every redirect must lead to a
 * page. The redirects apply to every locale, so checking the English slugs
 * covers the translations too. Each problem says how to fix it.
 */
export function vanishedAddresses(
  previous: { readonly modules: readonly Pick<CatalogModule, 'id' | 'slug'>[] },
  releaseFile: string,
  currentSlugs: readonly string[],
  redirects: readonly Redirect[],
): string[] {
  const pages = new Set(currentSlugs);
  const problems: string[] = [];
  for (const module of previous.modules) {
    if (pages.has(module.slug)) continue;
    const redirect = redirects.find((candidate) => candidate.from === module.slug);
    if (!redirect)
      problems.push(
        `${module.slug} (module "${module.id}" in ${releaseFile}) is no longer a page: add { from: '${module.slug}', to: '<its new address>' } to src/config/redirects.ts`,
      );
  }
  for (const redirect of redirects) {
    const target = redirect.to.split('#')[0]!;
    if (!pages.has(target))
      problems.push(
        `src/config/redirects.ts sends ${redirect.from} to ${redirect.to}, which is not a module page in src/config/modules.ts`,
      );
  }
  return problems;
}
