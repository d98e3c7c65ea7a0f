import { parseDocumentFile } from '@/lib/content/parse';
import { updateDocumentText } from '@/lib/content/update-text';
import { draftOf, historyFromDraft } from '@/lib/edit/draft';
import { type History, restoreHistory, storedStepsSchema } from '@/lib/edit/history';
import { getLocalDocument, saveLocalEdits } from '@/lib/local-library/store';
import type { HistoryStore } from './use-document-history';

/**
 * A bundled document's draft, in localStorage under `duizhao:edit:<slug>`: written
 * synchronously before an edit is shown, restored only onto the version it was made on
 * (`base`), removed once nothing is left to undo or redo.
 */
export function draftStore(
  slug: string,
  base: string,
): HistoryStore & { savedAt(): string | null } {
  const key = `duizhao:edit:${slug}`;
  let savedAt: string | null = null;
  return {
    async load() {
      const raw = localStorage.getItem(key);
      if (raw === null) return undefined;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return undefined;
      }
      const found = historyFromDraft(parsed, base);
      savedAt = found?.savedAt ?? null;
      return found?.history;
    },
    async save(history: History) {
      const draft = draftOf(history, base, new Date());
      if (draft) localStorage.setItem(key, JSON.stringify(draft));
      else localStorage.removeItem(key);
    },
    savedAt: () => savedAt,
  };
}

/**
 * An own text's edits, in IndexedDB with the document: the record's content file is rewritten
 * (only the changed lines, `updateDocumentText`) together with the undo history, in one
 * transaction, before the edit is shown.
 */
export function localLibraryStore(id: string, original: string): HistoryStore {
  let text = original;
  return {
    async load() {
      const found = await getLocalDocument(id);
      if (found.kind !== 'found') return undefined;
      const { record } = found;
      text = record.yaml;
      const steps = storedStepsSchema.safeParse(record.edits);
      if (!steps.success) return undefined;
      const doc = parseDocumentFile(record.yaml, `${id}.yaml`);
      return restoreHistory(doc, steps.data);
    },
    async save(history: History) {
      const next = updateDocumentText(text, history.present);
      await saveLocalEdits(id, next, { past: history.past, future: history.future });
      text = next;
    },
  };
}
