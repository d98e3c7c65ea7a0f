import { describe, expect, it } from 'vitest';
import { chooseLanguages, isTraditionalChinese, languageVariants } from '@/lib/import/languages';

const counts = new Map([
  ['en-GB', 4],
  ['zh-TW', 4],
  ['zh-CN', 5],
  ['en-US', 5],
  ['fr-FR', 2],
]);

describe('languageVariants', () => {
  it('lists the Chinese and English variants, the preferred first, with their unit counts', () => {
    expect(languageVariants(counts)).toEqual({
      zh: [
        { code: 'zh-CN', units: 5 },
        { code: 'zh-TW', units: 4 },
      ],
      en: [
        { code: 'en-US', units: 5 },
        { code: 'en-GB', units: 4 },
      ],
    });
  });

  it('puts simplified before traditional whatever the counts, and en-US first on a tie', () => {
    const variants = languageVariants(
      new Map([
        ['zh-Hant', 9],
        ['zh', 1],
        ['en-GB', 3],
        ['en-US', 3],
      ]),
    );
    expect(variants.zh.map((v) => v.code)).toEqual(['zh', 'zh-Hant']);
    expect(variants.en.map((v) => v.code)).toEqual(['en-US', 'en-GB']);
  });

  it('gives empty lists when the file has neither language', () => {
    expect(languageVariants(new Map())).toEqual({ zh: [], en: [] });
  });
});

describe('chooseLanguages', () => {
  it('reads the preferred variants when none is asked for', () => {
    expect(chooseLanguages(counts)).toEqual({
      zh: 'zh-CN',
      en: 'en-US',
      others: ['en-GB', 'zh-TW', 'fr-FR'],
    });
  });

  it('reads the variants asked for, whatever their case or separator', () => {
    expect(chooseLanguages(counts, { zh: 'zh_tw', en: 'EN-gb' })).toMatchObject({
      zh: 'zh-TW',
      en: 'en-GB',
    });
  });

  it('falls back to the preferred variant when the one asked for is not in the file', () => {
    expect(chooseLanguages(counts, { zh: 'zh-HK' })).toMatchObject({ zh: 'zh-CN', en: 'en-US' });
  });

  it('gives undefined without a Chinese or an English variant', () => {
    expect(chooseLanguages(new Map([['en-US', 1]]))).toBeUndefined();
  });
});

describe('isTraditionalChinese', () => {
  it('tells traditional codes by script or region', () => {
    expect(
      ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-TW', 'zh_tw'].map(isTraditionalChinese),
    ).toEqual([true, true, true, true, true, true]);
    expect(
      ['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-HK', 'zh-SG', 'cmn'].map(isTraditionalChinese),
    ).toEqual([false, false, false, false, false, false]);
  });
});
