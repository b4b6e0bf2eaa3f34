/**
 * The single list of locales. `docusaurus.config.ts`, the scripts in
 * `scripts/` and every test import it, so a locale is added in one place.
 */
export interface LocaleInfo {
  /** Name of the language in that language, shown in the locale switcher. */
  readonly label: string;
  /** BCP 47 tag written to `<html lang>` and to hreflang alternates. */
  readonly htmlLang: string;
  /** Country of the Safe! report this language belongs to (en is the source). */
  readonly country: string;
}

export const LOCALES = {
  en: { label: 'English', htmlLang: 'en', country: 'source' },
  nl: { label: 'Nederlands', htmlLang: 'nl', country: 'Netherlands' },
  bg: { label: 'Български', htmlLang: 'bg', country: 'Bulgaria' },
  mk: { label: 'Македонски', htmlLang: 'mk', country: 'North Macedonia' },
  hu: { label: 'Magyar', htmlLang: 'hu', country: 'Hungary' },
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof LOCALES;

export const DEFAULT_LOCALE: Locale = 'en';

export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

/** The locales that are translations of the English source. */
export const TRANSLATED_LOCALES = LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE);

/** URL prefix of a locale: '' for the default locale, '/nl' for Dutch. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}
