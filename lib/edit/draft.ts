import { z } from 'zod';
import { documentSchema } from '../content/schema';
import { type History, restoreHistory, storedStepsSchema } from './history';

/**
 * A draft: the edits made in a browser to a bundled document, kept until they are downloaded
 * or saved. It records the version of the document it was made on (`base`), so that it is
 * only restored onto that version.
 */
export const draftSchema = z.strictObject({
  base: z.string(),
  savedAt: z.string(),
  present: documentSchema,
  steps: storedStepsSchema,
});
export type Draft = z.infer<typeof draftSchema>;

/**
 * The draft to store for a history; undefined when there is nothing to keep (no step to undo
 * or redo: the document is the server's).
 *
 * @example draftOf(history, 'v1', new Date()) // { base: 'v1', savedAt: '…', present, steps: { past, future } }
 */
export function draftOf(history: History, base: string, now: Date): Draft | undefined {
  if (history.past.length === 0 && history.future.length === 0) return undefined;
  return {
    base,
    savedAt: now.toISOString(),
    present: history.present,
    steps: { past: history.past, future: history.future },
  };
}

/**
 * The history a stored draft holds, if it is valid and was made on `base`.
 *
 * @example historyFromDraft(JSON.parse(localStorage.getItem(key) ?? 'null'), 'v1')
 */
export function historyFromDraft(
  raw: unknown,
  base: string,
): { history: History; savedAt: string } | undefined {
  const parsed = draftSchema.safeParse(raw);
  if (!parsed.success || parsed.data.base !== base) return undefined;
  const history = restoreHistory(parsed.data.present, parsed.data.steps);
  return { history, savedAt: parsed.data.savedAt };
}
