import type { ParseFrontMatter } from '@docusaurus/types';

import { TRANSLATION_KEY, findSourceOf, translationStatus } from '../translation-status/sourceHash';
import { validateLearnerFrontMatter } from './frontMatterSchema';
import { isLearnerPage } from './learnerPages';
import { isExercisePage, validateExerciseMaterials } from '../materials/exerciseMaterials';

/**
 * The site's front matter hook:
 * - validates every learner page (English and translated) against the schema,
 *   and every trainer exercise page's materials, failing the build with the
 *   file, the field and how to fix it;
 * - adds `translation_status` to every translated page, so the page can tell
 *   the learner when its translation is behind the English source.
 */
export function createParseFrontMatter(siteDir: string): ParseFrontMatter {
  return async (params) => {
    const result = await params.defaultParseFrontMatter(params);
    if (isLearnerPage(siteDir, params.filePath)) {
      validateLearnerFrontMatter(params.filePath, result.frontMatter);
    }
    if (isExercisePage(siteDir, params.filePath)) {
      validateExerciseMaterials(params.filePath, result.frontMatter);
    }
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
