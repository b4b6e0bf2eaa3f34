import { loadTerminology, type Terminology } from '../terminology';
import type { NumberFormat } from './gates';
import type { CheckTerminology } from './index';

/** The termbase as the gates read it: per locale, its terms, names and number format. */
export function checkTerminology(terminology: Terminology): CheckTerminology {
  const names = terminology.doNotTranslate;
  return {
    names,
    localNames: (locale) =>
      terminology.names
        .flatMap((name) => (name as Record<string, unknown>)[locale] as string[] | undefined)
        .filter((form) => form !== undefined),
    terms: (locale) =>
      terminology.terms.flatMap((term) => {
        const rendering = (term as Record<string, unknown>)[locale] as
          { use: string[]; stems: string[]; forbid: string[] } | undefined;
        if (!rendering) return [];
        return [
          {
            id: term.id,
            en: term.en,
            use: rendering.use,
            stems: rendering.stems,
            forbid: rendering.forbid,
            enforce: term.enforce,
          },
        ];
      }),
    format: (locale) => {
      const format = (terminology.formats as Record<string, NumberFormat | undefined>)[locale];
      if (!format)
        throw new Error(
          `i18n/terminology.yaml: formats has no entry for ${locale}; add its thousands and decimal separators`,
        );
      return format;
    },
  };
}

/** Reads and validates i18n/terminology.yaml (errors name the field and the fix). */
export function terminologyForChecks(siteDir: string): CheckTerminology {
  return checkTerminology(loadTerminology(siteDir));
}
