/**
 * How far each language has come: per locale, which pages, quizzes, handouts
 * and slide decks are translated and current, stale (the English changed
 * since), or missing. Read from the files, so `npm run i18n:status` and the
 * site (src/plugins/translation-status, the Start page) always agree.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';

import { TRANSLATED_LOCALES } from '../../config/locales';
import { DOCS_INSTANCES, TRANSLATION_KEY, translationStatus } from './sourceHash';

function listContentFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file) && !path.basename(file).startsWith('_'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/**
 * The translation_of stamp of a translated page. Front matter that is not valid
 * YAML has no readable stamp: the page counts as behind the English, and
 * i18n:check's structure gate names the YAML error.
 */
function stampOf(file: string): unknown {
  try {
    return (matter(readFileSync(file, 'utf8')).data as Record<string, unknown>)[TRANSLATION_KEY];
  } catch {
    return undefined;
  }
}

export interface LocaleStatus {
  locale: string;
  translated: string[];
  stale: string[];
  missing: string[];
  quizzesTranslated: string[];
  quizzesStale: string[];
  quizzesMissing: string[];
  handoutsTranslated: string[];
  handoutsStale: string[];
  handoutsMissing: string[];
  slidesTranslated: string[];
  slidesStale: string[];
  slidesMissing: string[];
}

/**
 * Translation status of data texts (quizzes/<id>/<locale>.yaml,
 * handouts/<id>/<locale>.yaml, slides/<id>/<locale>.yaml), each recording the hash of its en.yaml.
 */
function dataStatus(root: string, kind: 'quizzes' | 'handouts' | 'slides', locale: string) {
  const result = { translated: [] as string[], stale: [] as string[], missing: [] as string[] };
  const dir = path.join(root, kind);
  if (!existsSync(dir)) return result;
  const ids = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'en.yaml')))
    .map((entry) => entry.name)
    .sort();
  for (const id of ids) {
    const translatedPath = path.join(dir, id, `${locale}.yaml`);
    if (!existsSync(translatedPath)) {
      result.missing.push(`${kind}/${id}`);
      continue;
    }
    const recorded = (
      parseYaml(readFileSync(translatedPath, 'utf8')) as { translation_of?: unknown } | null
    )?.translation_of;
    const state = translationStatus(path.join(dir, id, 'en.yaml'), recorded);
    (state === 'current' ? result.translated : result.stale).push(`${kind}/${id}`);
  }
  return result;
}

export function collectStatus(root: string): LocaleStatus[] {
  return TRANSLATED_LOCALES.map((locale) => {
    const quizzes = dataStatus(root, 'quizzes', locale);
    const handouts = dataStatus(root, 'handouts', locale);
    const slides = dataStatus(root, 'slides', locale);
    const status: LocaleStatus = {
      locale,
      translated: [],
      stale: [],
      missing: [],
      quizzesTranslated: quizzes.translated,
      quizzesStale: quizzes.stale,
      quizzesMissing: quizzes.missing,
      handoutsTranslated: handouts.translated,
      handoutsStale: handouts.stale,
      handoutsMissing: handouts.missing,
      slidesTranslated: slides.translated,
      slidesStale: slides.stale,
      slidesMissing: slides.missing,
    };
    for (const instance of DOCS_INSTANCES) {
      for (const file of listContentFiles(path.join(root, instance.sourceDir))) {
        const label = `${instance.sourceDir}/${file}`;
        const translatedPath = path.join(root, 'i18n', locale, instance.i18nDir, file);
        if (!existsSync(translatedPath)) {
          status.missing.push(label);
          continue;
        }
        const state = translationStatus(
          path.join(root, instance.sourceDir, file),
          stampOf(translatedPath),
        );
        (state === 'current' ? status.translated : status.stale).push(label);
      }
    }
    return status;
  });
}
