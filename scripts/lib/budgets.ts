/**
 * The performance budgets of issue 7, checked by `npm run bench` on its own
 * figures: a module page and its quiz page, on a phone (Lighthouse mobile,
 * median of the runs), in every measured locale; and the full build time.
 */
export interface BudgetFigures {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  readonly tbtMs: number;
  readonly totalKiB: number;
}

export interface BudgetRow {
  readonly site: string;
  readonly locale: string;
  readonly page: string;
  readonly mobile: BudgetFigures;
}

export interface BudgetCheck {
  readonly what: string;
  readonly limit: string;
  readonly actual: string;
  readonly met: boolean;
}

/** The pages the budgets apply to: "a module page with its quiz". */
export const BUDGETED_PAGES: readonly string[] = ['module', 'quiz'];
export const OUR_SITE = 'ours';

const AT_LEAST: readonly [keyof BudgetFigures, string, number][] = [
  ['performance', 'performance', 95],
  ['accessibility', 'accessibility', 100],
  ['bestPractices', 'best practices', 100],
  ['seo', 'SEO', 100],
];
const AT_MOST: readonly [keyof BudgetFigures, string, number, string][] = [
  ['totalKiB', 'total weight', 200, 'KiB'],
  ['tbtMs', 'TBT', 200, 'ms'],
];
export const BUILD_BUDGET_SECONDS = 180;

export function checkBudgets(
  rows: readonly BudgetRow[],
  buildSeconds: number | undefined,
): BudgetCheck[] {
  const budgeted = rows.filter((row) => row.site === OUR_SITE && BUDGETED_PAGES.includes(row.page));
  if (budgeted.length === 0)
    throw new Error(
      `No figures for the budgeted pages (${BUDGETED_PAGES.join(', ')}) of our site: nothing to check.`,
    );
  const checks: BudgetCheck[] = [];
  for (const row of budgeted) {
    const where = `${row.locale} ${row.page} page, mobile`;
    for (const [key, label, limit] of AT_LEAST)
      checks.push({
        what: `${where}: ${label}`,
        limit: `≥ ${limit}`,
        actual: String(row.mobile[key]),
        met: row.mobile[key] >= limit,
      });
    for (const [key, label, limit, unit] of AT_MOST)
      checks.push({
        what: `${where}: ${label}`,
        limit: `≤ ${limit} ${unit}`,
        actual: `${Math.round(row.mobile[key])} ${unit}`,
        met: row.mobile[key] <= limit,
      });
  }
  if (buildSeconds !== undefined)
    checks.push({
      what: 'full build, all locales with PDFs',
      limit: `≤ ${BUILD_BUDGET_SECONDS} s`,
      actual: `${Math.round(buildSeconds)} s`,
      met: buildSeconds <= BUILD_BUDGET_SECONDS,
    });
  return checks;
}
