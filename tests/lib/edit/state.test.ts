import { describe, expect, it } from 'vitest';
import type { ParallelDocument } from '@/lib/content/schema';
import { EditError } from '@/lib/edit/operations';
import { applyEdit, type EditState, setConfirmed } from '@/lib/edit/state';

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
  })),
  furniture: [],
};

const state: EditState = { doc, confirmed: new Set(['p1', 'p2', 'p3']) };

describe('setConfirmed', () => {
  it('adds and removes a confirmation without touching the input', () => {
    const off = setConfirmed(state, 'p2', false);
    expect([...off.confirmed]).toEqual(['p1', 'p3']);
    expect([...setConfirmed(off, 'p2', true).confirmed].sort()).toEqual(['p1', 'p2', 'p3']);
    expect(state.confirmed.size).toBe(3);
  });

  it('refuses an unknown pair', () => {
    expect(() => setConfirmed(state, 'p9', true)).toThrow(EditError);
  });
});

describe('applyEdit', () => {
  it('unconfirms the pairs whose text changed and keeps the others', () => {
    const moved = applyEdit(state, { kind: 'move', pairId: 'p2', side: 'en', direction: 'next' });
    expect([...moved.confirmed]).toEqual(['p1']);
    const merged = applyEdit(state, { kind: 'merge', pairId: 'p1' });
    expect([...merged.confirmed]).toEqual(['p3']);
    const split = applyEdit(state, { kind: 'split', pairId: 'p3', zhSentence: 1, enSentence: 1 });
    expect(split.doc.pairs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p3-2']);
    expect([...split.confirmed]).toEqual(['p1', 'p2']);
  });

  it('keeps a confirmation when an edit leaves the text as it was', () => {
    const same = applyEdit(state, { kind: 'edit', pairId: 'p1', side: 'zh', text: '0一。0二。' });
    expect(same.confirmed.has('p1')).toBe(true);
  });
});
