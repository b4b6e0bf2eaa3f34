// @ts-check
/**
 * Bundler loader of src/plugins/page-translations: removes from the generated
 * codeTranslations.json, which Docusaurus puts in the main script of every
 * page, the strings that now load with the source files that use them, and the
 * theme's strings for features this site does not have.
 *
 * @this {{ getOptions(): { moved: string[]; unusedPrefixes: string[] } }}
 * @param {string} source
 */
module.exports = function pruneMessages(source) {
  const { moved, unusedPrefixes } = this.getOptions();
  const movedIds = new Set(moved);
  /** @type {Record<string, string>} */
  const messages = JSON.parse(source);
  const kept = Object.fromEntries(
    Object.entries(messages).filter(
      ([id]) => !movedIds.has(id) && !unusedPrefixes.some((prefix) => id.startsWith(prefix)),
    ),
  );
  return JSON.stringify(kept);
};
