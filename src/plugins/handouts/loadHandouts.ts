import { DataError, type DataProblem } from '../data/yamlData';
import { loadLocalizedFolders, type LocalizedSource } from '../data/localizedFolders';
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

export type HandoutSource = LocalizedSource<Handout>;

/** Reads and validates every handout under `handouts/`; throws a HandoutDataError listing every problem. */
export function loadHandoutSources(siteDir: string, locales: readonly string[]): HandoutSource[] {
  const { sources, problems } = loadLocalizedFolders(
    siteDir,
    'handouts',
    'handout',
    handoutSchema,
    locales,
  );
  if (problems.length > 0) throw new HandoutDataError(problems);
  return sources;
}
