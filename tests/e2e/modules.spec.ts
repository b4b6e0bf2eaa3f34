import { MODULES } from '../../src/config/modules';
import { expect, test, untranslatedPages, waitForHydration } from './test-utils';

for (const module of MODULES) {
  test(`${module.slug} opens as a ${module.pageType} page`, async ({ page, problems }) => {
    const response = await page.goto(module.slug);
    expect(response?.status()).toBe(200);
    await waitForHydration(page);
    const article = page.locator('article');
    await expect(article.locator('h1')).toBeVisible();
    if (module.pageType === 'reference') {
      await expect(article.getByRole('heading', { name: 'Key points' })).toHaveCount(0);
    } else {
      // Objectives open the page and key points close it.
      const objectives = article.getByRole('region', { name: 'What you will be able to do' });
      await expect(objectives).toBeVisible();
      await expect(objectives.getByRole('listitem').first()).toBeVisible();
      await expect(objectives).toContainText(/About \d+ minutes/);
      const keyPoints = article.getByRole('region', { name: 'Key points' });
      await expect(keyPoints.getByRole('listitem').first()).toBeVisible();
    }
    expect(problems.foreignRequests).toEqual([]);
  });
}

test('a case study is reached from its country chapter and warns before the story', async ({
  page,
}) => {
  await page.goto('/docs/countries/hungary');
  await waitForHydration(page);
  await page.locator('article a[href="/docs/cases/nyala"]').first().click();
  await expect(page).toHaveURL(/\/docs\/cases\/nyala$/);
  const note = page.getByRole('note').filter({ hasText: 'Content note' }).first();
  await expect(note).toBeVisible();
  // The content note stands before the objectives and before the story. Each is awaited
  // visible first: right after the client-side navigation the rest of the page may still
  // be rendering, and a bounding box of an element not yet shown is null.
  const objectives = page.getByRole('region', { name: 'What you will be able to do' });
  const story = page.getByRole('heading', { name: 'The story' });
  await expect(objectives).toBeVisible();
  await expect(story).toBeVisible();
  const noteBox = await note.boundingBox();
  const objectivesBox = await objectives.boundingBox();
  const storyBox = await story.boundingBox();
  expect(noteBox!.y).toBeLessThan(objectivesBox!.y);
  expect(noteBox!.y).toBeLessThan(storyBox!.y);
});

test('a glossary link lands on the term', async ({ page }) => {
  await page.goto('/docs/definitions');
  await waitForHydration(page);
  const link = page.locator('article a[href*="/docs/glossary#"]').first();
  const href = await link.getAttribute('href');
  await link.click();
  const id = href!.split('#')[1]!;
  await expect(page).toHaveURL(new RegExp(`/docs/glossary#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('a page that is not translated yet says so in the learner’s language', async ({ page }) => {
  // Hungarian, the last language to be translated: a learner page still in English, from the status.
  const english = untranslatedPages('hu')[0];
  test.skip(!english, 'every Hungarian learner page is translated');
  await page.goto(english!);
  await waitForHydration(page);
  await expect(page.getByRole('note').first()).toContainText('Ez az oldal még nem érhető el');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hu');
});

test('a translated page that is up to date shows no translation notice', async ({ page }) => {
  await page.goto('/mk/docs/start');
  await waitForHydration(page);
  await expect(page.locator('article h1')).not.toHaveText('Start here');
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('every diagram has a caption and a text version a keyboard user can open', async ({
  page,
}) => {
  await page.goto('/docs/definitions');
  await waitForHydration(page);
  const diagram = page.locator('article [data-diagram]:has(svg[role="img"])').first();
  const figure = diagram.locator('figure');
  const captionId = await figure.locator('figcaption').getAttribute('id');
  await expect(figure.locator('svg')).toHaveAttribute('aria-labelledby', captionId!);
  // The text version comes right after the figure (a figure holds nothing after its caption).
  const details = diagram.locator('figure + details');
  await details.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('open', '');
  await expect(details.locator('li').first()).toBeVisible();
});
