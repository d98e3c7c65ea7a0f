/**
 * bench:import --open-only: a book-length own text put straight into the library, without
 * the import (its alignment takes minutes): the interview's pairs repeated to `mb` MB a side,
 * numbered p1…pN, written as `npm run align` writes a file, and stored as a record of the
 * shape an earlier version saved (the content file alone, no head: the reader must open it).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseDocumentFile } from '../../lib/content/parse';
import type { AlignedPair } from '../../lib/content/schema';
import { serializeDocument } from '../../lib/content/serialize';

/** The interview's pairs repeated until each side holds `mb` MB, as a content file. */
export function bookFile(mb: number): { yaml: string; pairs: number } {
  const file = 'content/documents/apus-li-tao-interview.yaml';
  const doc = parseDocumentFile(readFileSync(file, 'utf8'), file);
  const once: AlignedPair[] = doc.pairs;
  const bytes = Buffer.byteLength(once.map((p) => p.zh).join('\n\n'));
  const times = Math.max(1, Math.floor((mb * 2 ** 20) / (bytes + 2)));
  const pairs = Array.from({ length: times }, () => once)
    .flat()
    .map((pair, i) => ({ ...pair, id: `p${i + 1}` }));
  return { yaml: serializeDocument({ ...doc, slug: 'bench-book', pairs }), pairs: pairs.length };
}

/**
 * Stores `yaml` (fetched by the page from `url`, a route of its own origin: sent in the call,
 * megabytes would be parsed from the protocol's JSON) as library record `id`, as an earlier
 * version of the app wrote it.
 */
export async function storeRecord(page: Page, id: string, url: string): Promise<void> {
  await page.evaluate(
    async ([id, url]) => {
      const yaml = await (await fetch(url)).text();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('duizhao');
        open.onupgradeneeded = () => open.result.createObjectStore('documents', { keyPath: 'id' });
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('documents', 'readwrite');
        tx.objectStore('documents').put({
          id,
          title: { zh: '长文', en: 'A book' },
          savedAt: new Date().toISOString(),
          yaml,
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [id, url] as const,
  );
}
