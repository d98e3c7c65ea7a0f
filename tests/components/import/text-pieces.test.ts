import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textPieces } from '@/components/import/text-pieces';

describe('textPieces (a text sent to the align worker a piece per task)', () => {
  it('gives pieces of at most the size whose concatenation is the text, surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 7 }), (text, size) => {
        const pieces = [...textPieces(text, size)];
        expect(pieces.join('')).toBe(text);
        expect(pieces.every((p) => p.length <= size)).toBe(true);
        expect(pieces.length).toBe(Math.max(1, Math.ceil(text.length / size)));
      }),
    );
  });

  it('sends an empty side as one empty piece', () => {
    expect([...textPieces('')]).toEqual(['']);
  });
});
