import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

import {
  DataError,
  readYamlFile,
  siteRelative,
  zodProblems,
  type DataProblem,
} from '../data/yamlData';
import { handoutSchema, type Handout } from './schema';

export class HandoutDataError extends DataError {
  constructor(problems: readonly DataProblem[]) {
    super(
      problems,
      'handout data',
      'The handout format is described in CONTRIBUTING.md ("Trainer kit").',
    );
  }
}

export interface HandoutSource {
  readonly id: string;
  /** The handout in every locale that has it (always English). */
  readonly locales: Readonly<Record<string, Handout>>;
}

/** Reads and validates every handout under `handouts/`; throws a HandoutDataError listing every problem. */
export function loadHandoutSources(siteDir: string, locales: readonly string[]): HandoutSource[] {
  const dir = path.join(siteDir, 'handouts');
  if (!existsSync(dir)) return [];
  const problems: DataProblem[] = [];
  const sources: HandoutSource[] = [];
  const ids = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const id of ids) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      problems.push({
        file: `handouts/${id}`,
        field: '(folder)',
        message: 'name handout folders with lowercase letters, digits and hyphens',
      });
      continue;
    }
    const byLocale: Record<string, Handout> = {};
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
      const parsed = handoutSchema.safeParse(raw);
      if (!parsed.success)
        problems.push(...zodProblems(siteRelative(siteDir, absolute), parsed.error));
      else byLocale[locale] = parsed.data;
    }
    if (!byLocale.en) {
      problems.push({
        file: `handouts/${id}/en.yaml`,
        field: '(file)',
        message:
          'the English handout is missing; English is the source every translation falls back to',
      });
      continue;
    }
    sources.push({ id, locales: byLocale });
  }
  if (problems.length > 0) throw new HandoutDataError(problems);
  return sources;
}
