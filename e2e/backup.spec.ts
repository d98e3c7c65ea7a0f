import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { SLUG, test, waitForHydration } from './fixtures';
import { installLearning, markKnownInPage } from './learning-store';
import { seedVocabulary, vocabularyEntry } from './vocabulary-store';

/**
 * Nothing lost in the browser: what one browser keeps (a saved word, a known mark, an own
 * text, reading progress) goes into a backup file and comes back, whole, in another browser.
 */

const OWN_TEXT = {
  id: 'local-backup-e2e',
  title: { zh: '备份测试', en: 'A text to back up' },
  savedAt: '2026-12-01T10:00:00.000Z',
  yaml: readFileSync(`content/documents/${SLUG}.yaml`, 'utf8'),
};

const PROGRESS = {
  version: 1,
  documents: [
    {
      document: { kind: 'bundled', slug: SLUG },
      title: { zh: '李涛访谈', en: 'Reading place to back up' },
      pair: 'p3',
      index: 2,
      pairs: 10,
      share: 0.3,
      readAt: '2026-12-02T10:00:00.000Z',
    },
  ],
};

/** Puts an own text and reading progress into the page's browser, as the app stores them. */
async function seedTextAndProgress(page: Page) {
  await page.evaluate(
    async ({ doc, progress }) => {
      localStorage.setItem('duizhao-progress', JSON.stringify(progress));
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('duizhao', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('documents', { keyPath: 'id' });
        open.onsuccess = () => {
          const tx = open.result.transaction('documents', 'readwrite');
          tx.objectStore('documents').put(doc);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      });
    },
    { doc: OWN_TEXT, progress: PROGRESS },
  );
}

test('a backup restores a word, a known mark, an own text and progress into an empty browser', async ({
  page,
  browser,
}, testInfo) => {
  // One journey through two browser profiles and eight page loads: more than a usual test.
  test.slow();
  await page.goto('/en/backup');
  await seedVocabulary(page, [
    vocabularyEntry({ simplified: '行业', id: 'seed-行业' }),
    vocabularyEntry({ simplified: '算力', id: 'seed-算力', pinyin: 'suàn lì' }),
  ]);
  await installLearning(page);
  await markKnownInPage(page, ['算力']);
  await seedTextAndProgress(page);
  await page.reload();
  await waitForHydration(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^duizhao-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: 'Backup saved as' })).toBeVisible();

  // Another browser profile: nothing stored.
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: { width: 1280, height: 800 },
  });
  const fresh = await context.newPage();
  await fresh.goto('/en/backup');
  await waitForHydration(fresh);
  expect(await fresh.evaluate(() => localStorage.length)).toBe(0);
  // Pages open their (empty) databases as they load (the header's due count), so emptiness is
  // checked by what the stores hold: no saved word, no own text.
  expect(
    await fresh.evaluate(async () => {
      const names = (await indexedDB.databases()).map((d) => d.name ?? '');
      let records = 0;
      for (const name of names) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const store of db.objectStoreNames) {
          records += await new Promise<number>((resolve, reject) => {
            const count = db.transaction(store).objectStore(store).count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => reject(count.error);
          });
        }
        db.close();
      }
      return records;
    }),
  ).toBe(0);
  await fresh.getByLabel('Backup file (.json)').setInputFiles(file);
  await expect(fresh.getByText('Backup restored.')).toBeVisible();
  const summary = fresh.getByTestId('restore-summary');
  await expect(summary).toContainText('Your texts: 1 added or updated');
  await expect(summary).toContainText('Saved words: 2 added or updated');
  await expect(summary).toContainText('Reading progress: 1 added or updated');
  await expectNoAxeViolations(fresh, testInfo);

  await fresh.goto('/en/vocabulary');
  await expect(fresh.getByText('行业').first()).toBeVisible();
  await expect(fresh.getByText('算力').first()).toBeVisible();

  await fresh.goto('/en');
  const library = fresh.getByRole('region', { name: 'My library' });
  await expect(library.getByRole('link', { name: /A text to back up/ })).toBeVisible();
  await expect(fresh.getByRole('region', { name: 'Continue reading' })).toContainText(
    'Reading place to back up',
  );

  // 行业 is due; 算力 is known, so it is not.
  await fresh.goto('/en/study');
  await expect(fresh.getByTestId('due-count')).toHaveText('1 word due now');
  await fresh.goto('/en/progress');
  await expect(fresh.getByTestId('word-statuses')).toContainText(/Known\s*1/);

  // Restoring the same file again adds nothing twice.
  await fresh.goto('/en/backup');
  await waitForHydration(fresh);
  await fresh.getByLabel('Backup file (.json)').setInputFiles(file);
  await expect(fresh.getByTestId('restore-summary')).toContainText(
    'Saved words: 0 added or updated, 2 already here',
  );
  await context.close();
});

test('a damaged backup is refused with the section and field named, and axe passes', async ({
  page,
}, testInfo) => {
  await page.goto('/zh/backup');
  await waitForHydration(page);
  const bad = {
    format: 'duizhao-backup',
    version: 1,
    createdAt: '2026-12-05T10:00:00.000Z',
    sections: { vocabulary: { version: 1, data: [{ id: 'x', simplified: '行业' }] } },
  };
  await page.getByLabel('备份文件（.json）').setInputFiles({
    name: 'duizhao-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const alert = page.getByRole('region', { name: '从文件恢复' }).getByRole('alert');
  await expect(alert).toContainText('这个文件无法恢复，没有做任何改动');
  await expect(alert).toContainText('生词本 › 0 › traditional');
  await expectNoAxeViolations(page, testInfo);
});
