import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';

const pluginDir = path.dirname(fileURLToPath(import.meta.url));

/**
 * Scripts without translators' notes. Every `translate()` call and
 * `<Translate>` element carries a `description` for translators, in the site's
 * code and in the theme's: about 1.5 KiB (gzip) of every page's script that
 * no visitor reads. A production build removes them (loader.cjs); the notes
 * stay in the source, where `write-translations` reads them.
 */
export default function stripMessageDescriptionsPlugin(context: LoadContext): Plugin {
  return {
    name: 'strip-message-descriptions',
    configureWebpack() {
      if (process.env.NODE_ENV !== 'production') return {};
      return {
        module: {
          rules: [
            {
              test: /\.[cm]?[jt]sx?$/,
              include: [
                path.join(context.siteDir, 'src'),
                // The theme and the docs plugin's client code ship with their descriptions.
                /[\\/]node_modules[\\/]@docusaurus[\\/]/,
              ],
              exclude: /\.d\.ts$/,
              // Before the TypeScript/JSX loader, which would make the calls harder to find.
              enforce: 'pre',
              use: [{ loader: path.join(pluginDir, 'loader.cjs') }],
            },
          ],
        },
      };
    },
  };
}
