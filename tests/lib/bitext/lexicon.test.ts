import { describe, expect, it } from 'vitest';
import { glossWords, mergeWords } from '@/lib/bitext/gloss';
import {
  createLexicon,
  findChineseWords,
  LEXICON_FORMAT,
  lexicalOverlap,
  parseLexicon,
} from '@/lib/bitext/lexicon';
import { tinyLexicon } from './fixtures';

describe('findChineseWords', () => {
  const lexicon = createLexicon({ 模型: ['model'], 大模型: ['llm'], 大: ['big'], 型: ['type'] });

  it('takes the longest headword at each position (forward maximum matching)', () => {
    expect(findChineseWords('大模型和小模型', lexicon).map((w) => w.word)).toEqual([
      '大模型',
      '模型',
    ]);
  });

  it('finds every headword of up to four characters with `all`, overlaps included', () => {
    expect(findChineseWords('大模型', lexicon, 'all').map((w) => w.word)).toEqual([
      '大',
      '大模型',
      '模型',
      '型',
    ]);
  });

  it('matches traditional characters through the character table, keeping offsets', () => {
    const words = findChineseWords('他說', tinyLexicon);
    expect(words).toEqual([{ word: '说', start: 1, end: 2 }]);
  });

  it('finds nothing in empty text, Latin text or characters outside the BMP', () => {
    expect(findChineseWords('', lexicon)).toEqual([]);
    expect(findChineseWords('GPT-4 model', lexicon)).toEqual([]);
    expect(findChineseWords('𠮷大', lexicon).map((w) => w.word)).toEqual(['大']);
  });
});

describe('lexicalOverlap', () => {
  it('counts dictionary words with a translation on the other side, normalised by length', () => {
    const right = lexicalOverlap('我的猫喜欢吃鱼。', 'My cat likes to eat fish.', tinyLexicon);
    expect(right.zhWords).toBe(4);
    expect(right.zhMatched).toBe(4);
    expect(right.score).toBe(1);
    const wrong = lexicalOverlap(
      '我的猫喜欢吃鱼。',
      'The doctor works at the hospital.',
      tinyLexicon,
    );
    expect(wrong.score).toBe(0);
  });

  it('does not favour long sentences: padding the English with unrelated words lowers the score', () => {
    const short = lexicalOverlap('猫吃鱼。', 'Cats eat fish.', tinyLexicon).score;
    const long = lexicalOverlap(
      '猫吃鱼。',
      'Cats eat fish, said the teacher at the school near the station by the hospital.',
      tinyLexicon,
    ).score;
    expect(short).toBeGreaterThan(long);
  });
});

describe('parseLexicon', () => {
  it('reads the file format and names what is wrong', () => {
    const lexicon = parseLexicon({
      format: LEXICON_FORMAT,
      traditional: '說说',
      entries: ['说\tsay speak'],
    });
    expect(lexicon.entries.get('说')).toBe('say speak');
    expect(() => parseLexicon({ format: 'other', entries: [] })).toThrow(/format must be/);
    expect(() => parseLexicon({ format: LEXICON_FORMAT, entries: ['说'] })).toThrow(
      /entry 1 must be/,
    );
  });
});

describe('glossWords', () => {
  it('keeps content words of CC-CEDICT glosses, dropping parentheticals and cross-references', () => {
    expect(glossWords(['to create', 'to bring about', 'to set (a record)'])).toEqual([
      'create',
      'bring',
      'set',
    ]);
    expect(glossWords(['surname Zhang'])).toEqual(['zhang']);
    expect(glossWords(['variant of 說|说[shuo1]', 'CL:個|个[ge4]'])).toEqual([]);
    expect(glossWords(['Jehovah (biblical name for God, Hebrew: YHWH)'])).toEqual(['jehovah']);
    expect(mergeWords(['god', 'deity'], ['gods', 'spirit'])).toEqual(['god', 'deity', 'spirit']);
  });
});
