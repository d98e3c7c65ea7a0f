import { describe, expect, it } from 'vitest';
import { alignSegments } from '@/lib/bitext/align-segments';
import { corridorAround, decodeLattice, fullCorridor, monotone } from '@/lib/bitext/lattice';
import { SENTENCE_SHAPES } from '@/lib/bitext/shapes';
import { PAIRS, tinyLexicon } from './fixtures';

const diagonal = (z0: number, z1: number, e0: number, e1: number) =>
  z1 - z0 === 1 && e1 - e0 === 1 && z0 === e0 ? 0 : -5;

describe('decodeLattice', () => {
  it('finds the best path and its posteriors on the whole matrix', () => {
    const { beads, shapeCounts } = decodeLattice(
      3,
      3,
      fullCorridor(3, 3),
      SENTENCE_SHAPES,
      diagonal,
    );
    expect(beads.map((b) => `${b.zhStart}:${b.enStart}`)).toEqual(['0:0', '1:1', '2:2']);
    expect(beads.every((b) => b.posterior > 0.9 && b.posterior <= 1)).toBe(true);
    expect(shapeCounts.reduce((a, b) => a + b, 0)).toBeGreaterThan(2.9);
  });

  it('stays inside a corridor, which is made usable whatever it was', () => {
    const corridor = monotone(
      { lo: Int32Array.from([0, 5, 0]), hi: Int32Array.from([1, 0, 2]) },
      2,
    );
    for (let i = 0; i < 2; i++) {
      expect(corridor.lo[i + 1] ?? 0).toBeLessThanOrEqual(corridor.hi[i] ?? 0);
      expect(corridor.lo[i] ?? 0).toBeLessThanOrEqual(corridor.lo[i + 1] ?? 0);
    }
    expect(decodeLattice(2, 2, corridor, SENTENCE_SHAPES, diagonal).beads.length).toBeGreaterThan(
      0,
    );
  });

  it('widens a coarse path into a corridor around it', () => {
    const corridor = corridorAround(
      [{ zhStart: 0, zhEnd: 1, enStart: 0, enEnd: 1, posterior: 1 }],
      [0, 4],
      [0, 4],
      1,
    );
    expect([...corridor.lo]).toEqual([0, 0, 0, 0, 0]);
    expect([...corridor.hi]).toEqual([4, 4, 4, 4, 4]);
  });
});

describe('coarse-to-fine search', () => {
  it('visits cells in proportion to the text, not its square (1,200 × 1,200 sentences)', () => {
    const zh = Array.from({ length: 1200 }, (_, i) => PAIRS[i % PAIRS.length]?.[0] ?? '');
    const en = Array.from({ length: 1200 }, (_, i) => PAIRS[i % PAIRS.length]?.[1] ?? '');
    const { links, cells } = alignSegments(zh, en, { lexicon: tinyLexicon });
    expect(cells).toBeLessThan(1200 * 40);
    const exact = links.filter(
      (l) => l.zh.length === 1 && l.en.length === 1 && l.zh[0] === l.en[0],
    );
    expect(exact.length).toBeGreaterThan(1150);
  });
});
