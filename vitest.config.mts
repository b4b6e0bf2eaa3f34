import { defineConfig } from 'vitest/config';

import { FLEXSEARCH_LIGHT } from './src/plugins/search/flexsearchLight';

export default defineConfig({
  resolve: {
    // The same FlexSearch build the site bundles (see src/plugins/search).
    alias: { 'flexsearch-light': FLEXSEARCH_LIGHT },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Extracting the site's messages runs the Docusaurus CLI once.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
