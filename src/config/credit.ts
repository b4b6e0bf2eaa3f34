/**
 * The Safe! report allows reuse on condition that it is credited. The credit
 * line is the footer copyright of every page (`docusaurus.config.ts`,
 * translated in `i18n/<locale>/docusaurus-theme-classic/footer.json`);
 * certificates read the translated footer, so there is one credit line.
 */
export const CREDIT_LINE =
  "Adapted from the Safe! project's final report “Voices from the field”, funded by the EU Asylum, Migration and Integration Fund (AMIF) and the Dutch Ministries of Justice and Security and of Health, Welfare and Sport. Appendix 3 handouts © FairWork Netherlands.";

/**
 * The fund as the credit line of each language names it: AMIF, or MMIA, the
 * official Hungarian acronym (Menekültügyi, Migrációs és Integrációs Alap;
 * i18n/terminology.yaml, term amif). The tests check every page for it.
 */
export const FUND_IN_CREDIT = /\b(?:AMIF|MMIA)\b/;
