import { DataError, type DataProblem } from '../data/yamlData';
import { loadLocalizedFolders, type LocalizedSource } from '../data/localizedFolders';
import { deckSchema, type Deck } from './schema';

export class SlideDataError extends DataError {
  constructor(problems: readonly DataProblem[]) {
    super(problems, 'slide data', 'The slide format is described in CONTRIBUTING.md ("Slides").');
  }
}

export type DeckSource = LocalizedSource<Deck>;

/** Reads and validates every deck under `slides/`; throws a SlideDataError listing every problem. */
export function loadSlideDecks(siteDir: string, locales: readonly string[]): DeckSource[] {
  const { sources, problems } = loadLocalizedFolders(
    siteDir,
    'slides',
    'deck',
    deckSchema,
    locales,
  );
  if (problems.length > 0) throw new SlideDataError(problems);
  return sources;
}
