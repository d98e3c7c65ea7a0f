import type { ParallelDocument } from '@/lib/content/schema';
import type { History } from '@/lib/edit/history';
import type { HistoryStore } from '../edit/use-document-history';

/**
 * The import preview's history, in memory: the fixes made before saving (and their undo steps)
 * live as long as the aligned result does, so the preview can be closed and opened again, and
 * "Save to my library" saves the document as it is now (`present`).
 *
 * @example const store = previewStore(); await store.save(history); store.present() // history.present
 */
export function previewStore(): HistoryStore & { present(): ParallelDocument | undefined } {
  let latest: History | undefined;
  return {
    async load() {
      return latest;
    },
    async save(history: History) {
      latest = history;
    },
    present: () => latest?.present,
  };
}
