import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openLocalDocument } from '@/components/local/open-local-document';
import { openAssembler, openPieces } from '@/components/local/open-result-pieces';

const file = 'content/documents/apus-li-tao-interview.yaml';
const yaml = readFileSync(file, 'utf8');

describe('openPieces', () => {
  it.each(['reader', 'review'] as const)(
    'cuts an opened document and its %s view into slices that put back make the same result',
    (view) => {
      const result = openLocalDocument({ yaml, file, view });
      const pieces = openPieces(result, 5);
      // A head, ceil(38 / 5) slices, an end; no slice longer than asked.
      expect(pieces).toHaveLength(1 + 8 + 1);
      for (const piece of pieces)
        if (piece.type === 'pairs') expect(piece.doc.pairs.length).toBeLessThanOrEqual(5);
      const join = openAssembler();
      const joined = pieces.map((p) => join.add(structuredClone(p)));
      expect(joined.slice(0, -1).every((r) => r === undefined)).toBe(true);
      expect(joined.at(-1)).toEqual(result);
    },
  );

  it('passes an invalid document on whole', () => {
    const result = openLocalDocument({ yaml: 'slug: [', file: 'x.yaml', view: 'reader' });
    expect(result.type).toBe('invalid');
    const pieces = openPieces(result);
    expect(pieces).toEqual([result]);
    expect(openAssembler().add(pieces[0] ?? { type: 'end' })).toEqual(result);
  });

  it('hands on a first screenful, and a record not in the library, as they come', () => {
    const result = openLocalDocument({ yaml, file, view: 'reader' });
    if (result.type !== 'ready') throw new Error('the interview is valid');
    const first = { ...result, total: 38 };
    const join = openAssembler();
    expect(join.add({ type: 'first', result: first })).toBe(first);
    const whole = openPieces(result).map((p) => join.add(p));
    expect(whole.at(-1)).toEqual(result);
    expect(openAssembler().add({ type: 'missing' })).toEqual({ type: 'missing' });
  });
});

describe('openPieces of a windowed text', () => {
  it('keeps the mark through the pieces', () => {
    const result = openLocalDocument({ yaml, file, view: 'none' });
    if (result.type !== 'ready') throw new Error(result.message);
    const join = openAssembler();
    const windowed = { type: 'ready' as const, doc: result.doc, windowed: true as const };
    expect(openPieces(windowed, 10).map(join.add).at(-1)).toEqual(windowed);
  });
});
