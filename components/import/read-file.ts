import type { ImportedUnit, ImportResult } from '@/lib/import/types';
import type { ReadMessage, ReadRequest } from './read.worker';

/** Files read in the worker (not as plain text on the page): Word and the bilingual formats. */
export const isBinaryFileName = (name: string) => /\.(docx|tmx|xlf|xliff|csv|tsv|tab)$/i.test(name);

/**
 * Reads a file in a worker of its own (lib/import/read-file.ts), so that a large one does not
 * hold up the page; the bytes are transferred, not copied. `wanted` names the language variants
 * to read from a file that holds several (TMX).
 */
export async function readInWorker(
  file: File,
  wanted?: { zh?: string; en?: string },
): Promise<ImportResult> {
  const bytes = await file.arrayBuffer();
  const worker = new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ImportResult>((resolve) => {
      worker.onmessage = (event: MessageEvent<ReadMessage>) => {
        const message = event.data;
        resolve(
          message.type === 'read'
            ? message.result
            : { kind: 'failed', problems: [{ file: file.name, message: message.message }] },
        );
      };
      worker.onerror = (event) =>
        resolve({ kind: 'failed', problems: [{ file: file.name, message: event.message }] });
      const request: ReadRequest = { name: file.name, bytes, wanted };
      worker.postMessage(request, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}

/**
 * The texts a file's units show in the two boxes: a unit a paragraph (a blank line between),
 * its segments run together.
 *
 * @example textsOfUnits([{ place: 'row 1', segments: [{ zh: '你好。', en: 'Hello.' }] }]) // { zh: '你好。', en: 'Hello.' }
 */
export function textsOfUnits(units: readonly ImportedUnit[]): { zh: string; en: string } {
  const side = (s: 'zh' | 'en') =>
    units.map((u) => u.segments.map((g) => g[s]).join(s === 'zh' ? '' : ' ')).join('\n\n');
  return { zh: side('zh'), en: side('en') };
}
