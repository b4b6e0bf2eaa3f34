import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * FlexSearch's light build (Index and Encoder, 4.5 KiB gzipped instead of
 * 17 KiB), which its package.json does not export: the site's bundler and the
 * unit tests alias it as `flexsearch-light`.
 */
export const FLEXSEARCH_LIGHT = path.join(
  path.dirname(createRequire(import.meta.url).resolve('flexsearch')),
  'flexsearch.light.module.min.js',
);
