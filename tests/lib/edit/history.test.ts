import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/align/split-sentences';
import {
  applyStep,
  diffDocuments,
  type History,
  historyReducer,
  restoreHistory,
  startHistory,
  storedStepsSchema,
} from '@/lib/edit/history';
import { EditError } from '@/lib/edit/operations';
import { applyEdit, type Edit } from '@/lib/edit/state';
import { documentArbitrary } from './arbitraries';

/** Property tests run many cases: far from the default 5 s on a busy machine. */
const PROPERTY = { timeout: 60_000 };

const docs = documentArbitrary(splitSentences);

/** Edits of every kind, aimed at a pair by index (some will be refused, as in the editor). */
const editAt = (ids: readonly string[]) =>
  fc.oneof(
    fc.record({ kind: fc.constant('merge' as const), pairId: fc.constantFrom(...ids) }),
    fc.record({
      kind: fc.constant('move' as const),
      pairId: fc.constantFrom(...ids),
      side: fc.constantFrom('zh' as const, 'en' as const),
      direction: fc.constantFrom('previous' as const, 'next' as const),
    }),
    fc.record({
      kind: fc.constant('split' as const),
      pairId: fc.constantFrom(...ids),
      zhSentence: fc.integer({ min: 1, max: 3 }),
      enSentence: fc.integer({ min: 1, max: 3 }),
    }),
    fc.record({
      kind: fc.constant('confirm' as const),
      pairId: fc.constantFrom(...ids),
      confirmed: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('acknowledge' as const),
      flag: fc.record({ pair: fc.constantFrom(...ids), kind: fc.constant('length-ratio') }),
      reason: fc.constant('checked'),
    }),
  );

/** Applies edits through the reducer, skipping those the operations refuse. */
function edited(history: History, edits: readonly Edit[]): History {
  let h = history;
  for (const edit of edits) {
    try {
      h = historyReducer(h, { type: 'apply', next: applyEdit(h.present, edit) });
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
    }
  }
  return h;
}

const scenario = docs.chain((doc) =>
  fc.tuple(
    fc.constant(doc),
    fc.array(editAt(doc.pairs.map((p) => p.id)), { minLength: 1, maxLength: 8 }),
  ),
);

describe('historyReducer', () => {
  it('undoes every step back to the start, and redoes them to the end (property)', PROPERTY, () => {
    fc.assert(
      fc.property(scenario, ([doc, edits]) => {
        const done = edited(startHistory(doc), edits);
        const states = [done.present];
        let h = done;
        for (let i = 0; i < done.past.length; i++) {
          h = historyReducer(h, { type: 'undo' });
          states.unshift(h.present);
        }
        expect(h.present).toEqual(doc);
        expect(h.past).toEqual([]);
        expect(historyReducer(h, { type: 'undo' })).toBe(h);
        for (let i = 0; i < done.past.length; i++) h = historyReducer(h, { type: 'redo' });
        expect(h.present).toEqual(done.present);
        expect(h.future).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('forgets what was undone when a new edit is made', () => {
    const doc = fc.sample(
      docs.filter((d) => d.pairs.length > 1),
      { seed: 1, numRuns: 1 },
    )[0];
    if (!doc) throw new Error('no sample');
    let h = edited(startHistory(doc), [{ kind: 'confirm', pairId: 'p1', confirmed: true }]);
    h = historyReducer(h, { type: 'undo' });
    expect(h.future).toHaveLength(1);
    h = edited(h, [{ kind: 'confirm', pairId: 'p2', confirmed: true }]);
    expect(h.future).toEqual([]);
    expect(h.past).toHaveLength(1);
  });

  it('records nothing for an edit that changes nothing', () => {
    const doc = fc.sample(docs, { seed: 2, numRuns: 1 })[0];
    if (!doc) throw new Error('no sample');
    const h = startHistory(doc);
    expect(historyReducer(h, { type: 'apply', next: structuredClone(doc) })).toBe(h);
  });
});

describe('diffDocuments', () => {
  it('keeps only the pairs an edit touched', () => {
    const doc = fc.sample(
      docs.filter((d) => d.pairs.length >= 4),
      { seed: 3, numRuns: 1 },
    )[0];
    if (!doc) throw new Error('no sample');
    const after = applyEdit(doc, { kind: 'confirm', pairId: 'p3', confirmed: true });
    const step = diffDocuments(doc, after);
    expect(step.pairs.at).toBe(2);
    expect(step.pairs.removed.map((p) => p.id)).toEqual(['p3']);
    expect(step.fields).toBeUndefined();
    expect(applyStep(doc, step, 'forward')).toEqual(after);
    expect(applyStep(after, step, 'back')).toEqual(doc);
    // A step does not fit a document that lacks what it replaced.
    expect(applyStep(doc, step, 'back')).toBeUndefined();
  });
});

describe('restoreHistory', () => {
  it('restores stored steps that fit and drops those that do not (property)', PROPERTY, () => {
    fc.assert(
      fc.property(scenario, ([doc, edits]) => {
        const done = historyReducer(edited(startHistory(doc), edits), { type: 'undo' });
        const stored = storedStepsSchema.parse(
          JSON.parse(JSON.stringify({ past: done.past, future: done.future })),
        );
        expect(restoreHistory(done.present, stored)).toEqual(done);
        // The same steps on the document they did not come from keep nothing that misfits.
        const other = restoreHistory(doc, stored);
        let h = other;
        for (let i = 0; i < other.past.length; i++) h = historyReducer(h, { type: 'undo' });
        expect(h.past).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
