import { execFileSync } from 'node:child_process';

import { expect, test, waitForHydration } from './test-utils';
import { FUND_IN_CREDIT } from '../../src/config/credit';

const NAMES = ['Anna de Vries', 'Мария Иванова', 'Kovács Éva'];

test('a trainer makes certificates of attendance for three participants, one page each, names kept on the device', async ({
  page,
}, testInfo) => {
  await page.goto('/trainers/certificate-of-attendance');
  await waitForHydration(page);
  const download = page.getByRole('button', { name: 'Download the certificates (PDF)' });
  await expect(download).toBeDisabled();

  await page.getByLabel('Training', { exact: true }).selectOption('safe-future');
  await page.getByLabel('Date of the training').fill('2018-05-29');
  await page.getByLabel('Place (town)').fill('Budapest');
  await page
    .getByLabel('Trainer or trainers (printed under the signature line)')
    .fill('Trainer Example');
  await page.getByLabel('Participants: one name per line').fill(`${NAMES.join('\n')}\n\n`);
  await expect(page.getByText('Certificates to make: 3')).toBeVisible();

  // Nothing is lost on a reload: the form is kept in this browser.
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByLabel('Participants: one name per line')).toHaveValue(
    `${NAMES.join('\n')}\n\n`,
  );

  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  const saved = testInfo.outputPath('attendance.pdf');
  await file.saveAs(saved);
  await expect(page.getByRole('status').filter({ hasText: 'has been downloaded' })).toBeVisible();

  const pages = execFileSync('pdftotext', ['-layout', saved, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((text) => text.trim() !== '');
  expect(pages).toHaveLength(3);
  // Tagged: each page a heading and its lines, the decorative frame left out.
  expect(execFileSync('pdfinfo', [saved], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
  const headings = execFileSync('pdfinfo', ['-struct-text', saved], { encoding: 'utf8' }).match(
    /H1 \(block\)\n\s+"Certificate of attendance"/g,
  );
  expect(headings).toHaveLength(3);
  NAMES.forEach((name, index) => {
    expect(pages[index]).toContain(name);
    expect(pages[index]).toContain('Certificate of attendance');
    expect(pages[index]).toContain('Safe Future, Safe Return');
    expect(pages[index]).toContain('Budapest');
    expect(pages[index]).toContain('Trainer Example');
    expect(pages[index]).toMatch(FUND_IN_CREDIT);
  });
});

test('a name the certificate font cannot write is named before any PDF is made', async ({
  page,
}) => {
  await page.goto('/trainers/certificate-of-attendance');
  await waitForHydration(page);
  await page.getByLabel('Place (town)').fill('Skopje');
  await page.getByLabel('Participants: one name per line').fill('Anna\n李雷');
  await expect(page.getByRole('alert')).toContainText('李雷');
  await expect(
    page.getByRole('button', { name: 'Download the certificates (PDF)' }),
  ).toBeDisabled();
});

test('with storage blocked the certificates can still be made, and the page says the form will not be kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto('/trainers/certificate-of-attendance');
  await waitForHydration(page);
  await expect(
    page.getByRole('status').filter({ hasText: 'does not let the site store' }),
  ).toBeVisible();
  await page.getByLabel('Place (town)').fill('Sofia');
  await page.getByLabel('Participants: one name per line').fill('Anna');
  await expect(page.getByRole('button', { name: 'Download the certificates (PDF)' })).toBeEnabled();
});
