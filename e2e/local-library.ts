import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseDocumentFile } from '../lib/content/parse';
import { serializeDocument } from '../lib/content/serialize';

/** A record of My library (lib/local-library/store.ts), as the import page saves one. */
export interface LocalRecord {
  id: string;
  title: { zh: string; en: string };
  savedAt: string;
  yaml: string;
}

/**
 * Puts texts in My library (the page's IndexedDB, database `duizhao`, store `documents`)
 * without the import page: the page must be on the site's origin.
 */
export async function seedLocalLibrary(page: Page, records: readonly LocalRecord[]) {
  await page.evaluate(async (records) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('duizhao', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('documents', { keyPath: 'id' });
      open.onsuccess = () => {
        const tx = open.result.transaction('documents', 'readwrite');
        for (const record of records) tx.objectStore('documents').put(record);
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
  }, records);
}

/** The interview repeated to 1,216 pairs (p1…p1216): a book-length text, windowed. */
export function bookYaml(): string {
  const file = 'content/documents/apus-li-tao-interview.yaml';
  const doc = parseDocumentFile(readFileSync(file, 'utf8'), file);
  const pairs = Array.from({ length: 32 }, () => doc.pairs)
    .flat()
    .map((pair, i) => ({ ...pair, id: `p${i + 1}` }));
  return serializeDocument({ ...doc, qa: undefined, pairs });
}
