import { describe, expect, it } from 'vitest';
import { labelLinks } from '@/lib/bitext/calibration/link-labels';

describe('labelLinks', () => {
  it('counts a link equal to a gold bead as right', () => {
    expect(labelLinks([{ zh: [0], en: [0] }], [{ zh: [0], en: [0] }])).toEqual([true]);
  });

  it('merges the links inside a coarser gold bead, right together when they cover it', () => {
    const verse = [{ zh: [0, 1], en: [0] }];
    expect(
      labelLinks(
        [
          { zh: [0], en: [0] },
          { zh: [1], en: [] },
        ],
        verse,
      ),
    ).toEqual([true, true]);
  });

  it('calls a link reaching into two beads wrong, and the links left inside a bead with it', () => {
    const gold = [
      { zh: [0], en: [0] },
      { zh: [1], en: [1] },
    ];
    expect(labelLinks([{ zh: [0, 1], en: [0, 1] }], gold)).toEqual([false]);
    expect(
      labelLinks(
        [
          { zh: [0], en: [0, 1] },
          { zh: [1], en: [] },
        ],
        gold,
      ),
    ).toEqual([false, false]);
  });

  it('takes a deletion as right only where the gold deletes too', () => {
    const gold = [
      { zh: [0], en: [] },
      { zh: [1], en: [0] },
    ];
    expect(
      labelLinks(
        [
          { zh: [0], en: [] },
          { zh: [1], en: [0] },
        ],
        gold,
      ),
    ).toEqual([true, true]);
    expect(labelLinks([{ zh: [0, 1], en: [0] }], gold)).toEqual([false]);
  });
});
