// Valibot: the same kind of schema as the build-time zod schemas, built from
// small functions, so a page ships only the checks it uses (about 1 KiB gzip;
// zod's mini build was 7 KiB on every quiz, certificate and progress page). It
// compiles nothing with eval, which the Content-Security-Policy forbids.
import * as v from 'valibot';

/**
 * Learner progress, kept in this browser only (no account, no server).
 *
 * Storage: one localStorage key, `PROGRESS_KEY` ("vftf:progress:v1"), whose
 * value is JSON of this exact shape (schema 1):
 *
 *   {
 *     "schema": 1,
 *     "quizzes": {
 *       "<quiz id>": {
 *         "quizVersion": 1,          // version of quiz.yaml the result was earned on
 *         "lastScore": 75,           // percent, last attempt
 *         "bestScore": 90,           // percent, best attempt
 *         "passed": true,            // best attempt reached the pass mark
 *         "attempts": 2,
 *         "passedAt": "2026-11-23T18:00:00.000Z",   // first pass, if any
 *         "updatedAt": "2026-11-23T18:05:00.000Z"
 *       }
 *     },
 *     "learnerName": "Марија Петровска"   // optional: the name for certificates
 *   }
 *
 * Lifecycle: written when a quiz attempt ends; read by quiz pages and the
 * progress page; exported/imported as the same JSON; deleted only by the
 * learner ("Delete all my data"). A result earned on an older quiz version is
 * kept and shown as such, never dropped. If the stored value cannot be read
 * (corrupted), it is copied to `vftf:progress:unreadable:<time>` before
 * anything new is written, so nothing is lost. If storage is blocked, every
 * function here still works and reports `available: false`.
 */
export const PROGRESS_KEY = 'vftf:progress:v1';
/** Fired on window after this tab changes the stored progress. */
export const PROGRESS_CHANGED_EVENT = 'vftf:progress-changed';
const UNREADABLE_PREFIX = 'vftf:progress:unreadable:';

const percent = () => v.pipe(v.number(), v.minValue(0), v.maxValue(100));
const positiveInteger = () => v.pipe(v.number(), v.integer(), v.minValue(1));

// v.object, like z.object, drops keys it does not know.
export const quizResultSchema = v.object({
  quizVersion: positiveInteger(),
  lastScore: percent(),
  bestScore: percent(),
  passed: v.boolean(),
  attempts: positiveInteger(),
  passedAt: v.optional(v.string()),
  updatedAt: v.string(),
});

export const progressSchema = v.object({
  schema: v.literal(1),
  quizzes: v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)), quizResultSchema),
  learnerName: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

export type QuizResult = v.InferOutput<typeof quizResultSchema>;
export type Progress = v.InferOutput<typeof progressSchema>;

export const EMPTY_PROGRESS: Progress = { schema: 1, quizzes: {} };

export interface ProgressSnapshot {
  readonly progress: Progress;
  /** False when the browser blocks storage: progress cannot be saved. */
  readonly available: boolean;
  /** True when a stored value existed but could not be read. */
  readonly unreadable: boolean;
}

function storage(): Storage | undefined {
  try {
    const store = window.localStorage;
    const probe = '__vftf_probe__';
    store.setItem(probe, probe);
    store.removeItem(probe);
    return store;
  } catch {
    return undefined;
  }
}

/** Parses stored or imported progress; entries that fail validation are dropped one by one. */
export function parseProgress(raw: unknown): Progress | undefined {
  const whole = v.safeParse(progressSchema, raw);
  if (whole.success) return whole.output;
  if (typeof raw !== 'object' || raw === null || (raw as { schema?: unknown }).schema !== 1)
    return undefined;
  const quizzes = (raw as { quizzes?: unknown }).quizzes;
  if (typeof quizzes !== 'object' || quizzes === null) return undefined;
  const kept: Progress['quizzes'] = {};
  for (const [id, result] of Object.entries(quizzes)) {
    const parsed = v.safeParse(quizResultSchema, result);
    if (parsed.success && /^[a-z0-9-]+$/.test(id)) kept[id] = parsed.output;
  }
  const name = (raw as { learnerName?: unknown }).learnerName;
  return {
    schema: 1,
    quizzes: kept,
    ...(typeof name === 'string' ? { learnerName: name.slice(0, 200) } : {}),
  };
}

