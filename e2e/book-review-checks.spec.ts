import { expect, type Worker } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { test } from './fixtures';
import { bookYaml, seedLocalLibrary } from './local-library';

/**
 * The review of a book whose checks' worker ends without a word (no `error` event: what a
 * worker the browser ends for its memory does) says so, and checks again on request, instead
 * of "Checking the whole text…" for good (components/local/worker-watch.ts). The worker
 * closes itself (`self.close()`) when its checks are made, instead of posting them.
 */

/** The worker's open and the checks of 1,216 pairs: seconds, more at load 20–30. */
const WHOLE_OPENED = { timeout: 45_000 };

const CHECK_AGAIN = { en: 'Check again', zh: '重新检查' } as const;

for (const lng of ['en', 'zh'] as const)
  test(`/${lng}: a review whose checks' worker ends says so, and Check again makes them`, async ({
    page,
  }, testInfo) => {
    test.slow(); // the checks of the whole, twice
    await page.goto(`/${lng}`);
    await seedLocalLibrary(page, [
      {
        id: 'own-book',
        title: { zh: '书', en: 'Book' },
        savedAt: new Date().toISOString(),
        yaml: bookYaml(),
      },
    ]);
    // Every worker started until the alert: the checks' ends itself where it would post its
    // checks (patched at its start, while it reads the record; its lock is held by then).
    const onWorker = (worker: Worker) => {
      worker
        .evaluate(() => {
          const post = self.postMessage.bind(self);
          let closed = false;
          self.postMessage = (message: { type?: string }) => {
            closed ||= message.type === 'checks';
            if (closed) self.close();
            else post(message);
          };
        })
        .catch(() => undefined); // a worker that ended first
    };
    page.on('worker', onWorker);
    const alert = page.getByRole('alert').filter({ hasText: 'stopped without a word' });
    try {
      await page.goto(`/${lng}/local/review?id=own-book`);
      await expect(alert).toBeVisible(WHOLE_OPENED);
    } finally {
      // The tab is shared with the next tests (fixtures.ts), and the retry's worker is to live.
      page.off('worker', onWorker);
    }
    await expect(page.locator('[data-checking]')).toHaveCount(0);
    await expectNoAxeViolations(page, testInfo, { include: ['[data-checks-failed]'] });

    await alert.getByRole('button', { name: CHECK_AGAIN[lng] }).click();
    await expect(page.locator('[data-checks-failed]')).toHaveCount(0);
    await expect(page.locator('.review .map')).toBeVisible(WHOLE_OPENED);
    await expect(page.locator('[data-checking]')).toHaveCount(0);
  });
