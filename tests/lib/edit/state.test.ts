import { describe, expect, it } from 'vitest';
import type { ParallelDocument } from '@/lib/content/schema';
import { EditError } from '@/lib/edit/operations';
import { acknowledge, applyEdit, confirmedIds, setConfirmed } from '@/lib/edit/state';

const doc: ParallelDocument = {
  slug: 'd',
  title: { zh: '题', en: 'T' },
  byline: [],
  source: { name: { zh: '源', en: 'S' }, url: 'https://example.com' },
  date: '2023',
  speakers: {},
  pairs: ['p1', 'p2', 'p3'].map((id, i) => ({
    id,
    kind: 'paragraph' as const,
    notes: [],
    zh: `${i}一。${i}二。`,
    en: `One ${i}. Two ${i}.`,
    confirmed: true,
  })),
  furniture: [],
};

const ids = (d: ParallelDocument) => [...confirmedIds(d)];

describe('setConfirmed', () => {
  it('adds and removes a confirmation without touching the input', () => {
    const off = setConfirmed(doc, 'p2', false);
    expect(ids(off)).toEqual(['p1', 'p3']);
    expect(ids(setConfirmed(off, 'p2', true))).toEqual(['p1', 'p2', 'p3']);
    expect(ids(doc)).toHaveLength(3);
  });

  it('refuses an unknown pair', () => {
    expect(() => setConfirmed(doc, 'p9', true)).toThrow(EditError);
  });
});

describe('applyEdit', () => {
  it('unconfirms the pairs whose text changed and keeps the others', () => {
    const moved = applyEdit(doc, { kind: 'move', pairId: 'p2', side: 'en', direction: 'next' });
    expect(ids(moved)).toEqual(['p1']);
    const merged = applyEdit(doc, { kind: 'merge', pairId: 'p1' });
    expect(ids(merged)).toEqual(['p3']);
    const split = applyEdit(doc, { kind: 'split', pairId: 'p3', zhSentence: 1, enSentence: 1 });
    expect(split.pairs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p3-2']);
    expect(ids(split)).toEqual(['p1', 'p2']);
  });

  it('keeps a confirmation when an edit leaves the text as it was', () => {
    const same = applyEdit(doc, { kind: 'edit', pairId: 'p1', side: 'zh', text: '0一。0二。' });
    expect(ids(same)).toContain('p1');
  });

  it('acknowledges a flag with a reason, and withdraws it', () => {
    const flag = { pair: 'p2', kind: 'number-mismatch', text: '一两天' };
    const acked = applyEdit(doc, {
      kind: 'acknowledge',
      flag,
      reason: ' a range, not two numbers ',
    });
    expect(acked.qa?.acknowledged).toEqual([{ ...flag, reason: 'a range, not two numbers' }]);
    const again = applyEdit(acked, { kind: 'acknowledge', flag, reason: 'better reason' });
    expect(again.qa?.acknowledged).toHaveLength(1);
    expect(applyEdit(acked, { kind: 'unacknowledge', flag }).qa).toBeUndefined();
    expect(() => acknowledge(doc, flag, '  ')).toThrow(/why/);
  });

  it('carries an acknowledgement into a merged pair and drops none that still fit', () => {
    const acked = acknowledge(doc, { pair: 'p2', kind: 'length-ratio' }, 'a long note');
    const merged = applyEdit(acked, { kind: 'merge', pairId: 'p1' });
    expect(merged.qa?.acknowledged).toEqual([
      { pair: 'p1', kind: 'length-ratio', reason: 'a long note' },
    ]);
    const split = applyEdit(acked, { kind: 'split', pairId: 'p2', zhSentence: 1, enSentence: 1 });
    expect(split.qa?.acknowledged?.[0]?.pair).toBe('p2');
  });
});
