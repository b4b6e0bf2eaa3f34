import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const HOW_TO_INSTALL = [
  'No Chromium found for the end-to-end tests. Install one of:',
  '  - Debian/Ubuntu: sudo apt-get install -y chromium   (found at /usr/bin/chromium)',
  '  - any Chrome or Chromium, then: export CHROME_PATH=/path/to/chrome',
  "  - Playwright's own browser: npx playwright install chromium (needs internet access)",
].join('\n');

/**
 * Flags for Chromium in tests and in the PDF build: running as root in CI needs
 * --no-sandbox; the others stop Chromium's own background requests, which a
 * closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** $CHROME_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser. */
export function resolveChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', safePlaywrightPath()];
  const found = candidates.find((candidate): candidate is string =>
    Boolean(candidate && existsSync(candidate)),
  );
  if (!found) {
    console.error(HOW_TO_INSTALL);
    throw new Error(HOW_TO_INSTALL);
  }
  return found;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
