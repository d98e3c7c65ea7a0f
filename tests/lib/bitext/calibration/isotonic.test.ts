import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyIsotonic, fitIsotonic } from '@/lib/bitext/calibration/isotonic';

describe('fitIsotonic', () => {
  it('pools adjacent violators into steps at their mean', () => {
    expect(fitIsotonic([0.2, 0.4, 0.6, 0.8], [false, true, false, true])).toEqual({
      x: [0.2, 0.5, 0.8],
      y: [0, 0.5, 1],
    });
  });

  it('pools a step smaller than minStep into the nearer neighbour', () => {
    const scores = [0.1, 0.2, 0.3, 0.5, 0.9, 0.95];
    const outcomes = [false, false, false, true, true, true];
    expect(fitIsotonic(scores, outcomes).y).toEqual([0, 1]);
    const pooled = fitIsotonic(scores, outcomes, { minStep: 4 });
    expect(pooled.y).toEqual([0.5]);
    expect(pooled.x[0]).toBeCloseTo((0.1 + 0.2 + 0.3 + 0.5 + 0.9 + 0.95) / 6);
  });

  it('gives non-decreasing steps, each at least minStep large unless it is the only one (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()), {
          minLength: 1,
          maxLength: 200,
        }),
        fc.integer({ min: 1, max: 50 }),
        (observations, minStep) => {
          const scores = observations.map(([s]) => s);
          const outcomes = observations.map(([, o]) => o);
          const map = fitIsotonic(scores, outcomes, { minStep });
          for (let k = 1; k < map.y.length; k++) {
            expect(map.y[k]).toBeGreaterThanOrEqual(map.y[k - 1] ?? 0);
            expect(map.x[k]).toBeGreaterThanOrEqual(map.x[k - 1] ?? 0);
          }
          expect(map.y.every((y) => y >= 0 && y <= 1)).toBe(true);
          // A step of k observations has a mean that is a multiple of 1/k: with minStep
          // observations at least, at most ⌊n / minStep⌋ steps remain.
          expect(map.x.length).toBeLessThanOrEqual(
            Math.max(1, Math.floor(scores.length / minStep)),
          );
        },
      ),
    );
  });
});

describe('applyIsotonic', () => {
  const map = { x: [0.2, 0.8], y: [0.5, 1] };

  it('interpolates between step centres and is flat beyond the ends', () => {
    expect(applyIsotonic(map, 0.5)).toBeCloseTo(0.75);
    expect(applyIsotonic(map, 0)).toBe(0.5);
    expect(applyIsotonic(map, 1)).toBe(1);
  });

  it('never decreases as the score grows (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(applyIsotonic(map, lo)).toBeLessThanOrEqual(applyIsotonic(map, hi));
        },
      ),
    );
  });
});
