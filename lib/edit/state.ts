import type { ParallelDocument, QaAcknowledgement, QaFlagRef } from '../content/schema';
import {
  EditError,
  editSegment,
  mergePairs,
  moveSentence,
  type Side,
  splitPair,
} from './operations';

/**
 * Edits as plain data, applied to a document. The document carries all a reviewer decides:
 * the text and its pairs, `confirmed` on the pairs checked, and `qa.acknowledged` for flags
 * set aside; so a document is the whole editing state, and an undo history is a list of
 * differences between documents (lib/edit/history.ts).
 */

/** What identifies one QA flag for an acknowledgement (see lib/qa/acknowledge.ts). */
export type FlagRef = QaFlagRef;

/** One edit, as plain data, so that it can be named, stored and replayed. */
export type Edit =
  | { kind: 'merge'; pairId: string }
  | { kind: 'split'; pairId: string; zhSentence: number; enSentence: number }
  | {
      kind: 'move';
      pairId: string;
      side: Side;
      direction: 'previous' | 'next';
      /** How many sentences move (those between the boundary and the dragged one); default 1. */
      count?: number;
    }
  | { kind: 'edit'; pairId: string; side: Side; text: string }
  | { kind: 'confirm'; pairId: string; confirmed: boolean }
  | { kind: 'acknowledge'; flag: FlagRef; reason: string }
  | { kind: 'unacknowledge'; flag: FlagRef };

/**
 * Marks a pair confirmed or not.
 *
 * @example setConfirmed(doc, 'p3', true).pairs[2].confirmed // true
 * @throws {EditError} when the pair is unknown
 */
export function setConfirmed(
  doc: ParallelDocument,
  pairId: string,
  confirmed: boolean,
): ParallelDocument {
  if (!doc.pairs.some((p) => p.id === pairId)) throw new EditError(`there is no pair "${pairId}"`);
  return {
    ...doc,
    pairs: doc.pairs.map((pair) => {
      if (pair.id !== pairId) return pair;
      const { confirmed: _old, ...rest } = pair;
      return confirmed ? { ...rest, confirmed: true } : rest;
    }),
  };
}

/** The ids of the pairs a document marks confirmed. */
export function confirmedIds(doc: ParallelDocument): Set<string> {
  return new Set(doc.pairs.filter((p) => p.confirmed === true).map((p) => p.id));
}

const sameFlag = (a: FlagRef, b: FlagRef) =>
  a.pair === b.pair && a.kind === b.kind && a.text === b.text;

function withAcknowledged(
  doc: ParallelDocument,
  acknowledged: QaAcknowledgement[],
): ParallelDocument {
  const { qa: _old, ...rest } = doc;
  return acknowledged.length > 0 ? { ...rest, qa: { acknowledged } } : rest;
}

/**
 * Sets a flag aside as "not an error" with the reviewer's reason (replacing an earlier reason
 * for the same flag).
 *
 * @example acknowledge(doc, { pair: 'p4', kind: 'number-mismatch', text: '一两天' }, 'a range').qa
 * // { acknowledged: [{ pair: 'p4', kind: 'number-mismatch', text: '一两天', reason: 'a range' }] }
 * @throws {EditError} when the pair is unknown or the reason is blank
 */
export function acknowledge(
  doc: ParallelDocument,
  flag: FlagRef,
  reason: string,
): ParallelDocument {
  if (!doc.pairs.some((p) => p.id === flag.pair))
    throw new EditError(`there is no pair "${flag.pair}"`);
  if (reason.trim() === '') throw new EditError('say why the flag is not an error');
  const others = (doc.qa?.acknowledged ?? []).filter((a) => !sameFlag(a, flag));
  const entry: QaAcknowledgement = {
    pair: flag.pair,
    kind: flag.kind,
    ...(flag.text !== undefined && { text: flag.text }),
    reason: reason.trim(),
  };
  return withAcknowledged(doc, [...others, entry]);
}

/** Withdraws an acknowledgement: the flag counts again. */
export function unacknowledge(doc: ParallelDocument, flag: FlagRef): ParallelDocument {
  return withAcknowledged(
    doc,
    (doc.qa?.acknowledged ?? []).filter((a) => !sameFlag(a, flag)),
  );
}

/** Pairs whose text an edit changed (or that it created): their confirmation no longer holds. */
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

function run(doc: ParallelDocument, edit: Edit): ParallelDocument {
  switch (edit.kind) {
    case 'merge':
      return mergePairs(doc, edit.pairId);
    case 'split':
      return splitPair(doc, edit.pairId, edit.zhSentence, edit.enSentence);
    case 'move':
      return moveSentence(doc, edit.pairId, edit.side, edit.direction, edit.count ?? 1);
    case 'edit':
      return editSegment(doc, edit.pairId, edit.side, edit.text);
    case 'confirm':
      return setConfirmed(doc, edit.pairId, edit.confirmed);
    case 'acknowledge':
      return acknowledge(doc, edit.flag, edit.reason);
    case 'unacknowledge':
      return unacknowledge(doc, edit.flag);
  }
}

/** For a merge: the pair that disappears into `pairId`. */
function absorbedBy(edit: Edit, before: ParallelDocument) {
  if (edit.kind !== 'merge') return undefined;
  const index = before.pairs.findIndex((p) => p.id === edit.pairId);
  const from = before.pairs[index + 1]?.id;
  return from === undefined ? undefined : { from, to: edit.pairId };
}

/**
 * Acknowledgements follow their pair through a merge (a merged pair's flags are the merged
 * pair's now) and are dropped with a pair that no longer exists, so the file stays valid.
 */
function carryAcknowledgements(
  edit: Edit,
  before: ParallelDocument,
  after: ParallelDocument,
): ParallelDocument {
  const acks = after.qa?.acknowledged ?? [];
  if (acks.length === 0) return after;
  const rename = absorbedBy(edit, before);
  const ids = new Set(after.pairs.map((p) => p.id));
  const kept = acks
    .map((a) => (rename && a.pair === rename.from ? { ...a, pair: rename.to } : a))
    .filter((a) => ids.has(a.pair));
  return rename || kept.length !== acks.length ? withAcknowledged(after, kept) : after;
}

/**
 * Applies one edit. A pair whose text changes (or that a split or merge creates) loses its
 * confirmation: the reviewer confirmed the text as it was.
 *
 * @example applyEdit(doc, { kind: 'merge', pairId: 'p3' })
 * @throws {EditError} when the edit cannot be made
 */
export function applyEdit(doc: ParallelDocument, edit: Edit): ParallelDocument {
  const next = carryAcknowledgements(edit, doc, run(doc, edit));
  if (edit.kind === 'confirm' || edit.kind === 'acknowledge' || edit.kind === 'unacknowledge')
    return next;
  const changed = touched(doc, next);
  if (changed.size === 0) return next;
  return {
    ...next,
    pairs: next.pairs.map((pair) => {
      if (!changed.has(pair.id) || pair.confirmed !== true) return pair;
      const { confirmed: _withdrawn, ...rest } = pair;
      return rest;
    }),
  };
}
