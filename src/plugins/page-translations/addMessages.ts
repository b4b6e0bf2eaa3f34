import codeTranslations from '@generated/codeTranslations';

/**
 * Adds one source file's translated UI strings to the ones `translate()` and
 * `<Translate>` read. Called by the line that src/plugins/page-translations
 * puts at the top of that file in the bundle, so the strings arrive with the
 * file's code and before any of it renders.
 */
export function addMessages(messages: Readonly<Record<string, string>>): void {
  Object.assign(codeTranslations, messages);
}
