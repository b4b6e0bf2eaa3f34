import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  PROGRESS_KEY,
  deleteAllProgress,
  parseProgress,
  readProgress,
  recordAttempt,
  saveLearnerName,
} from '../../src/lib/progress';

/** A browser-like window with a localStorage, optionally blocked. */
function installWindow(blocked = false): Map<string, string> {
  const store = new Map<string, string>();
  const localStorage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, String(value)),
    removeItem: (key: string) => void store.delete(key),
  };
  const window = {
    get localStorage() {
      if (blocked) throw new DOMException('Blocked', 'SecurityError');
      // Object.keys(localStorage) lists stored keys in a browser.
      return new Proxy(localStorage, {
        ownKeys: () => [...store.keys()],
        getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
      });
    },
    dispatchEvent: () => true,
  };
  Object.assign(globalThis, { window, navigator: { storage: { persist: async () => true } } });
  return store;
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
});

describe('progress on the device', () => {
  let store: Map<string, string>;
  beforeEach(() => {
    store = installWindow();
  });

  it('records attempts, keeping the best score and the first pass', () => {
    recordAttempt('definitions', 1, 90, 80, new Date('2026-11-20T10:00:00Z'));
    recordAttempt('definitions', 1, 60, 80, new Date('2026-11-21T10:00:00Z'));
    expect(readProgress().progress.quizzes.definitions).toMatchObject({
      bestScore: 90,
      lastScore: 60,
      passed: true,
      attempts: 2,
      passedAt: '2026-11-20T10:00:00.000Z',
    });
  });

  it('keeps a result from an earlier quiz version until a new attempt replaces it', () => {
    recordAttempt('definitions', 1, 90, 80);
    expect(readProgress().progress.quizzes.definitions?.quizVersion).toBe(1);
    recordAttempt('hungary', 2, 50, 80);
    expect(readProgress().progress.quizzes.definitions).toMatchObject({
      quizVersion: 1,
      bestScore: 90,
    });
    recordAttempt('definitions', 2, 70, 80);
    expect(readProgress().progress.quizzes.definitions).toMatchObject({
      quizVersion: 2,
      bestScore: 70,
      attempts: 1,
    });
  });

  it('sets aside unreadable progress instead of overwriting it', () => {
    store.set(PROGRESS_KEY, '{not json');
    expect(readProgress()).toMatchObject({ unreadable: true, available: true });
    recordAttempt('definitions', 1, 100, 80);
    const kept = [...store.entries()].find(([key]) => key.startsWith('vftf:progress:unreadable:'));
    expect(kept?.[1]).toBe('{not json');
    expect(readProgress().progress.quizzes.definitions?.passed).toBe(true);
  });

  it('drops only the entries that are invalid', () => {
    const parsed = parseProgress({
      schema: 1,
      quizzes: {
        definitions: {
          quizVersion: 1,
          lastScore: 100,
          bestScore: 100,
          passed: true,
          attempts: 1,
          updatedAt: 'x',
        },
        bad: { score: 'high' },
      },
      learnerName: 'Ана',
    });
    expect(Object.keys(parsed!.quizzes)).toEqual(['definitions']);
    expect(parsed!.learnerName).toBe('Ана');
    expect(parseProgress({ hello: 'world' })).toBeUndefined();
  });

  it('checks every field of a result: scores 0–100, whole attempts from 1, ids in lower case', () => {
    const result = {
      quizVersion: 1,
      lastScore: 50,
      bestScore: 50,
      passed: false,
      attempts: 1,
      updatedAt: 'x',
    };
    const parsed = parseProgress({
      schema: 1,
      quizzes: {
        kept: { ...result, note: 'an unknown key is dropped' },
        'over-100': { ...result, bestScore: 101 },
        'half-attempt': { ...result, attempts: 1.5 },
        'no-attempt': { ...result, attempts: 0 },
        'no-date': { ...result, updatedAt: undefined },
        Upper: result,
      },
    });
    expect(parsed!.quizzes).toEqual({ kept: result });
    expect(parseProgress({ schema: 2, quizzes: {} })).toBeUndefined();
  });

  it('keeps the name for certificates with the results, and deletes everything on request', () => {
    recordAttempt('definitions', 1, 100, 80);
    saveLearnerName('Zoë');
    expect(readProgress().progress).toMatchObject({ learnerName: 'Zoë' });
    deleteAllProgress();
    expect(store.size).toBe(0);
  });
});

describe('blocked storage', () => {
  it('reports that progress cannot be saved, and does not throw', () => {
    installWindow(true);
    expect(readProgress()).toMatchObject({ available: false });
    expect(recordAttempt('definitions', 1, 100, 80).saved).toBe(false);
  });
});
