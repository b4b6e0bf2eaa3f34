/**
 * FlexSearch's "light" build (Index and Encoder only, 4.5 KiB gzipped), which
 * the search plugin aliases as `flexsearch-light` because the package does
 * not export that file. It has the same API as the full build.
 */
declare module 'flexsearch-light' {
  import type { Encoder, Index } from 'flexsearch';

  const FlexSearch: { Index: typeof Index; Encoder: typeof Encoder };
  export default FlexSearch;
}
