import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scriptRuns } from '@/lib/segment/scripts';
import { anyText } from '@/tests/helpers/any-text';

/** The runs of a text as [kind, text] pairs. */
const runs = (text: string) => {
  const chars = Array.from(text);
  return scriptRuns(chars).map((run) => [
    run.kind,
    chars.slice(run.start, run.start + run.length).join(''),
  ]);
};

describe('scriptRuns', () => {
  it('keeps a run of Chinese characters together, astral ones included', () => {
    expect(runs('𠮷野家的饭')).toEqual([['han', '𠮷野家的饭']]);
  });

  it('keeps letters with their digits and inner hyphens, dots and apostrophes', () => {
    expect(runs('GPT-2操作DOTA2')).toEqual([
      ['letters', 'GPT-2'],
      ['han', '操作'],
      ['letters', 'DOTA2'],
    ]);
    expect(runs("don't GPT-3.5")).toEqual([
      ['letters', "don't"],
      ['space', ' '],
      ['letters', 'GPT-3.5'],
    ]);
  });

  it('reads digits with inner points and thousands commas as one number, full-width digits too', () => {
    expect(runs('超24亿,3.5倍,1,000人,２０１９年')).toEqual([
      ['han', '超'],
      ['number', '24'],
      ['han', '亿'],
      ['punct', ','],
      ['number', '3.5'],
      ['han', '倍'],
      ['punct', ','],
      ['number', '1,000'],
      ['han', '人'],
      ['punct', ','],
      ['number', '２０１９'],
      ['han', '年'],
    ]);
  });

  it('does not join a trailing point or hyphen to the word before it', () => {
    expect(runs('APUS. A-')).toEqual([
      ['letters', 'APUS'],
      ['punct', '.'],
      ['space', ' '],
      ['letters', 'A'],
      ['punct', '-'],
    ]);
  });

  it('makes a repeated mark one token (——, ……) and different marks separate ones', () => {
    expect(runs('时刻——2022')).toEqual([
      ['han', '时刻'],
      ['punct', '——'],
      ['number', '2022'],
    ]);
    expect(runs('”。……')).toEqual([
      ['punct', '”'],
      ['punct', '。'],
      ['punct', '……'],
    ]);
  });

  it('gives an emoji (outside the BMP) its own punctuation token and a control character an other one', () => {
    expect(runs('好😀\u0007')).toEqual([
      ['han', '好'],
      ['punct', '😀'],
      ['other', '\u0007'],
    ]);
  });

  it('returns no runs for an empty text', () => {
    expect(scriptRuns([])).toEqual([]);
  });

  it('covers every code point exactly once, in order, for any text', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const chars = Array.from(text);
        let at = 0;
        for (const run of scriptRuns(chars)) {
          expect(run.start).toBe(at);
          expect(run.length).toBeGreaterThan(0);
          at += run.length;
        }
        expect(at).toBe(chars.length);
      }),
    );
  });
});
