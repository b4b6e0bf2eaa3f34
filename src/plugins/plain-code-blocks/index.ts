import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from '@docusaurus/types';

const pluginDir = path.dirname(fileURLToPath(import.meta.url));

/**
 * Code blocks without syntax colouring. The modules have one code block (the
 * iframe snippet on the institutions page, plain text), yet the classic theme
 * put prism-react-renderer and every Prism grammar into the main script of
 * every page: 111 kB, about a fifth of it. In the browser bundle (and in the
 * server render, so that hydration matches) prism-react-renderer is replaced
 * by `plainHighlight.tsx`, which gives the theme's CodeBlock the same API with
 * one plain token per line. Code blocks keep their frame, copy button and
 * word-wrap button. src/theme/prism-include-languages.ts stops the theme
 * loading Prism grammars.
 *
 * To colour code again: remove this plugin and that file.
 */
export default function plainCodeBlocksPlugin(): Plugin {
  return {
    name: 'plain-code-blocks',
    configureWebpack() {
      return {
        resolve: {
          alias: {
            // `$`: only the package's main entry (the theme imports nothing else from it).
            'prism-react-renderer$': path.join(pluginDir, 'plainHighlight.tsx'),
          },
        },
      };
    },
  };
}
