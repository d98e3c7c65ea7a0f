import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { test } from './fixtures';

/**
 * Records kept in the browser that this version cannot read (an older app's, one edited in the
 * developer tools) are named and left out; the good ones and the rest of the page stay.
 */

/** Puts raw records into one of the page's IndexedDB stores, past the app's schemas. */
function putRaw(page: Page, db: string, store: string, records: unknown[]) {
  return page.evaluate(
    ({ db, store, records }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(db, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(store, { keyPath: 'id' });
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction(store, 'readwrite');
          for (const record of records) tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { db, store, records },
  );
}

const good = {
  id: 'local-good',
  title: { zh: '好文本', en: 'A good text' },
  savedAt: '2026-12-01T10:00:00.000Z',
  yaml: 'slug: x\n',
};

test.describe('stored records', () => {
  test('the library lists the good saved texts and names the ones it cannot read', async ({
    page,
  }, testInfo) => {
    await page.goto('/en');
    await putRaw(page, 'duizhao', 'documents', [
      good,
      { id: 'local-bad-title', title: { zh: { a: 1 } }, savedAt: good.savedAt, yaml: '' },
      { id: 'local-no-date', title: good.title, yaml: '' },
    ]);
    await page.reload();
    const library = page.getByRole('region', { name: 'My library' });
    await expect(library.getByRole('link', { name: /A good text/ })).toBeVisible();
    const status = library.getByRole('status');
    await expect(status).toContainText('2 saved texts cannot be read');
    await expect(status).toContainText('local-bad-title');
    await expect(status).toContainText('local-no-date');
    await expect(library).not.toContainText('Nothing saved yet');
    // The bundled documents are still there.
    await expect(page.getByRole('link', { name: /Li Tao/ }).first()).toBeVisible();
    await expectNoAxeViolations(page, testInfo, { include: ['.local-library'] });
  });

  test('the vocabulary lists the good words and says how many it cannot read', async ({ page }) => {
    await page.goto('/zh/vocabulary');
    await putRaw(page, 'duizhao-vocabulary', 'words', [{ id: 'broken', simplified: { a: 1 } }]);
    await page.reload();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: '有 1 个已保存的生词无法被当前版本读取，未列出。' }),
    ).toBeVisible();
  });
});
