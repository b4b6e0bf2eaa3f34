import type { Progress } from './progress';

/** What a certificate certifies; its ID is derived from exactly these details. */
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

/** Address of a certificate page, without the locale prefix. */
export const certificatePath = (subject: string) => `/certificate?quiz=${subject}`;

/**
 * The date in the locale's long format. Browsers ship date names only for the
 * languages they support (Chromium has none for Macedonian): for those, the
 * numeric day.month.year form is used, which reads right in all our locales.
 */
export function formatCertificateDate(iso: string, htmlLang: string): string {
  const date = new Date(iso);
  if (Intl.DateTimeFormat.supportedLocalesOf([htmlLang]).length > 0) {
    const formatted = new Intl.DateTimeFormat(htmlLang, { dateStyle: 'long' });
    if (formatted.resolvedOptions().locale.split('-')[0] === htmlLang.split('-')[0])
      return formatted.format(date);
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}
