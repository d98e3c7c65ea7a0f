import { describe, expect, it } from 'vitest';
import { entryPinyin, headwordForms, senseParts, senseText, wordToSave } from '@/lib/dict/format';
import type { CedictEntry, GlossaryWord } from '@/lib/dict/types';
import type { VocabularyContext } from '@/lib/vocabulary/types';

const yinhang: CedictEntry = {
  simplified: '银行',
  traditional: '銀行',
  pinyin: 'yin2 hang2',
  senses: ['bank'],
  classifiers: ['家[jia1]', '個|个[ge4]'],
};

const context: VocabularyContext = {
  sentence: '他在银行工作。',
  translation: 'He works at a bank.',
  documentId: 'doc',
  documentTitle: { zh: '标题', en: 'Title' },
  href: '/en/read/doc#p1.zh1',
};

describe('senseParts', () => {
  it('marks references as Chinese, in the reader’s script, with tone marks', () => {
    expect(senseParts('variant of 說|说[shuo1]', 'simplified')).toEqual([
      { kind: 'text', text: 'variant of ' },
      { kind: 'chinese', hanzi: '说', pinyin: 'shuō' },
    ]);
    expect(senseParts('variant of 說|说[shuo1]', 'traditional')).toEqual([
      { kind: 'text', text: 'variant of ' },
      { kind: 'chinese', hanzi: '說', pinyin: 'shuō' },
    ]);
  });

  it('keeps a bare word, marks bare pinyin, leaves plain English alone', () => {
    expect(senseParts('variant of 吉', 'simplified')).toEqual([
      { kind: 'text', text: 'variant of ' },
      { kind: 'chinese', hanzi: '吉' },
    ]);
    expect(senseParts('(Taiwan pr. [zhuo2]) a move', 'simplified')).toEqual([
      { kind: 'text', text: '(Taiwan pr. [zhuó]) a move' },
    ]);
    expect(senseParts('to speak; to say', 'simplified')).toEqual([
      { kind: 'text', text: 'to speak; to say' },
    ]);
  });

  it('handles several references and characters outside the BMP', () => {
    expect(senseText('as in 皮革的[pi2 ge2 de5] or 𠮷野家', 'simplified')).toBe(
      'as in 皮革的[pí gé de] or 𠮷野家',
    );
  });
});

describe('headwordForms', () => {
  it('puts the reader’s script first and gives one form where both are the same', () => {
    expect(headwordForms(yinhang, 'simplified')).toEqual(['银行', '銀行']);
    expect(headwordForms(yinhang, 'traditional')).toEqual(['銀行', '银行']);
    expect(headwordForms({ simplified: '算力', traditional: '算力' }, 'traditional')).toEqual([
      '算力',
    ]);
  });
});

describe('entryPinyin', () => {
  it('writes CC-CEDICT pinyin with tone marks, ü included', () => {
    expect(entryPinyin(yinhang)).toBe('yín háng');
    expect(entryPinyin({ pinyin: 'lu:4 shi1' })).toBe('lǜ shī');
    expect(entryPinyin({ pinyin: 'Li3 Tao1' })).toBe('Lǐ Tāo');
  });
});

describe('wordToSave', () => {
  it('saves a CC-CEDICT entry with marked pinyin, plain senses and its measure words', () => {
    expect(wordToSave({ source: 'cedict', entry: yinhang }, context)).toEqual({
      simplified: '银行',
      traditional: '銀行',
      pinyin: 'yín háng',
      senses: ['bank', 'CL:家[jiā],个[gè]'],
      source: 'cedict',
      context,
    });
  });

  it('saves a glossary entry with its renderings and definition', () => {
    const suanli: GlossaryWord = {
      key: 't3',
      simplified: '算力',
      traditional: '算力',
      pinyin: 'suànlì',
      en: ['computing power', 'compute'],
      definition: 'Hardware capacity.',
      note: 'A note.',
    };
    expect(wordToSave({ source: 'glossary', entry: suanli }, context)).toMatchObject({
      simplified: '算力',
      pinyin: 'suànlì',
      senses: ['computing power; compute', 'Hardware capacity.'],
      source: 'glossary',
    });
  });
});
