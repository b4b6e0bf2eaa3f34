import type { Plugin } from '@docusaurus/types';
import { getSwcJsMinimizerOptions } from '@docusaurus/faster';
import type * as Rspack from '@rspack/core';

const MINIMIZER_NAME = 'SwcJsMinimizerRspackPlugin';

/**
 * Scripts keep their letters as UTF-8 instead of `\uXXXX` escapes.
 *
 * Docusaurus minifies with `ascii_only: true`, an old workaround for a Terser
 * bug with emoji in regular expressions. Every Cyrillic letter of a Bulgarian
 * or Macedonian page's text and UI strings then takes six bytes in the script
 * instead of two: the Bulgarian main script was 8 KiB (gzip) heavier than the
 * English one. SWC, which minifies here, has no such bug, and every script is
 * read as UTF-8: pages declare `<meta charset="utf-8">` (classic scripts take
 * the page's encoding when the server names none) and workers are always UTF-8.
 *
 * Runs only with the Rspack build (`future.v4`), the one this site uses; the
 * build fails if Docusaurus stops adding the minimizer this plugin replaces,
 * rather than silently shipping escaped scripts again.
 */
export default function utf8ScriptsPlugin(): Plugin {
  return {
    name: 'utf8-scripts',
    configureWebpack(config, isServer, utils) {
      // The server bundle is not minified and never reaches a browser.
      if (isServer || process.env.NODE_ENV !== 'production') return {};
      const minimizers = config.optimization?.minimizer ?? [];
      const index = minimizers.findIndex(
        (minimizer) => minimizer && minimizer.constructor.name === MINIMIZER_NAME,
      );
      if (utils.currentBundler.name !== 'rspack' || index === -1) {
        throw new Error(
          `[utf8-scripts] Docusaurus no longer minifies scripts with ${MINIMIZER_NAME}` +
            ` (bundler: ${utils.currentBundler.name}). Keep future.v4 in docusaurus.config.ts,` +
            ' or update src/plugins/utf8-scripts/index.ts to the new minimizer.',
        );
      }
      const options = getSwcJsMinimizerOptions();
      // Docusaurus types the bundler as webpack; it is Rspack here (checked above). SWC's
      // and Rspack's option types differ only in spelling, as in Docusaurus's own call.
      const rspack = utils.currentBundler.instance as unknown as typeof Rspack;
      const minimizer = new rspack.SwcJsMinimizerRspackPlugin({
        minimizerOptions: {
          ...options,
          minify: true,
          format: { ...options.format, ascii_only: false },
        } as Rspack.SwcJsMinimizerRspackPluginOptions['minimizerOptions'],
      });
      // Replaced in place: a returned config would be merged into the list, which
      // would then minify every script twice.
      minimizers[index] = minimizer as unknown as (typeof minimizers)[number];
      return {};
    },
  };
}
