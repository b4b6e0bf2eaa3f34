/**
 * `npm run icons`: renders the app icons in static/img/icons/ from
 * static/img/logo.svg with Chromium. Run it after changing the logo and commit
 * the PNGs (the manifest, static/manifest.webmanifest, lists them).
 *
 * - icon-<size>.png: the logo as it is (rounded square), transparent corners.
 * - maskable-<size>.png: the logo's speech bubble inside the safe zone on a
 *   full-bleed background, for launchers that cut icons into their own shape.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS, resolveChromium } from './lib/chromium';

const siteDir = path.resolve(import.meta.dirname, '..');
const outDir = path.join(siteDir, 'static', 'img', 'icons');
const logo = readFileSync(path.join(siteDir, 'static', 'img', 'logo.svg'), 'utf8');
const BACKGROUND = '#1a5276';

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  try {
    for (const size of [180, 192, 512]) {
      for (const maskable of [false, true]) {
        if (maskable && size === 180) continue;
        const page = await browser.newPage({ viewport: { width: size, height: size } });
        // Maskable: the bubble fills the inner 70 % (inside the 80 % safe circle).
        const inner = maskable ? Math.round(size * 0.7) : size;
        await page.setContent(
          `<html><body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;` +
            `background:${maskable || size === 180 ? BACKGROUND : 'transparent'}">` +
            `<div style="width:${inner}px;height:${inner}px">${logo.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`,
        );
        const name = `${maskable ? 'maskable' : size === 180 ? 'apple-touch-icon' : 'icon'}-${size}.png`;
        await page.screenshot({ path: path.join(outDir, name), omitBackground: !maskable });
        await page.close();
        console.log(`static/img/icons/${name}`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
