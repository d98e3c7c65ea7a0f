import { describe, expect, it } from 'vitest';
import { checkLengthRatios } from '@/lib/qa/length-ratio';

/** Pairs with about three English characters per Chinese one, as in the interview. */
const typical = Array.from({ length: 10 }, (_, i) => ({
  id: `p${i + 1}`,
  zh: '算力是短时间难以追上的',
  en: `Computing power is hard to catch up on${' '.repeat(i)} soon.`,
}));

describe('checkLengthRatios', () => {
  it('flags a pair whose English leaves out half the Chinese', () => {
    const pairs = [
      ...typical,
      {
        id: 'p11',
        zh: '所以模型的优化本质上是基于算法的优化。模型的4要素是数据、场景、算法、算力。',
        en: 'So optimizing a model is optimizing its algorithms.',
      },
    ];
    const flags = checkLengthRatios(pairs);
    expect(flags.map((f) => [f.pairId, f.severity])).toEqual([['p11', 'warning']]);
    expect(flags[0]?.message).toMatch(
      /^The English has 1\.\d characters per Chinese character, against 3\.\d in this document \(modified z-score -\d+\.\d\): the English may leave part of the Chinese out$/,
    );
  });

  it('flags a pair whose English is padded far beyond the Chinese', () => {
    const pairs = [
      ...typical,
      {
        id: 'p11',
        zh: '这是一个还有待证明的事',
        en: 'That still remains to be proven, and nobody, not investors, not engineers, not the government, can say when it will be, or whether it ever will.',
      },
    ];
    expect(checkLengthRatios(pairs).map((f) => f.pairId)).toEqual(['p11']);
  });

  it('measures without the names and figures the Chinese shares with the English', () => {
    const pairs = [
      ...typical,
      { id: 'p11', zh: 'OpenAI的GPT-2和DOTA2', en: 'OpenAI’s GPT-2 and DOTA2' },
    ];
    expect(checkLengthRatios(pairs)).toEqual([]);
  });

  it('never flags a very short Chinese side, whose ratio is noise', () => {
    expect(
      checkLengthRatios([...typical, { id: 'p11', zh: '是。', en: 'Yes, that is exactly right.' }]),
    ).toEqual([]);
  });

  it('gives no flags for a document too short to have a distribution', () => {
    const pairs = [
      typical[0],
      { id: 'x', zh: '所以模型的优化本质上是基于算法的优化', en: 'So.' },
    ].flatMap((p) => (p ? [p] : []));
    expect(checkLengthRatios(pairs)).toEqual([]);
  });

  it('does not flag trifles in a document of near-identical ratios', () => {
    const pairs = [
      ...typical.map((p) => ({ ...p, en: 'Computing power is hard to catch up on soon.' })),
      {
        id: 'p11',
        zh: '算力是短时间难以追上的',
        en: 'Computing power is hard to catch up on, soon.',
      },
    ];
    expect(checkLengthRatios(pairs)).toEqual([]);
  });
});
