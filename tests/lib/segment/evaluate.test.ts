import { describe, expect, it } from 'vitest';
import { isChineseWord, parseGoldSegmentation, scoreSegmentation } from '@/lib/segment/evaluate';

describe('parseGoldSegmentation', () => {
  it('reads one paragraph a line, words between bars, spaces kept, comments and blank lines skipped', () => {
    const gold = parseGoldSegmentation('# gold\n\np1\t企业| |APUS|创始人\np2\t第一次');
    expect([...gold]).toEqual([
      ['p1', ['企业', ' ', 'APUS', '创始人']],
      ['p2', ['第一次']],
    ]);
  });

  it('names the line that has no tab, an empty word, or a paragraph given twice', () => {
    expect(() => parseGoldSegmentation('p1 第一次')).toThrow(
      'gold line 1: must be "id<TAB>word|word|…"',
    );
    expect(() => parseGoldSegmentation('p1\t第一||次')).toThrow(
      'gold line 1 (p1): has an empty word',
    );
    expect(() => parseGoldSegmentation('p1\t是\np1\t是')).toThrow(
      'gold line 2: paragraph p1 comes twice',
    );
  });
});

describe('scoreSegmentation', () => {
  it('counts a word correct only where a gold word has exactly its span', () => {
    expect(scoreSegmentation([['第一', '次', '是']], [['第一次', '是']])).toEqual({
      predicted: 3,
      gold: 2,
      correct: 1,
      precision: 1 / 3,
      recall: 1 / 2,
      f1: 0.4,
    });
  });

  it('leaves white space out, and with isChineseWord everything but Chinese words', () => {
    const predicted = [['Sam', ' ', 'Altman', '说', '。']];
    const gold = [['Sam', ' ', 'Altman', '说', '。']];
    expect(scoreSegmentation(predicted, gold).gold).toBe(4);
    expect(scoreSegmentation(predicted, gold, isChineseWord).gold).toBe(1);
  });

  it('counts spans in code points, so an astral character is one position', () => {
    expect(scoreSegmentation([['𠮷野家', '的']], [['𠮷野家', '的']]).f1).toBe(1);
  });

  it('scores 0, not NaN, when nothing is predicted or nothing is gold', () => {
    expect(scoreSegmentation([[' ']], [[' ']])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('refuses a prediction of another text, or of another number of paragraphs', () => {
    expect(() => scoreSegmentation([['第一']], [['第一次']])).toThrow(
      'paragraph 1: the prediction and the gold are different texts',
    );
    expect(() => scoreSegmentation([], [['是']])).toThrow('0 predicted paragraphs for 1 gold ones');
  });
});