export function readProgress(): ProgressSnapshot {
  const store = storage();
  if (!store) return { progress: EMPTY_PROGRESS, available: false, unreadable: false };
  let text: string | null;
  try {
    text = store.getItem(PROGRESS_KEY);
  } catch {
    return { progress: EMPTY_PROGRESS, available: false, unreadable: false };
  }
  if (text === null) return { progress: EMPTY_PROGRESS, available: true, unreadable: false };
  try {
    const parsed = parseProgress(JSON.parse(text));
    if (parsed) return { progress: parsed, available: true, unreadable: false };
  } catch {
    // fall through: unreadable JSON
  }
  return { progress: EMPTY_PROGRESS, available: true, unreadable: true };
}

/** Writes progress; returns false when it could not be saved. */
export function writeProgress(progress: Progress): boolean {
  const store = storage();
  if (!store) return false;
  try {
    const current = readProgress();
    if (current.unreadable) {
      // Keep the unreadable value instead of overwriting it.
      store.setItem(`${UNREADABLE_PREFIX}${Date.now()}`, store.getItem(PROGRESS_KEY) ?? '');
    }
    store.setItem(PROGRESS_KEY, JSON.stringify(progress));
    window.dispatchEvent(new Event(PROGRESS_CHANGED_EVENT));
    // Ask the browser not to evict the learner's progress under storage pressure.
    void navigator.storage?.persist?.().catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}

/**
 * The result of a quiz after one more attempt. A result from an earlier quiz
 * version is replaced by the attempt on the new version, not merged with it.
 * Shared by the on-device store below and the LMS packages' store.
 */
export function nextResult(
  previous: QuizResult | undefined,
  quizVersion: number,
  scorePercent: number,
  passMark: number,
  now: Date,
): QuizResult {
  const sameVersion = previous?.quizVersion === quizVersion;
  const passedNow = scorePercent >= passMark;
  return {
    quizVersion,
    lastScore: scorePercent,
    bestScore: sameVersion ? Math.max(previous.bestScore, scorePercent) : scorePercent,
    passed: (sameVersion && previous.passed) || passedNow,
    attempts: sameVersion ? previous.attempts + 1 : 1,
    passedAt:
      sameVersion && previous.passedAt
        ? previous.passedAt
        : passedNow
          ? now.toISOString()
          : undefined,
    updatedAt: now.toISOString(),
  };
}

/** Records the end of a quiz attempt and returns the updated progress (saved if possible). */
export function recordAttempt(
  quizId: string,
  quizVersion: number,
  scorePercent: number,
  passMark: number,
  now = new Date(),
): { progress: Progress; saved: boolean } {
  const { progress } = readProgress();
  const result = nextResult(progress.quizzes[quizId], quizVersion, scorePercent, passMark, now);
  const updated: Progress = { ...progress, quizzes: { ...progress.quizzes, [quizId]: result } };
  return { progress: updated, saved: writeProgress(updated) };
}

/** Keeps the name the learner wants on certificates (on this device only). */
export function saveLearnerName(name: string): boolean {
  const { progress } = readProgress();
  return writeProgress({ ...progress, learnerName: name.slice(0, 200) });
}

export function deleteAllProgress(): boolean {
  const store = storage();
  if (!store) return false;
  try {
    for (const key of Object.keys(store)) if (key.startsWith('vftf:')) store.removeItem(key);
    window.dispatchEvent(new Event(PROGRESS_CHANGED_EVENT));
    return true;
  } catch {
    return false;
  }
}
