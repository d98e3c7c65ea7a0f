import type { Page } from '@playwright/test';
import type * as Backup from '../lib/learning/backup';
import type * as Known from '../lib/learning/known-store';
import type * as Reviews from '../lib/learning/review-store';
import { pageBundle } from './page-bundle';

/**
 * The learner's progress in the browser, for the study journeys: `installLearning` loads the
 * app's own stores (lib/learning) into a page, so that a test marks words known or reads the
 * review log through the same code as the app.
 */

const GLOBAL = '__duizhaoLearning';
type LearningModules = typeof Known & typeof Reviews & typeof Backup;

declare global {
  interface Window {
    [GLOBAL]?: LearningModules;
  }
}

/** Loads the learning stores into the page as `window.__duizhaoLearning` (until it navigates). */
export async function installLearning(page: Page): Promise<void> {
  await page.addScriptTag({
    content: await pageBundle(
      ['lib/learning/known-store', 'lib/learning/review-store', 'lib/learning/backup'],
      GLOBAL,
    ),
  });
}

/** Marks words known in the page, through the app's `markKnown`. */
export async function markKnownInPage(page: Page, words: string[]): Promise<void> {
  await page.evaluate(async (all) => {
    const store = window.__duizhaoLearning;
    if (!store) throw new Error('installLearning(page) first');
    await store.markKnown(all);
  }, words);
}

/** The words of the review log, oldest first, and the words marked known, sorted. */
export function learningState(page: Page): Promise<{ reviewed: string[]; known: string[] }> {
  return page.evaluate(async () => {
    const store = window.__duizhaoLearning;
    if (!store) throw new Error('installLearning(page) first');
    const [reviews, known] = await Promise.all([store.listReviews(), store.listKnown()]);
    return { reviewed: reviews.map((r) => r.word), known: known.map((k) => k.word).sort() };
  });
}

/** Grades a word in the page, through the app's `recordReview` (3 is Good). */
export async function gradeInPage(page: Page, word: string, grade: 1 | 2 | 3 | 4): Promise<void> {
  await page.evaluate(
    async ({ word, grade }) => {
      const store = window.__duizhaoLearning;
      if (!store) throw new Error('installLearning(page) first');
      await store.recordReview(word, grade);
    },
    { word, grade },
  );
}
