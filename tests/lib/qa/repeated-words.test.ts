import { describe, expect, it } from 'vitest';
import { checkRepeatedWords } from '@/lib/qa/repeated-words';

const check = (zh: string, en: string) =>
  checkRepeatedWords({ id: 'p1', zh, en }).map((f) => [f.side, f.message]);

describe('checkRepeatedWords', () => {
  it('flags a word typed twice in the English, whatever its case', () => {
    expect(check('好。', 'It is the the craze. The the rest')).toEqual([
      ['en', 'The English repeats: “the the”, “The the”'],
    ]);
  });

  it('flags evidence at the exact place', () => {
    const [flag] = checkRepeatedWords({ id: 'p1', zh: '好', en: 'Since January this this year' });
    expect(flag?.evidence).toEqual([{ side: 'en', start: 14, end: 23, text: 'this this' }]);
  });

  it('accepts doubles that grammar allows, and words split by punctuation', () => {
    expect(check('好。', 'He said that that was all. He had had enough. Yes. Yes, it is.')).toEqual(
      [],
    );
  });

  it('flags 的的 and doubled function words in the Chinese', () => {
    expect(check('这是我们的的目标', 'This is our goal')).toEqual([
      ['zh', 'The Chinese repeats: “的的”'],
    ]);
    expect(check('我们我们需要算力', 'We need computing power')).toEqual([
      ['zh', 'The Chinese repeats: “我们我们”'],
    ]);
    expect(check('用AI AI做', 'Use AI')).toEqual([['zh', 'The Chinese repeats: “AI AI”']]);
  });

  it('accepts the doubling Chinese does on purpose', () => {
    expect(check('常常看看,研究研究,一个一个地,人人', 'x')).toEqual([]);
    expect(check('目的的实现,有的的确如此,他说的的确是真的', 'x')).toEqual([]);
  });
});
