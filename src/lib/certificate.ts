import type { Progress } from './progress';

/**
 * What a certificate certifies; its ID is derived from exactly these details.
 * The edition date and study times are printed but not part of it: a typo
 * fixed in a module must not give the learner's result a new ID.
 */
export interface CertificateRecord {
  readonly name: string;
  /** A quiz id, or "course" for the certificate of all modules. */
  readonly subject: string;
  /** Version of the quiz (or of every quiz, for the course) the result was earned on. */
  readonly subjectVersion: string;
  /** Percent. */
  readonly score: number;
  /** When the quiz (or the last quiz of the course) was first passed, ISO 8601. */
  readonly passedAt: string;
  /** The site's package version: no longer printed, kept so that IDs stay as they were. */
  readonly siteVersion: string;
}

export const COURSE = 'course';

/**
 * A short ID derived from the certificate's details (SHA-256), so that the
 * same details always give the same ID and any change gives another one.
 * It identifies a record; it does not prove it (there is no server).
 */
export async function certificateId(record: CertificateRecord): Promise<string> {
  const details = [
    record.name.normalize('NFC').trim(),
    record.subject,
    record.subjectVersion,
    record.score,
    record.passedAt,
    record.siteVersion,
  ].join('|');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(details));
  const hex = [...new Uint8Array(digest)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`.toUpperCase();
}

/** The record for one passed quiz, or for the course when every quiz is passed; undefined otherwise. */
export function certificateRecord(
  progress: Progress,
  subject: string,
  quizIds: readonly string[],
  siteVersion: string,
): Omit<CertificateRecord, 'name'> | undefined {
  const ids = subject === COURSE ? quizIds : [subject];
  const results = ids.map((id) => progress.quizzes[id]);
  if (results.length === 0 || results.some((result) => !result?.passed || !result.passedAt))
    return undefined;
  const passed = results as NonNullable<(typeof results)[number]>[];
  return {
    subject,
    subjectVersion: passed.map((result) => result.quizVersion).join('.'),
    score: Math.round(passed.reduce((sum, result) => sum + result.bestScore, 0) / passed.length),
    passedAt: passed
      .map((result) => result.passedAt!)
      .sort()
      .at(-1)!,
    siteVersion,
  };
}

/** What a certificate needs to know of a module: from the quizzes plugin's global data. */
export interface ModuleFacts {
  /** The module's quiz id. */
  readonly id: string;
  readonly moduleTitle: string;
  readonly moduleTitleLocale: string;
  /** Estimated study time from the module's front matter. */
  readonly moduleMinutes: number;
}

/** One module on a certificate, with the learner's best score on its quiz. */
export interface CertifiedModule {
  readonly id: string;
  readonly title: string;
  /** Locale of the title: the default locale's where the page is not translated yet. */
  readonly titleLocale: string;
  readonly score: number;
  readonly minutes: number;
}

/**
 * The modules a certificate covers, in course order: the one module of a quiz
 * certificate, or every module of the course. Undefined until each of them is
 * passed (as for certificateRecord).
 */
export function certifiedModules(
  progress: Progress,
  subject: string,
  modules: readonly ModuleFacts[],
): CertifiedModule[] | undefined {
  const covered = subject === COURSE ? modules : modules.filter((module) => module.id === subject);
  if (covered.length === 0) return undefined;
  const certified: CertifiedModule[] = [];
  for (const module of covered) {
    const result = progress.quizzes[module.id];
    if (!result?.passed || !result.passedAt) return undefined;
    certified.push({
      id: module.id,
      title: module.moduleTitle,
      titleLocale: module.moduleTitleLocale,
      score: result.bestScore,
      minutes: module.moduleMinutes,
    });
  }
  return certified;
}

/** The estimated study time of the modules together, in minutes. */
export const totalMinutes = (modules: readonly Pick<CertifiedModule, 'minutes'>[]) =>
  modules.reduce((sum, module) => sum + module.minutes, 0);

/**
 * The site's address as a certificate names its issuer: siteConfig.url and
 * baseUrl, without a trailing slash ("https://example.org", "https://example.org/learn").
 */
export function issuerAddress(url: string, baseUrl: string): string {
  const path = baseUrl.replace(/^\/+|\/+$/g, '');
  return [url.replace(/\/+$/, ''), path].filter(Boolean).join('/');
}

/** Address of a certificate page, without the locale prefix. */
export const certificatePath = (subject: string) => `/certificate?quiz=${subject}`;

/**
 * The date in the locale's long format. Browsers ship date names only for the
 * languages they support (Chromium has none for Macedonian): for those, the
 * numeric day.month.year form is used, which reads right in all our locales.
 * A moment (a quiz passed) is shown on the learner's clock; a calendar day
 * (the edition, "2026-12-03") is shown as that day wherever the learner is,
 * hence timeZone 'UTC' for those.
 */
export function formatCertificateDate(iso: string, htmlLang: string, timeZone?: 'UTC'): string {
  const date = new Date(iso);
  if (Intl.DateTimeFormat.supportedLocalesOf([htmlLang]).length > 0) {
    const formatted = new Intl.DateTimeFormat(htmlLang, { dateStyle: 'long', timeZone });
    if (formatted.resolvedOptions().locale.split('-')[0] === htmlLang.split('-')[0])
      return formatted.format(date);
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  const [day, month, year] =
    timeZone === 'UTC'
      ? [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()]
      : [date.getDate(), date.getMonth() + 1, date.getFullYear()];
  return `${pad(day)}.${pad(month)}.${year}`;
}

/** The edition's day (YYYY-MM-DD, siteConfig.customFields.contentEdition) in the locale's long format. */
export const formatEditionDate = (day: string, htmlLang: string) =>
  formatCertificateDate(`${day}T00:00:00Z`, htmlLang, 'UTC');
