import { describe, expect, it } from 'vitest';
import { translationUnits } from '@/lib/export/units';
import { documentOf } from './documents';

describe('translationUnits', () => {
  it('cuts each pair into its sentence links, text exact', () => {
    const doc = documentOf([{ id: 'p1', zh: '好。对。', en: 'Good. Right.' }]);
    expect(
      translationUnits(doc, []).map(({ pairId, link, zh, en }) => ({ pairId, link, zh, en })),
    ).toEqual([
      { pairId: 'p1', link: 0, zh: '好。', en: 'Good. ' },
      { pairId: 'p1', link: 1, zh: '对。', en: 'Right.' },
    ]);
  });

  it('gives an empty side to a link with no sentence there (a 1–0 link)', () => {
    const doc = documentOf([{ id: 'p1', zh: '好。对。', en: 'Good.', links: ['1:1', '2:'] }]);
    expect(translationUnits(doc, []).map((u) => [u.zh, u.en, u.enSentences])).toEqual([
      ['好。', 'Good.', [0]],
      ['对。', '', []],
    ]);
  });

  it('gives whole pairs by pair, without link details', () => {
    const doc = documentOf([{ id: 'p1', zh: '好。对。', en: 'Good. Right.' }]);
    expect(translationUnits(doc, [], { by: 'pair' })).toEqual([
      { pairId: 'p1', zh: '好。对。', en: 'Good. Right.' },
    ]);
  });

  it('refuses links that leave a sentence out, rather than drop its text', () => {
    const doc = documentOf([{ id: 'p4', zh: '好。对。', en: 'Good. Right.', links: ['1:1'] }]);
    expect(() => translationUnits(doc, [])).toThrow(
      'pair "p4" › links: Chinese sentence 2 is in no link; English sentence 2 is in no link',
    );
  });
});
