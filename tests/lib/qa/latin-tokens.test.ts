import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/lib/content/schema';
import { COMMON_NAMES, documentNames } from '@/lib/qa/known-names';
import { checkLatinTokens } from '@/lib/qa/latin-tokens';
import { isPinyinLike } from '@/lib/qa/pinyin';

const pair = (zh: string, en: string) => ({ id: 'p2', zh, en });
const entry = (term: string, en: string[]): GlossaryEntry => ({
  term,
  pinyin: 'x',
  en,
  definition: 'd',
  note: 'n',
});
const glossary = [
  entry('字节跳动', ['ByteDance']),
  entry('人工智能', ['AI', 'artificial intelligence']),
];

describe('checkLatinTokens', () => {
  it('flags a name of the Chinese mistyped in the English (GPT-2 → GPT-3), both ways', () => {
    const flags = checkLatinTokens(
      pair('Altman展示了GPT-2操作游戏DOTA2的过程', 'Altman showed GPT-3 playing DOTA2'),
    );
    expect(flags.map((f) => [f.severity, f.message])).toEqual([
      ['warning', '“GPT-2” is in the Chinese but not in the English'],
      [
        'info',
        '“GPT-3” is in the English but not in the Chinese, and no glossary term or known name of the pair renders it',
      ],
    ]);
    expect(flags[0]?.evidence).toEqual([{ side: 'zh', start: 9, end: 14, text: 'GPT-2' }]);
  });

  it('flags a name the English dropped (OpenAI → “the company”)', () => {
    const flags = checkLatinTokens(
      pair(
        '在硅谷见到了OpenAI创始人Sam Altman',
        'met the company’s founder Sam Altman in Silicon Valley',
      ),
    );
    expect(flags.map((f) => f.message)).toEqual([
      '“OpenAI” is in the Chinese but not in the English',
    ]);
  });

  it('accepts spelling variants, plurals and possessives (GPT2, A100s, APUS’s, APIs)', () => {
    expect(checkLatinTokens(pair('GPT-2,A100,APUS,API', 'GPT2 on A100s, APUS’s APIs'))).toEqual([]);
  });

  it('accepts a name that English writes with a space before its number (DOTA2 → Dota 2)', () => {
    expect(checkLatinTokens(pair('GPT-2操作游戏DOTA2', 'GPT-2 playing the game Dota 2'))).toEqual(
      [],
    );
    expect(
      checkLatinTokens(pair('操作游戏DOTA2', 'playing the game Dota 3')).map((f) => f.message),
    ).toEqual(['“DOTA2” is in the Chinese but not in the English']);
  });

  it('accepts full-width Latin letters in the Chinese', () => {
    expect(checkLatinTokens(pair('ＧＰＴ－３很强', 'GPT-3 is strong'))).toEqual([]);
  });

  it('accepts English names that the pair’s glossary terms or known names render', () => {
    const names = [
      ...documentNames({ speakers: { '36kr': { zh: '36氪', en: '36Kr' } } }),
      ...COMMON_NAMES,
    ];
    const options = { glossary, names };
    expect(
      checkLatinTokens(pair('字节跳动创始人张一鸣', 'ByteDance founder Zhang Yiming'), options),
    ).toEqual([]);
    expect(checkLatinTokens(pair('接入人工智能', 'connected to AI'), options)).toEqual([]);
    expect(checkLatinTokens(pair('李涛告诉36氪', 'Li Tao told 36Kr'), options)).toEqual([]);
    expect(checkLatinTokens(pair('开拓美国、日本', 'the US and Japan'), options)).toEqual([]);
  });

  it('still reports an English-only name when the Chinese lacks the term that would render it', () => {
    const flags = checkLatinTokens(pair('张一鸣创立了公司', 'Zhang Yiming founded ByteDance'), {
      glossary,
    });
    expect(flags.map((f) => f.severity)).toEqual(['info']);
  });

  it('accepts pinyin names, but not acronyms that happen to spell a syllable (AI)', () => {
    expect(checkLatinTokens(pair('红杉中国', 'Sequoia China, now HongShan'))).toEqual([]);
    expect(checkLatinTokens(pair('这家公司', 'OpenAI')).map((f) => f.severity)).toEqual(['info']);
    expect(checkLatinTokens(pair('训练模型', 'AI-powered training')).map((f) => f.message)).toEqual(
      [
        '“AI” is in the English but not in the Chinese, and no glossary term or known name of the pair renders it',
      ],
    );
  });

  it('ignores units after digits (130B, 5G) and single letters that are words in Chinese (A股)', () => {
    expect(
      checkLatinTokens(pair('130B参数的模型,A股,5G', 'a 130B-parameter model, A-shares, 5G')),
    ).toEqual([]);
  });

  it('ignores ordinary capitalized words and Roman numerals the English adds', () => {
    expect(checkLatinTokens(pair('二战后,马斯克', 'After World War II, Elon Musk'))).toEqual([]);
  });
});

describe('isPinyinLike', () => {
  it.each([
    ['HongShan', true],
    ['Baidu', true],
    ['Hóngshān', true],
    ['ByteDance', false],
    ['VCG', false],
    ['Apple', false],
  ])('%s → %s', (token, expected) => {
    expect(isPinyinLike(token)).toBe(expected);
  });
});
