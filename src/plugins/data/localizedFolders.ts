import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type * as z from 'zod';

import { readYamlFile, siteRelative, zodProblems, type DataProblem } from './yamlData';

/** One item of a per-locale data folder: `<folder>/<id>/<locale>.yaml`, English always there. */
export interface LocalizedSource<T> {
  readonly id: string;
  /** The item in every locale that has it (always English). */
  readonly locales: Readonly<Record<string, T>>;
}

/**
 * Reads and validates every `<folder>/<id>/<locale>.yaml` (handouts, slides): each file
 * against the schema, each folder name and locale checked. Returns the items and every
 * problem found, so that the caller can fail the build with all of them at once.
 */
export function loadLocalizedFolders<T>(
  siteDir: string,
  folder: string,
  noun: string,
  schema: z.ZodType<T>,
  locales: readonly string[],
): { sources: LocalizedSource<T>[]; problems: DataProblem[] } {
  const dir = path.join(siteDir, folder);
  const problems: DataProblem[] = [];
  const sources: LocalizedSource<T>[] = [];
  if (!existsSync(dir)) return { sources, problems };
  const ids = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const id of ids) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      problems.push({
        file: `${folder}/${id}`,
        field: '(folder)',
        message: `name ${noun} folders with lowercase letters, digits and hyphens`,
      });
      continue;
    }
    const byLocale: Record<string, T> = {};
    for (const file of readdirSync(path.join(dir, id))
      .filter((name) => name.endsWith('.yaml'))
      .sort()) {
      const locale = file.replace(/\.yaml$/, '');
      const absolute = path.join(dir, id, file);
      if (!locales.includes(locale)) {
        problems.push({
          file: siteRelative(siteDir, absolute),
          field: '(file name)',
          message: `"${locale}" is not a locale of the site (${locales.join(', ')}); name the file <locale>.yaml`,
        });
        continue;
      }
      const raw = readYamlFile(siteDir, absolute, problems);
      if (raw === undefined) continue;
      const parsed = schema.safeParse(raw);
      if (!parsed.success)
        problems.push(...zodProblems(siteRelative(siteDir, absolute), parsed.error));
      else byLocale[locale] = parsed.data;
    }
    if (!byLocale.en) {
      problems.push({
        file: `${folder}/${id}/en.yaml`,
        field: '(file)',
        message: `the English ${noun} is missing; English is the source every translation falls back to`,
      });
      continue;
    }
    sources.push({ id, locales: byLocale });
  }
  return { sources, problems };
}
