import path from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import type * as Backup from '../lib/learning/backup';
import type * as Known from '../lib/learning/known-store';
import type * as Reviews from '../lib/learning/review-store';

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

async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        "export * from './lib/learning/known-store';",
        "export * from './lib/learning/review-store';",
        "export * from './lib/learning/backup';",
      ].join('\n'),
      resolveDir: path.resolve(import.meta.dirname, '..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    write: false,
    target: 'es2022',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Loads the learning stores into the page as `window.__duizhaoLearning` (until it navigates). */
export async function installLearning(page: Page): Promise<void> {
  await page.addScriptTag({ content: await bundle() });
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
