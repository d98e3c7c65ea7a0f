import type { ParallelDocument } from '../content/schema';
import {
  EditError,
  editSegment,
  mergePairs,
  moveSentence,
  type Side,
  splitPair,
} from './operations';

/**
 * A document under review with the pairs a reviewer has confirmed. While editing,
 * confirmations live beside the document (an edit to a pair's text withdraws its
 * confirmation, see `applyEdit`); `withConfirmations` writes them into the pairs'
 * `confirmed` field for the content file and the TMX export.
 */
export interface EditState {
  doc: ParallelDocument;
  /** Ids of confirmed pairs. */
  confirmed: ReadonlySet<string>;
}

/** One edit, as plain data, so an undo history can be stored (e.g. in localStorage) and replayed. */
export type Edit =
  | { kind: 'merge'; pairId: string }
  | { kind: 'split'; pairId: string; zhSentence: number; enSentence: number }
  | { kind: 'move'; pairId: string; side: Side; direction: 'previous' | 'next' }
  | { kind: 'edit'; pairId: string; side: Side; text: string }
  | { kind: 'confirm'; pairId: string; confirmed: boolean };

/**
 * Marks a pair confirmed or not.
 *
 * @example setConfirmed({ doc, confirmed: new Set() }, 'p3', true).confirmed.has('p3') // true
 * @throws {EditError} when the pair is unknown
 */
export function setConfirmed(state: EditState, pairId: string, confirmed: boolean): EditState {
  if (!state.doc.pairs.some((p) => p.id === pairId))
    throw new EditError(`there is no pair "${pairId}"`);
  const next = new Set(state.confirmed);
  if (confirmed) next.add(pairId);
  else next.delete(pairId);
  return { doc: state.doc, confirmed: next };
}

/**
 * The document with `confirmed: true` on exactly the pairs in `confirmed`.
 *
 * @example withConfirmations(doc, new Set(['p1'])).pairs[0].confirmed // true
 */
export function withConfirmations(
  doc: ParallelDocument,
  confirmed: ReadonlySet<string>,
): ParallelDocument {
  return {
    ...doc,
    pairs: doc.pairs.map(({ confirmed: _old, ...pair }) =>
      confirmed.has(pair.id) ? { ...pair, confirmed: true } : pair,
    ),
  };
}

/** The ids of the pairs a document marks confirmed. */
export function confirmedIds(doc: ParallelDocument): Set<string> {
  return new Set(doc.pairs.filter((p) => p.confirmed === true).map((p) => p.id));
}

/** Pairs whose text an edit changes: their confirmation no longer holds. */
function touched(before: ParallelDocument, after: ParallelDocument): Set<string> {
  const old = new Map(before.pairs.map((p) => [p.id, p]));
  return new Set(
    after.pairs
      .filter((p) => {
        const previous = old.get(p.id);
        return !previous || previous.zh !== p.zh || previous.en !== p.en;
      })
      .map((p) => p.id),
  );
}

function run(doc: ParallelDocument, edit: Exclude<Edit, { kind: 'confirm' }>): ParallelDocument {
  switch (edit.kind) {
    case 'merge':
      return mergePairs(doc, edit.pairId);
    case 'split':
      return splitPair(doc, edit.pairId, edit.zhSentence, edit.enSentence);
    case 'move':
      return moveSentence(doc, edit.pairId, edit.side, edit.direction);
    case 'edit':
      return editSegment(doc, edit.pairId, edit.side, edit.text);
  }
}

/**
 * Applies one edit. A pair whose text changes (or that disappears in a merge) loses its
 * confirmation: the reviewer confirmed the text as it was.
 *
 * @example applyEdit(state, { kind: 'merge', pairId: 'p3' })
 * @throws {EditError} when the edit cannot be made
 */
export function applyEdit(state: EditState, edit: Edit): EditState {
  if (edit.kind === 'confirm') return setConfirmed(state, edit.pairId, edit.confirmed);
  const doc = run(state.doc, edit);
  const changed = touched(state.doc, doc);
  const ids = new Set(doc.pairs.map((p) => p.id));
  const confirmed = new Set([...state.confirmed].filter((id) => ids.has(id) && !changed.has(id)));
  return { doc, confirmed };
}
