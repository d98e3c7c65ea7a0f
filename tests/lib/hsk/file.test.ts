import { describe, expect, it } from 'vitest';
import { bundledHskTable } from '@/lib/hsk/bundled';
import data from '@/lib/hsk/data/hsk-levels.json';
import { HSK_FORMAT, parseHskFile, toHskFile } from '@/lib/hsk/file';
import { HSK3_LEVELS } from '@/lib/hsk/table';

describe('toHskFile', () => {
  it('writes words in rank order as rank steps, unranked last, and reads back the same', () => {
    const rows = [
      { word: '爱好', hsk3: 1 as const, hsk2: 3 as const, rank: 4902 },
      { word: '的', hsk3: 1 as const, hsk2: 1 as const, rank: 1 },
      { word: '面条儿', hsk3: 1 as const },
      { word: '呵', hsk2: 6 as const, rank: 5230 },
    ];
    const file = toHskFile(rows);
    expect(file.words).toEqual(['的\t11\t1', '爱好\t13\t4901', '呵\t-6\t328', '面条儿\t1-\t']);
    const table = parseHskFile(file, 'x.json');
    expect(table.levels('爱好')).toEqual({ hsk3: 1, hsk2: 3 });
    expect(table.levels('呵')).toEqual({ hsk2: 6 });
    expect(table.levels('面条儿')).toEqual({ hsk3: 1 });
    expect([...table.ranks]).toEqual([
      ['的', 1],
      ['爱好', 4902],
      ['呵', 5230],
    ]);
  });
});

describe('parseHskFile', () => {
  it('names the file and the line that is wrong', () => {
    const file = (words: unknown) => ({ format: HSK_FORMAT, source: 's', words });
    expect(() => parseHskFile(file(['的\t11\t1', '了\t81\t2']), 'hsk.json')).toThrow(
      'hsk.json: word line 2 ("了\\t81\\t2") must be word<TAB>levels<TAB>rank step',
    );
    expect(() => parseHskFile(file('的'), 'hsk.json')).toThrow(
      'hsk.json: "words" must be a list of lines',
    );
    expect(() => parseHskFile({ format: 'other' }, 'hsk.json')).toThrow(
      `hsk.json: format must be "${HSK_FORMAT}"`,
    );
  });
});

describe('bundledHskTable', () => {
  const table = bundledHskTable();

  it('holds the 11,470 words with the counts by HSK 3.0 level that its README gives', () => {
    expect(table.size).toBe(11_470);
    const counts = new Map<string, number>();
    for (const line of data.words)
      counts.set(
        line.split('\t')[1]?.[0] ?? '',
        (counts.get(line.split('\t')[1]?.[0] ?? '') ?? 0) + 1,
      );
    // lib/hsk/data/README.md, as ../shared/data/hsk/README.md: 1: 506 … 7–9: 5,606.
    expect(Object.fromEntries(counts)).toEqual({
      '1': 506,
      '2': 750,
      '3': 953,
      '4': 972,
      '5': 1059,
      '6': 1123,
      '7': 5606,
      '-': 501,
    });
    // 93 words carry the TSV's placeholder rank (1,000,000): no rank.
    expect(table.ranks.size).toBe(11_470 - 93);
  });

  it('gives a word’s levels in both syllabuses, and none for a word in neither', () => {
    expect(table.levels('爱好')).toEqual({ hsk3: 1, hsk2: 3 });
    expect(table.levels('阿拉伯语')).toEqual({ hsk3: 7 });
    expect(table.levels('哎哟')).toEqual({ hsk2: 6 });
    expect(table.levels('大模型')).toBeUndefined();
    expect(HSK3_LEVELS).toContain(table.levels('癌症')?.hsk3);
  });

  it('gives a character the lowest level of a listed word holding it', () => {
    expect(table.characterLevel('么')).toBe(1);
    expect(table.characterLevel('闰')).toBeUndefined();
  });
});
