import { describe, expect, it } from 'vitest';

import { checkBudgets, type BudgetRow } from '../../scripts/lib/budgets';

const fast = {
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  tbtMs: 40,
  totalKiB: 150,
};
const row = (page: string, mobile = fast, site = 'ours', locale = 'en'): BudgetRow => ({
  site,
  locale,
  page,
  mobile,
});

describe('performance budgets', () => {
  it('are met by fast module and quiz pages and a quick build', () => {
    const checks = checkBudgets([row('module'), row('quiz'), row('home')], 120);
    expect(checks.every((check) => check.met)).toBe(true);
    // 6 figures for each of the two budgeted pages, and the build.
    expect(checks).toHaveLength(13);
  });

  it('fail on each figure over its limit, naming the page and the figure', () => {
    const slow = {
      performance: 93,
      accessibility: 96,
      bestPractices: 100,
      seo: 100,
      tbtMs: 317,
      totalKiB: 234,
    };
    const failed = checkBudgets([row('module', slow, 'ours', 'bg')], 200).filter((c) => !c.met);
    expect(failed.map((check) => check.what)).toEqual([
      'bg module page, mobile: performance',
      'bg module page, mobile: accessibility',
      'bg module page, mobile: total weight',
      'bg module page, mobile: TBT',
      'full build, all locales with PDFs',
    ]);
    expect(failed[2]).toMatchObject({ limit: '≤ 200 KiB', actual: '234 KiB' });
  });

  it('apply to our pages only, not to the stock Docusaurus site beside them', () => {
    const slow = { ...fast, performance: 50 };
    const checks = checkBudgets(
      [row('module'), row('module', slow, 'stock Docusaurus 3.10')],
      undefined,
    );
    expect(checks.every((check) => check.met)).toBe(true);
    expect(checks.some((check) => check.what.startsWith('full build'))).toBe(false);
  });

  it('refuse to pass when the budgeted pages were not measured', () => {
    expect(() => checkBudgets([row('home')], 100)).toThrow(/No figures for the budgeted pages/);
  });
});
