/// <reference lib="webworker" />
import { readImportFile } from '@/lib/import/read-file';
import type { ImportResult } from '@/lib/import/types';

/** A file to read: its name, its bytes (transferred), and the language variants wanted. */
export interface ReadRequest {
  name: string;
  bytes: ArrayBuffer;
  wanted?: { zh?: string; en?: string };
}

export type ReadMessage =
  | { type: 'read'; result: ImportResult }
  | { type: 'error'; message: string };

/**
 * Reads a dropped or opened file off the main thread (a 15 MB TMX or Word file takes seconds to
 * parse): TMX, XLIFF, CSV/TSV, Word, plain text (lib/import/read-file.ts).
 */
self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { name, bytes, wanted } = event.data;
  try {
    const result = await readImportFile(name, bytes, wanted);
    self.postMessage({ type: 'read', result } satisfies ReadMessage);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    self.postMessage({ type: 'error', message } satisfies ReadMessage);
  }
};
