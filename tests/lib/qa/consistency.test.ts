import { describe, expect, it } from 'vitest';
import { checkConsistency, NAMED_PAIRS } from '@/lib/qa/consistency';
import type { QaPair } from '@/lib/qa/types';

/** A book's refrain: `n` pairs with the same Chinese, translated two ways in turn. */
const refrain = (n: number): QaPair[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `p${i + 1}`,
    zh: '“是的。”',
    en: i % 2 === 0 ? '“Yes.”' : '“Yes, sir.”',
  }));

/** What the flags weigh: the characters of their messages and the pairs they name. */
const weight = (n: number) =>
  checkConsistency(refrain(n)).reduce(
    (sum, flag) => sum + flag.message.length + (flag.relatedPairs?.length ?? 0),
    0,
  );

describe('checkConsistency', () => {
  it('names the first other pairs and counts the rest', () => {
    const flags = checkConsistency(refrain(20));
    expect(flags).toHaveLength(20);
    const [first] = flags;
    expect(first?.relatedPairs).toEqual(['p2', 'p4', 'p6', 'p8', 'p10'].slice(0, NAMED_PAIRS));
    expect(first?.message).toBe(
      'The same Chinese ““是的。”” is translated differently in p2: ““Yes, sir.””; p4: ““Yes, sir.””; p6: ““Yes, sir.””; p8: ““Yes, sir.””; p10: ““Yes, sir.””; and 5 more',
    );
    expect(flags[1]?.relatedPairs).toEqual(['p1', 'p3', 'p5', 'p7', 'p9']);
  });

  it('grows linearly with the repeats of a line (it grew with their square)', () => {
    // Ten times the pairs: about ten times the flags' weight (the counts' digits add a little).
    expect(weight(5000) / weight(500)).toBeLessThan(10.5);
  });

  it('leaves a pair whose translation is the same everywhere alone', () => {
    const same = refrain(3).map((p) => ({ ...p, en: '“Yes.”' }));
    expect(checkConsistency(same)).toEqual([]);
  });
});
