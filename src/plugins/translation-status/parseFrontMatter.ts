import type { ParseFrontMatter } from '@docusaurus/types';

import { TRANSLATION_KEY, findSourceOf, translationStatus } from './sourceHash';

/**
 * Adds `translation_status` to the front matter of every translated doc, so
 * that the page can tell the learner when a translation is behind its English
 * source (see `src/components/TranslationNotice`).
 */
export function createParseFrontMatter(siteDir: string): ParseFrontMatter {
  return async (params) => {
    const result = await params.defaultParseFrontMatter(params);
    const translated = findSourceOf(siteDir, params.filePath);
    if (translated) {
      result.frontMatter.translation_status = translationStatus(
        translated.sourcePath,
        result.frontMatter[TRANSLATION_KEY],
      );
    }
    return result;
  };
}
