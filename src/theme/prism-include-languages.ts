/**
 * Replaces the classic theme's loader of extra Prism grammars: code blocks are
 * not coloured (src/plugins/plain-code-blocks/), so there is nothing to load.
 */
export default function prismIncludeLanguages(): void {}
