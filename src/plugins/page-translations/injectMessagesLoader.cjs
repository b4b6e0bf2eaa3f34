// @ts-check
/**
 * Bundler loader of src/plugins/page-translations: puts, at the top of a source
 * file that has translated strings, the import of those strings and the call
 * that adds them (src/plugins/page-translations/addMessages.ts). Files without
 * translated strings (every file in English) pass through unchanged. Plain
 * CommonJS: the bundler loads loaders with Node's require.
 *
 * @this {{ resourcePath: string; getOptions(): { messageFiles: Record<string, string>; addMessages: string } }}
 * @param {string} source
 */
module.exports = function injectMessages(source) {
  const { messageFiles, addMessages } = this.getOptions();
  const messageFile = messageFiles[this.resourcePath];
  if (!messageFile) return source;
  return (
    `import __pageMessages from ${JSON.stringify(messageFile)};\n` +
    `import { addMessages as __addMessages } from ${JSON.stringify(addMessages)};\n` +
    `__addMessages(__pageMessages);\n` +
    source
  );
};
