import AxeBuilder from '@axe-core/playwright';

import { LOCALES } from '../../src/config/locales';
import { PHONE, sidewaysOverflow } from './phone-width';
import { ALL_LOCALES, expect, sitemapPaths, test, waitForHydration } from './test-utils';
import { FUND_IN_CREDIT } from '../../src/config/credit';

test.describe.configure({ mode: 'parallel' });

for (const locale of ALL_LOCALES) {
  const paths = sitemapPaths(locale);

  test(`the ${locale} sitemap lists the home page, the start page and the trainer kit`, () => {
    const prefix = locale === 'en' ? '' : `/${locale}`;
    expect(paths).toEqual(
      expect.arrayContaining([`${prefix}/`, `${prefix}/docs/start`, `${prefix}/trainers`]),
    );
  });

  for (const pathname of paths) {
    test(`${pathname} loads in ${locale}, hydrates, passes axe with no cookie set, and fits a 360 px phone`, async ({
      page,
      problems,
      context,
    }) => {
      const response = await page.goto(pathname);
      expect(response?.status()).toBe(200);
      await waitForHydration(page);

      await expect(page.locator('html')).toHaveAttribute('lang', LOCALES[locale].htmlLang);
      await expect(page.locator('h1').first()).toBeVisible();
      // Every page carries the credit the report asks for.
      await expect(page.locator('.footer__copyright')).toContainText('Safe!');
      await expect(page.locator('.footer__copyright')).toContainText(FUND_IN_CREDIT);

      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(
        axe.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(', ')}`,
        ),
      ).toEqual([]);

      // Phones first: the same page at 360 px does not pan sideways. A wide table may scroll
      // inside its own box (Handout's TableScroll, Markdown tables), not the page.
      await page.setViewportSize(PHONE);
      const overflow = await sidewaysOverflow(page);
      expect(overflow.tooWide, `wider than ${PHONE.width} px`).toEqual([]);
      expect(overflow.scrollWidth, 'page width at 360 px').toBeLessThanOrEqual(overflow.innerWidth);

      expect(await context.cookies()).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    });
  }
}

test('every page links its translations with hreflang alternates', async ({ page, problems }) => {
  await page.goto('/bg/docs/start');
  await waitForHydration(page);
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map((link) => [
        link.getAttribute('hreflang'),
        new URL(link.getAttribute('href')!).pathname,
      ]),
    );
  expect(alternates).toEqual(
    expect.arrayContaining([
      ['en', '/docs/start'],
      ['nl', '/nl/docs/start'],
      ['bg', '/bg/docs/start'],
      ['mk', '/mk/docs/start'],
      ['hu', '/hu/docs/start'],
      ['x-default', '/docs/start'],
    ]),
  );
  expect(problems.foreignRequests).toEqual([]);
});
