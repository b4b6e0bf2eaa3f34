import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * Translation tracking. A translated page records, in its front matter, the
 * hash of the English file it translates:
 *
 *   translation_of: 3f2a9c01b7de
 *
 * When the English file changes, its hash changes and the translation is
 * "stale" until a translator updates it and stamps it again
 * (`npm run i18n:stamp`). Docusaurus itself falls back to English silently,
 * so this is what tells learners and translators what is current.
 */
export const TRANSLATION_KEY = 'translation_of';

/** Content-docs instances: i18n folder name → English source folder. */
export const DOCS_INSTANCES = [
  { i18nDir: 'docusaurus-plugin-content-docs/current', sourceDir: 'docs' },
  { i18nDir: 'docusaurus-plugin-content-docs-trainers/current', sourceDir: 'trainers' },
] as const;

/** A short, stable hash of an English source file (line endings normalised). */
export function hashSource(content: string): string {
  return createHash('sha256').update(content.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}

/**
 * The hash of an English source file. YAML data (quiz and handout texts) is
 * hashed by its content, so that reformatting it (e.g. by Prettier) does not
 * make every translation look stale; Markdown is hashed as written.
 */
export function hashSourceFile(filePath: string): string {
  const content = readFileSync(filePath, 'utf8');
  if (!filePath.endsWith('.yaml')) return hashSource(content);
  const data = parseYaml(content) as Record<string, unknown> | null;
  return hashSource(JSON.stringify(data));
}

export interface TranslatedFileInfo {
  locale: string;
  /** Absolute path of the English file this one translates. */
  sourcePath: string;
}

/**
 * For a file under `i18n/<locale>/<docs instance>/current/…`, or a quiz or
 * handout or slide text `quizzes|handouts|slides/<id>/<locale>.yaml`, the English source it translates; `undefined`
 * for any other file.
 */
export function findSourceOf(siteDir: string, filePath: string): TranslatedFileInfo | undefined {
  // Data text (quizzes, handouts, slides): <kind>/<id>/<locale>.yaml translates <kind>/<id>/en.yaml.
  const dataText = path
    .relative(siteDir, filePath)
    .split(path.sep)
    .join('/')
    .match(/^(quizzes|handouts|slides)\/([^/]+)\/([a-z]{2,3})\.yaml$/);
  if (dataText && dataText[3] !== 'en') {
    return {
      locale: dataText[3]!,
      sourcePath: path.join(siteDir, dataText[1]!, dataText[2]!, 'en.yaml'),
    };
  }
  const relative = path.relative(path.join(siteDir, 'i18n'), filePath).split(path.sep).join('/');
  if (relative.startsWith('..')) return undefined;
  const [locale, ...rest] = relative.split('/');
  const inside = rest.join('/');
  for (const instance of DOCS_INSTANCES) {
    if (inside.startsWith(`${instance.i18nDir}/`)) {
      const sourceRelative = inside.slice(instance.i18nDir.length + 1);
      return {
        locale: locale!,
        sourcePath: path.join(siteDir, instance.sourceDir, sourceRelative),
      };
    }
  }
  return undefined;
}

export type TranslationStatus = 'current' | 'stale' | 'unstamped' | 'orphaned';

/** Status of a translated file given the hash recorded in its front matter. */
export function translationStatus(sourcePath: string, recordedHash: unknown): TranslationStatus {
  if (!existsSync(sourcePath)) return 'orphaned';
  if (typeof recordedHash !== 'string' || recordedHash === '') return 'unstamped';
  return hashSourceFile(sourcePath) === recordedHash ? 'current' : 'stale';
}
