import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Extracting the site's messages runs the Docusaurus CLI once.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
