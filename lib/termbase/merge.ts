import type { TermbaseEntry, TermbaseEntryDraft } from './schema';

/**
 * Merging imported entries into the termbase by term: a term already there is updated (it keeps
 * its id, gains the new renderings after its own, and takes the new pinyin, definition and note
 * where the file has them), a new term is added. A file that lists one term twice (two
 * concepts, one Chinese term) gives one entry with the renderings of both.
 *
 * @example
 * mergeEntries([{ id: 'a', term: '算力', pinyin: '', en: ['compute'], definition: '', note: '' }],
 *   [{ term: '算力', pinyin: 'suànlì', en: ['computing power'], definition: '', note: '' }], () => 'b')
 * // { entries: [{ id: 'a', term: '算力', pinyin: 'suànlì', en: ['compute', 'computing power'], … }], added: 0, updated: 1 }
 */
export function mergeEntries(
  existing: readonly TermbaseEntry[],
  drafts: readonly TermbaseEntryDraft[],
  newId: () => string,
): { entries: TermbaseEntry[]; added: number; updated: number } {
  const byTerm = new Map(existing.map((entry) => [entry.term, entry]));
  const changed = new Map<string, TermbaseEntry>();
  let added = 0;
  for (const draft of drafts) {
    const before = changed.get(draft.term) ?? byTerm.get(draft.term);
    if (!before) added++;
    changed.set(draft.term, {
      id: before?.id ?? newId(),
      term: draft.term,
      pinyin: draft.pinyin || before?.pinyin || '',
      en: [...new Set([...(before?.en ?? []), ...draft.en])],
      definition: draft.definition || before?.definition || '',
      note: draft.note || before?.note || '',
    });
  }
  const entries = [...changed.values()];
  return { entries, added, updated: entries.length - added };
}

/**
 * A new entry id: random, so that entries made in two browsers never collide when a backup
 * of one is restored into the other.
 *
 * @example newEntryId() // 'tb-3f2a…'
 */
export function newEntryId(): string {
  return `tb-${crypto.randomUUID()}`;
}
