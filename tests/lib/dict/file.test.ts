import { describe, expect, it } from 'vitest';
import {
  DICTIONARY_FORMAT,
  DictionaryFileError,
  parseDictionaryFile,
  toDictionaryFile,
} from '@/lib/dict/file';
import type { CedictEntry, GlossaryWord } from '@/lib/dict/types';

const yinhang: CedictEntry = {
  simplified: '银行',
  traditional: '銀行',
  pinyin: 'yin2 hang2',
  senses: ['bank'],
  classifiers: ['家[jia1]', '個|个[ge4]'],
};
const xing: CedictEntry = {
  simplified: '行',
  traditional: '行',
  pinyin: 'xing2',
  senses: ['to walk', 'to go'],
  classifiers: [],
};
const suanli: GlossaryWord = {
  key: 't3',
  simplified: '算力',
  traditional: '算力',
  pinyin: 'suànlì',
  en: ['computing power'],
  definition: 'The capacity of hardware to run computations.',
  note: 'A usage note.',
};

const valid = () =>
  JSON.parse(
    JSON.stringify(
      toDictionaryFile({
        cedict: new Map([
          ['银行', [yinhang]],
          ['行', [xing]],
        ]),
        glossary: [suanli],
        hsk: new Map([['银行', 3]]),
      }),
    ),
  );

describe('toDictionaryFile', () => {
  it('writes entries as tuples under sorted headwords, measure words only where there are some', () => {
    const file = valid();
    expect(file.format).toBe(DICTIONARY_FORMAT);
    expect(file.source).toMatch(/CC-CEDICT.*CC BY-SA 4\.0/);
    expect(Object.keys(file.words)).toEqual(['行', '银行']);
    expect(file.hsk).toEqual({ 银行: 3 });
    expect(file.words).toEqual({
      行: [['行', 'xing2', ['to walk', 'to go']]],
      银行: [['銀行', 'yin2 hang2', ['bank'], ['家[jia1]', '個|个[ge4]']]],
    });
  });
});

describe('parseDictionaryFile', () => {
  it('gives back the entries that were written', () => {
    const data = parseDictionaryFile(valid(), 'test.json');
    expect(data.cedict.get('银行')).toEqual([yinhang]);
    expect(data.cedict.get('行')).toEqual([xing]);
    expect(data.glossary).toEqual([suanli]);
    expect(data.hsk).toEqual(new Map([['银行', 3]]));
  });

  it('reads a file without HSK levels as one with none', () => {
    const { hsk: _, ...without } = valid();
    expect(parseDictionaryFile(without, 'x.json').hsk.size).toBe(0);
  });

  it('refuses an HSK level that is none', () => {
    for (const level of [0, 8, 2.5, '3']) {
      const file = { ...valid(), hsk: { 银行: level } };
      expect(() => parseDictionaryFile(file, 'x.json')).toThrow(
        /HSK 3\.0 level[\s\S]*→ at hsk\["银行"\]/,
      );
    }
  });

  it('rejects a file of another format, naming the file and the field', () => {
    const file = { ...valid(), format: 'duizhao-dictionary/0' };
    expect(() => parseDictionaryFile(file, '/data/dictionary/x.json')).toThrow(DictionaryFileError);
    expect(() => parseDictionaryFile(file, '/data/dictionary/x.json')).toThrow(
      /\/data\/dictionary\/x\.json is not a duizhao-dictionary\/1 file:[\s\S]*→ at format/,
    );
  });

  it('says where a malformed entry is', () => {
    const file = valid();
    file.words.银行[0][1] = 2;
    expect(() => parseDictionaryFile(file, 'x.json')).toThrow(
      /must be text[\s\S]*→ at words\["银行"\]\[0\]\[1\]/,
    );
  });

  it('rejects a headword without entries, a glossary entry without renderings, unknown fields', () => {
    const noEntries = valid();
    noEntries.words.行 = [];
    expect(() => parseDictionaryFile(noEntries, 'x.json')).toThrow(
      /must not be empty[\s\S]*→ at words\["行"\]/,
    );

    const noRenderings = valid();
    noRenderings.glossary[0].en = [];
    expect(() => parseDictionaryFile(noRenderings, 'x.json')).toThrow(/→ at glossary\[0\]\.en/);

    expect(() => parseDictionaryFile({ ...valid(), extra: 1 }, 'x.json')).toThrow(/extra/);
  });

  it('rejects what is not a dictionary at all', () => {
    for (const junk of [null, 'text', [], 42]) {
      expect(() => parseDictionaryFile(junk, 'x.json')).toThrow(DictionaryFileError);
    }
  });
});
