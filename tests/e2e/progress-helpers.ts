import type { Page } from '@playwright/test';

import { PROGRESS_KEY, type Progress } from '../../src/lib/progress';

/** A passed quiz as the progress store records it. */
export const passedQuiz = (quizVersion: number, bestScore: number, passedAt: string) => ({
  quizVersion,
  lastScore: bestScore,
  bestScore,
  passed: true,
  attempts: 1,
  passedAt,
  updatedAt: passedAt,
});

/** Stores the learner's progress in the storage of the page's origin. */
export async function storeProgress(page: Page, progress: Progress): Promise<void> {
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [PROGRESS_KEY, JSON.stringify(progress)],
  );
}

/** Opens the progress page of the site under test and stores the progress there. */
export async function seedProgress(page: Page, progress: Progress): Promise<void> {
  await page.goto('/progress');
  await storeProgress(page, progress);
}
