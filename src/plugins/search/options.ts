import * as z from 'zod';

import { SEARCH_PAGE_KINDS } from './indexFormat';

/**
 * Which pages are indexed, and under which label. A page is indexed when the
 * first rule matching its path (without the locale prefix) says so; pages no
 * rule matches (home, quizzes, progress, certificates, search) are not. A
 * path ending in "/" matches every page under it; any other path matches
 * that page only.
 */
const pageRuleSchema = z.object({
  path: z.string().regex(/^\//, 'must start with "/", like "/docs/glossary" or "/trainers/"'),
  kind: z.enum(SEARCH_PAGE_KINDS),
});

export const searchOptionsSchema = z
  .object({
    /** Docusaurus's plugin instance id. */
    id: z.string().default('default'),
    pages: z
      .array(pageRuleSchema)
      .min(1, 'list at least one rule: { path: "/docs/", kind: "module" }'),
    /** Paths never indexed, matched like rule paths; checked before `pages`. */
    exclude: z.array(z.string().regex(/^\//, 'must start with "/"')).default([]),
  })
  .strict();

export type SearchOptions = z.infer<typeof searchOptionsSchema>;
export type SearchPageRule = SearchOptions['pages'][number];

/** Validates the plugin's options; an error names the option and the fix. */
export function validateSearchOptions(options: unknown): SearchOptions {
  const result = searchOptionsSchema.safeParse(options);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `  - ${issue.path.join('.') || '(options)'}: ${issue.message}`)
    .join('\n');
  throw new Error(`Invalid options for the search plugin (src/plugins/search):\n${problems}`);
}

const matches = (rulePath: string, pagePath: string) =>
  rulePath.endsWith('/') ? pagePath.startsWith(rulePath) : pagePath === rulePath;

/** The rule that indexes a page, or undefined when the page is not indexed. */
export function ruleFor(options: SearchOptions, pagePath: string): SearchPageRule | undefined {
  if (options.exclude.some((path) => matches(path, pagePath))) return undefined;
  return options.pages.find((rule) => matches(rule.path, pagePath));
}
