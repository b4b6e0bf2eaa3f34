import { execFileSync } from 'node:child_process';

/*
 * Node only: docusaurus.config.ts reads the edition once, at build time, into
 * siteConfig.customFields.contentEdition; the browser only ever sees the date.
 */

/**
 * What an edition of the learning content is made of: the module pages, their
 * translations and the quizzes. UI strings (code.json) and code are not: a
 * fixed button label is not a new edition of what the learner studied.
 */
export const EDITION_PATHSPECS = [
  'docs',
  'quizzes',
  ':(glob)i18n/*/docusaurus-plugin-content-docs/**',
] as const;

export interface EditionSources {
  readonly siteDir: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly now?: Date;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const utcDay = (date: Date) => date.toISOString().slice(0, 10);

function git(siteDir: string, args: readonly string[]): string {
  return execFileSync('git', ['-C', siteDir, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

/**
 * The day of the content edition a build carries, as YYYY-MM-DD:
 * - CONTENT_EDITION, if set (a fixed date for reproducible builds and tests);
 * - else the day of the last commit that changed the content (committer date),
 *   or the build day when the content has changes not yet committed;
 * - else, without git or its history (a source archive), SOURCE_DATE_EPOCH if
 *   set, or the build day (UTC).
 */
export function contentEditionDate({
  siteDir,
  env = process.env,
  now = new Date(),
}: EditionSources): string {
  const fixed = env.CONTENT_EDITION?.trim();
  if (fixed) {
    if (!DAY.test(fixed))
      throw new Error(`CONTENT_EDITION must be a date written YYYY-MM-DD, not "${fixed}".`);
    return fixed;
  }
  try {
    const uncommitted = git(siteDir, ['status', '--porcelain', '--', ...EDITION_PATHSPECS]);
    if (uncommitted !== '') return utcDay(now);
    const committed = git(siteDir, ['log', '-1', '--format=%cs', '--', ...EDITION_PATHSPECS]);
    if (DAY.test(committed)) return committed;
  } catch {
    // No git, or not a repository: fall through to the build's own date.
  }
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return utcDay(new Date(epoch * 1000));
  return utcDay(now);
}
