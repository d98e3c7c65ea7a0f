import { z } from 'zod';
import { canonicalJson as canonical } from '../content/canonical-json';
import {
  type AlignedPair,
  alignedPairSchema,
  documentSchema,
  type ParallelDocument,
} from '../content/schema';

/**
 * Undo and redo over documents, as a pure reducer. The history keeps the present document and,
 * for each step, only what it changed: the run of pairs it replaced (an edit touches one to
 * three neighbouring pairs) and, when it changed them, the document's other fields (the QA
 * acknowledgements). A step is a few hundred bytes where a copy of the document is tens of
 * kilobytes, so a long history fits in localStorage or beside the document in IndexedDB.
 */

/** The run of pairs a step replaced: at `at`, `removed` became `inserted`. */
export interface PairsPatch {
  at: number;
  removed: AlignedPair[];
  inserted: AlignedPair[];
}

/** Everything but the pairs, before and after a step (present only when it changed). */
type Fields = Omit<ParallelDocument, 'pairs'>;

export interface Step {
  pairs: PairsPatch;
  fields?: { before: Fields; after: Fields };
}

export interface History {
  present: ParallelDocument;
  /** Steps that led to the present, oldest first. */
  past: Step[];
  /** Steps undone, the next to redo first. */
  future: Step[];
}

export type HistoryAction =
  | { type: 'apply'; next: ParallelDocument }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; to: History };

/** Undo steps kept; the oldest are dropped first. */
export const HISTORY_LIMIT = 200;

/**
 * A fresh history at `doc`.
 *
 * @example startHistory(doc) // { present: doc, past: [], future: [] }
 */
export const startHistory = (doc: ParallelDocument): History => ({
  present: doc,
  past: [],
  future: [],
});

const samePair = (a: AlignedPair | undefined, b: AlignedPair | undefined) =>
  a === b || (a !== undefined && b !== undefined && canonical(a) === canonical(b));

function fieldsOf(doc: ParallelDocument): Fields {
  const { pairs: _pairs, ...fields } = doc;
  return fields;
}

/**
 * The step from `before` to `after`: the shortest run of pairs that differs (common pairs at
 * both ends are left out), and the other fields when they differ.
 *
 * @example diffDocuments(doc, mergePairs(doc, 'p3')).pairs // { at: 2, removed: [p3, p4], inserted: [p3 + p4] }
 */
export function diffDocuments(before: ParallelDocument, after: ParallelDocument): Step {
  const a = before.pairs;
  const b = after.pairs;
  let start = 0;
  while (start < a.length && start < b.length && samePair(a[start], b[start])) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && samePair(a[endA - 1], b[endB - 1])) {
    endA--;
    endB--;
  }
  const step: Step = {
    pairs: { at: start, removed: a.slice(start, endA), inserted: b.slice(start, endB) },
  };
  const fieldsBefore = fieldsOf(before);
  const fieldsAfter = fieldsOf(after);
  if (canonical(fieldsBefore) !== canonical(fieldsAfter))
    step.fields = { before: fieldsBefore, after: fieldsAfter };
  return step;
}

/** Whether a step changes nothing. */
const isEmpty = (step: Step) =>
  step.pairs.removed.length === 0 && step.pairs.inserted.length === 0 && !step.fields;

/**
 * Applies a step forwards (`redo`) or backwards (`undo`). Returns undefined when the document
 * does not hold what the step expects there (a history stored for another version).
 *
 * @example applyStep(doc, diffDocuments(doc, edited), 'forward') // equals edited
 */
export function applyStep(
  doc: ParallelDocument,
  step: Step,
  direction: 'forward' | 'back',
): ParallelDocument | undefined {
  const { at, removed, inserted } = step.pairs;
  const [expected, replacement] =
    direction === 'forward' ? [removed, inserted] : [inserted, removed];
  if (at + expected.length > doc.pairs.length) return undefined;
  if (!expected.every((pair, i) => samePair(pair, doc.pairs[at + i]))) return undefined;
  const fields = step.fields
    ? direction === 'forward'
      ? step.fields.after
      : step.fields.before
    : fieldsOf(doc);
  return { ...fields, pairs: doc.pairs.toSpliced(at, expected.length, ...replacement) };
}

/**
 * The history reducer: `apply` records the step to a new document and clears what was undone;
 * `undo` and `redo` move one step; `reset` replaces the history. Pure: the same history and
 * action always give the same result, and the input is never changed. An action that cannot
 * do anything (nothing to undo, an edit that changes nothing) returns the history itself.
 *
 * @example historyReducer(startHistory(doc), { type: 'undo' }) // the same history
 */
export function historyReducer(history: History, action: HistoryAction): History {
  switch (action.type) {
    case 'apply': {
      const step = diffDocuments(history.present, action.next);
      if (isEmpty(step)) return history;
      return {
        present: action.next,
        past: [...history.past, step].slice(-HISTORY_LIMIT),
        future: [],
      };
    }
    case 'undo': {
      const step = history.past.at(-1);
      const previous = step && applyStep(history.present, step, 'back');
      if (!step || !previous) return history;
      return {
        present: previous,
        past: history.past.slice(0, -1),
        future: [step, ...history.future],
      };
    }
    case 'redo': {
      const [step, ...rest] = history.future;
      const next = step && applyStep(history.present, step, 'forward');
      if (!step || !next) return history;
      return { present: next, past: [...history.past, step], future: rest };
    }
    case 'reset':
      return action.to;
  }
}

const fieldsSchema = documentSchema.omit({ pairs: true });
const stepSchema = z.strictObject({
  pairs: z.strictObject({
    at: z.number().int().nonnegative(),
    removed: z.array(alignedPairSchema),
    inserted: z.array(alignedPairSchema),
  }),
  fields: z.strictObject({ before: fieldsSchema, after: fieldsSchema }).optional(),
});

/** The undo and redo steps as stored beside a document (the present is the document itself). */
export const storedStepsSchema = z.strictObject({
  past: z.array(stepSchema).max(HISTORY_LIMIT),
  future: z.array(stepSchema).max(HISTORY_LIMIT),
});
export type StoredSteps = z.infer<typeof storedStepsSchema>;

/**
 * Rebuilds a history from a document and its stored steps, checking that every step fits:
 * the steps are replayed back to the oldest state and forward again. Steps that do not fit
 * the document (stored for another version) are dropped, oldest undo first.
 *
 * @example restoreHistory(doc, { past: [], future: [] }) // startHistory(doc)
 */
export function restoreHistory(doc: ParallelDocument, steps: StoredSteps): History {
  // Walk back from the present: keep the longest run of past steps that undo cleanly.
  let state: ParallelDocument | undefined = doc;
  let keptPast = 0;
  for (let i = steps.past.length - 1; i >= 0; i--) {
    const step = steps.past[i];
    state = step && state ? applyStep(state, step, 'back') : undefined;
    if (!state) break;
    keptPast++;
  }
  state = doc;
  let keptFuture = 0;
  for (const step of steps.future) {
    state = state ? applyStep(state, step, 'forward') : undefined;
    if (!state) break;
    keptFuture++;
  }
  return {
    present: doc,
    past: steps.past.slice(steps.past.length - keptPast),
    future: steps.future.slice(0, keptFuture),
  };
}
