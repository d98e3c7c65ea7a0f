import { expect, type Page, type Worker } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { test } from './fixtures';
import { bookYaml, seedLocalLibrary } from './local-library';

/**
 * The review of a book whose checks' worker falls silent says so, and checks again on request,
 * instead of "Checking the whole text…" for good (components/local/worker-watch.ts): a worker
 * that ends without an `error` event, and one that stays, idle, without sending its checks.
 * Each worker is patched as it starts (Playwright's worker.evaluate), while it reads the text:
 * what they break is posted after the checks, seconds later.
 */

/** The worker's open and the checks of 1,216 pairs: seconds, more at load 20–30. */
const WHOLE_OPENED = { timeout: 45_000 };

const CHECK_AGAIN = { en: 'Check again', zh: '重新检查' } as const;

/**
 * Opens the review of a seeded book with `patch` run in every worker started until `alert`
 * shows (the checks' retry then runs unpatched), and waits for it.
 */
async function reviewWithPatchedWorkers(
  page: Page,
  lng: 'en' | 'zh',
  patch: () => void,
  alert: RegExp,
  timeout: number,
) {
  await page.goto(`/${lng}`);
  await seedLocalLibrary(page, [
    {
      id: 'own-book',
      title: { zh: '书', en: 'Book' },
      savedAt: new Date().toISOString(),
      yaml: bookYaml(),
    },
  ]);
  const onWorker = (worker: Worker) => {
    worker.evaluate(patch).catch(() => undefined); // a worker that ended first
  };
  page.on('worker', onWorker);
  const said = page.getByRole('alert').filter({ hasText: alert });
  try {
    await page.goto(`/${lng}/local/review?id=own-book`);
    await expect(said).toBeVisible({ timeout });
  } finally {
    // The tab is shared with the next tests (fixtures.ts).
    page.off('worker', onWorker);
  }
  return said;
}

for (const lng of ['en', 'zh'] as const)
  test(`/${lng}: a review whose checks' worker ends without a word says so, and Check again makes them`, async ({
    page,
  }, testInfo) => {
    test.slow(); // the checks of the whole, twice
    // The checks' worker closes itself where it would post its checks (its lock is held by then).
    const alert = await reviewWithPatchedWorkers(
      page,
      lng,
      () => {
        const post = self.postMessage.bind(self);
        let closed = false;
        self.postMessage = (message: { type?: string }) => {
          closed ||= message.type === 'checks';
          if (closed) self.close();
          else post(message);
        };
      },
      /stopped without a word/,
      WHOLE_OPENED.timeout,
    );
    await expect(page.locator('[data-checking]')).toHaveCount(0);
    await expectNoAxeViolations(page, testInfo, { include: ['[data-checks-failed]'] });

    await alert.getByRole('button', { name: CHECK_AGAIN[lng] }).click();
    await expect(page.locator('[data-checks-failed]')).toHaveCount(0);
    await expect(page.locator('.review .map')).toBeVisible(WHOLE_OPENED);
    await expect(page.locator('[data-checking]')).toHaveCount(0);
  });

test('/en: a review whose checks worker sends nothing more, alive and idle, says so after a minute', async ({
  page,
}) => {
  test.slow(); // the watch's minute of prompt answers (worker-watch.ts IDLE_PINGS)
  // The checks' worker loses its checks and all after them (a message never sent), and stays,
  // answering the page's pings at once.
  const alert = await reviewWithPatchedWorkers(
    page,
    'en',
    () => {
      const post = self.postMessage.bind(self);
      let lost = false;
      self.postMessage = (message: { type?: string }) => {
        lost ||= message.type === 'checks';
        if (!lost || message.type === 'pong') post(message);
      };
    },
    /waited \d+ s for something that did not come/,
    120_000,
  );
  await expect(alert).toContainText('checks posted');
  await expect(page.locator('[data-checking]')).toHaveCount(0);
});
