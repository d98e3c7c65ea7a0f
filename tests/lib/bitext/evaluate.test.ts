import { describe, expect, it } from 'vitest';
import { mergeInsideVerses, parseGold, scoreAlignment } from '@/lib/bitext/evaluate';

describe('parseGold', () => {
  it('reads beads, deletions and the verse mark', () => {
    expect(parseGold('[0]:[0]\n[1,2]:[1] *\n[3]:[]\n')).toEqual([
      { zh: [0], en: [0], merge: false },
      { zh: [1, 2], en: [1], merge: true },
      { zh: [3], en: [], merge: false },
    ]);
    expect(() => parseGold('[0]:[0]\n0:0')).toThrow(/gold line 2/);
  });
});

describe('scoreAlignment', () => {
  const gold = parseGold('[0]:[0]\n[1,2]:[1] *\n[3]:[]\n[4]:[2,3]');
  const predicted = [
    { zh: [0], en: [0] },
    { zh: [1], en: [1] },
    { zh: [2], en: [] },
    { zh: [3], en: [] },
    { zh: [4], en: [2] },
    { zh: [], en: [3] },
  ];

  it('merges predicted beads lying wholly inside a verse-level gold bead', () => {
    expect(mergeInsideVerses(predicted, gold).slice(0, 2)).toEqual([
      { zh: [0], en: [0] },
      { zh: [1, 2], en: [1] },
    ]);
  });

  it('scores as Vecalign does: deletions count in precision, not in recall', () => {
    const { strict, lax } = scoreAlignment(predicted, gold);
    // Precision: 3 of 5 beads exact ([0]:[0], the merged verse, [3]:[]); lax also [4]:[2].
    expect(strict.precision).toBeCloseTo(3 / 5);
    expect(lax.precision).toBeCloseTo(4 / 5);
    // Recall over gold beads with both sides: [0]:[0] and the verse found, [4]:[2,3] not.
    expect(strict.recall).toBeCloseTo(2 / 3);
    expect(lax.recall).toBeCloseTo(1);
    expect(strict.f1).toBeCloseTo((2 * 0.6 * (2 / 3)) / (0.6 + 2 / 3));
  });

  it('gives a perfect score to the gold itself and zero to nothing', () => {
    expect(scoreAlignment(gold, gold).strict.f1).toBe(1);
    expect(scoreAlignment([], gold).strict.f1).toBe(0);
  });
});
