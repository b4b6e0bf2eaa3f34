import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const HOW_TO_INSTALL = [
  'No Chromium found for the end-to-end tests. Install one of:',
  '  - Debian/Ubuntu: sudo apt-get install -y chromium   (found at /usr/bin/chromium)',
  '  - any Chrome or Chromium, then: export CHROME_PATH=/path/to/chrome',
  "  - Playwright's own browser: npx playwright install chromium (needs internet access)",
].join('\n');

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
