import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

import { CHROMIUM_ARGS, resolveChromium } from './scripts/lib/chromium';

// The production build, served by `docusaurus serve` on the loopback address.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

if (!existsSync('build/index.html')) {
  throw new Error(
    'There is no production build in build/. Run "npm run build" first (npm test does).',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    // Hundreds of fresh browser contexts would each install the service worker and
    // download the app shell and a whole language. offline.spec.ts and
    // privacy.spec.ts allow it and check that it adds no console noise.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: resolveChromium(),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx docusaurus serve --host 127.0.0.1 --port ${port} --no-open`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
