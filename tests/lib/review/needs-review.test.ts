import { describe, expect, it } from 'vitest';
import { countNeedsReview, isUncertainLink, UNCERTAIN_BELOW } from '@/lib/review/needs-review';

describe('isUncertainLink', () => {
  it('marks the aligner’s links below the threshold, never a translator’s', () => {
    expect(isUncertainLink(UNCERTAIN_BELOW - 0.001, 'auto')).toBe(true);
    expect(isUncertainLink(UNCERTAIN_BELOW, 'auto')).toBe(false);
    expect(isUncertainLink(0.3, 'paragraph')).toBe(true);
    expect(isUncertainLink(0.3, 'manual')).toBe(false);
  });
});

describe('countNeedsReview', () => {
  it('counts uncertain links of the pairs no reviewer confirmed', () => {
    const pairs = [
      { links: [{ uncertain: true }, { uncertain: false }] },
      { links: [{ uncertain: true }], confirmed: true },
      { links: [{ uncertain: true }], confirmed: false },
    ];
    expect(countNeedsReview(pairs)).toBe(2);
  });
});
