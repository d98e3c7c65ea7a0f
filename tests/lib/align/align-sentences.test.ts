import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '@/lib/align/align-sentences';
import { compileLexicon, englishAnchors } from '@/lib/align/anchors';
import { alignBeads } from '@/lib/align/beads';
import { checkLinks, formatLink, parseLink } from '@/lib/align/links';

const zhSentence = fc
  .array(fc.constantFrom('算', '力', '模', '型', '年', '24亿', 'GPT-3', '𠮷', '的', '了'), {
    minLength: 1,
    maxLength: 25,
  })
  .map((c) => `${c.join('')}。`);
const enSentence = fc
  .array(fc.constantFrom('compute', 'model', 'year', '2.4 billion', 'GPT-3', 'the', 'of'), {
    minLength: 1,
    maxLength: 20,
  })
  .map((w) => `${w.join(' ')}. `);

describe('alignSentences', () => {
  it('links every sentence of both sides exactly once and never reorders them (property)', () => {
    fc.assert(
      fc.property(
        fc.array(zhSentence, { maxLength: 8 }),
        fc.array(enSentence, { maxLength: 8 }),
        (zh, en) => {
          const result = alignSentences(zh.join(''), en.join(''));
          expect(checkLinks(result.links, result.zh.length, result.en.length)).toEqual([]);
          for (const link of result.links) {
            expect(link.confidence).toBeGreaterThanOrEqual(0);
            expect(link.confidence).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('links sentences one to one when their lengths agree', () => {
    const result = alignSentences(
      '大模型需要很多算力。小模型不需要。',
      'Large models need a lot of computing power. Small ones do not.',
    );
    expect(result.links.map(formatLink)).toEqual(['1:1', '2:2']);
    expect(result.method).toBe('auto');
  });

  it('uses numbers as anchors: 24亿 ↔ 2.4 billion decides a link that length alone gets wrong', () => {
    // Without anchors the short second Chinese sentence would pair with the long English one.
    const zh = '公司成立于2014年。目前全球用户量已超24亿。';
    const en =
      'The company was founded in 2014 and grew quickly in many markets over the years. Today it has over 2.4 billion users.';
    expect(alignSentences(zh, en).links.map(formatLink)).toEqual(['1:1', '2:2']);
  });

  it('matches a name English writes with a space before its number (DOTA2 ↔ Dota 2)', () => {
    const zh =
      '第一次是在2019年,李涛和字节跳动创始人张一鸣、红杉中国创始人沈南鹏在硅谷见到了OpenAI创始人Sam Altman。Altman通过视频demo向所有人展示了GPT-2操作游戏DOTA2的过程,“很震撼”。';
    const en =
      'The first time was in 2019, when Li, ByteDance founder Zhang Yiming and Sequoia China founder Neil Shen met OpenAI founder Sam Altman in Silicon Valley. In a video demo, Altman showed everyone GPT-2 playing the game Dota 2: “It was stunning.”';
    expect(alignSentences(zh, en).links.map(formatLink)).toEqual(['1:1', '2:2']);
    const latin = (text: string) => englishAnchors(text, compileLexicon([])).latin;
    expect(latin('Altman showed GPT-2 playing Dota 2 on Windows 11.')).toEqual([
      'gpt-2',
      'dota2',
      'windows11',
    ]);
    // Not a versioned name: a sentence's first word, a month, a year, a decimal.
    expect(latin('In 20 years, on May 4, in Beijing 2008 and Tokyo 2.5, APUS grew.')).toEqual([
      'apus',
    ]);
  });

  it('finds a 1-2 link where English splits a Chinese sentence', () => {
    const zh =
      '痛定思痛,自2019年起,APUS将发展战略从出海进化为全球化,既分散了单一市场风险,也为其开拓美国、日本、欧洲等更大海域带来机遇。';
    const en =
      'Having learned its lesson, APUS changed its strategy from going overseas to globalization in 2019. This spread the risk of a single market and opened up bigger waters for it: the US, Japan and Europe.';
    expect(alignSentences(zh, en).links.map(formatLink)).toEqual(['1:1,2']);
  });

  it('is confident about links in order, and merges rather than invent links when the order is swapped', () => {
    const zh = '第一次是在2019年。第二次是在2022年11月,ChatGPT炸场。';
    const right = alignSentences(
      zh,
      'The first time was in 2019. The second time was in November 2022, when ChatGPT burst onto the scene.',
    );
    expect(right.links.map(formatLink)).toEqual(['1:1', '2:2']);
    expect(Math.min(...right.links.map((l) => l.confidence))).toBeGreaterThan(0.9);
    // A monotone aligner cannot cross links; the honest answer for swapped sentences is 2-2.
    const swapped = alignSentences(
      zh,
      'The second time was in November 2022, when ChatGPT burst onto the scene. The first time was in 2019.',
    );
    expect(swapped.links.map(formatLink)).toEqual(['1,2:1,2']);
  });

  it('falls back to one paragraph link when no sentence link is reliable', () => {
    const result = alignSentences(
      '一。二。三。四。',
      'A long sentence that says a great many things at length. Short. Another long sentence that goes on and on without end.',
    );
    if (result.method === 'paragraph') {
      expect(result.links).toHaveLength(1);
      expect(result.links[0]?.zh).toEqual([0, 1, 2, 3]);
    } else {
      expect(Math.min(...result.links.map((l) => l.confidence))).toBeLessThan(0.75);
    }
  });

  it('treats an empty side as a paragraph link and both sides empty as nothing', () => {
    expect(alignSentences('', '').links).toEqual([]);
    const oneSided = alignSentences('好。', '');
    expect(oneSided.method).toBe('paragraph');
    expect(oneSided.links.map(formatLink)).toEqual(['1:']);
  });

  it('uses manual links as they are, with confidence 1', () => {
    const result = alignSentences('好。对。', 'Good. Right.', {
      manual: [{ zh: [0, 1], en: [0, 1] }],
    });
    expect(result.method).toBe('manual');
    expect(result.links).toEqual([{ zh: [0, 1], en: [0, 1], confidence: 1, posterior: 1 }]);
  });
});

describe('alignSentences on extreme shapes', () => {
  it('links 1 Chinese sentence with 30 English ones as one paragraph, marked so', () => {
    const en = Array.from({ length: 30 }, (_, i) => `Sentence number ${i + 1} is here.`);
    const result = alignSentences('这是一个很长的句子。', en.join(' '));
    expect(result.method).toBe('paragraph');
    expect(result.links.map(formatLink)).toEqual([`1:${en.map((_, i) => i + 1).join(',')}`]);
  });

  it('never throws, and links every sentence once, whatever the ratio of counts (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        (zhCount, enCount, short) => {
          const zh = Array.from({ length: zhCount }, (_, i) =>
            short ? '好。' : `第${i}句很长很长。`,
          );
          const en = Array.from({ length: enCount }, (_, i) =>
            short ? 'Ok. ' : `Sentence ${i} is long. `,
          );
          const result = alignSentences(zh.join(''), en.join(''));
          expect(result.zh).toHaveLength(zhCount);
          expect(result.en).toHaveLength(enCount);
          expect(checkLinks(result.links, zhCount, enCount)).toEqual([]);
          if (result.method === 'paragraph') expect(result.links).toHaveLength(1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never throws at ratios far past 40 to 1, either way (property)', () => {
    // The band is a few cells wide around the diagonal: 1 × 300 and 300 × 2 lie far outside it.
    const few = fc.integer({ min: 1, max: 3 });
    const many = fc.integer({ min: 41, max: 300 });
    fc.assert(
      fc.property(fc.oneof(fc.tuple(few, many), fc.tuple(many, few)), ([zhCount, enCount]) => {
        const zh = Array.from({ length: zhCount }, (_, i) => `第${i}句。`).join('');
        const en = Array.from({ length: enCount }, (_, i) => `Sentence ${i}.`).join(' ');
        const result = alignSentences(zh, en);
        expect([result.zh.length, result.en.length]).toEqual([zhCount, enCount]);
        expect(checkLinks(result.links, zhCount, enCount)).toEqual([]);
        if (result.method === 'paragraph') expect(result.links).toHaveLength(1);
      }),
      { numRuns: 20 },
    );
  });
});

describe('alignBeads', () => {
  it('returns undefined when no alignment lies within the band', () => {
    expect(alignBeads(1, 30, () => 0)).toBeUndefined();
  });

  it('stays within a band: aligning 4,000 × 4,000 items allocates a band, not a full matrix', () => {
    const n = 4000;
    const beads = alignBeads(n, n, (z0, z1, e0, e1) =>
      z1 - z0 === 1 && e1 - e0 === 1 && z0 === e0 ? 0 : -5,
    );
    expect(beads).toHaveLength(n);
    expect(beads?.every((b) => b.zhEnd - b.zhStart === 1 && b.enStart === b.zhStart)).toBe(true);
  });
});

describe('links', () => {
  it('parses and formats the content notation', () => {
    expect(parseLink('2,3:4')).toEqual({ zh: [1, 2], en: [3] });
    expect(parseLink('3:')).toEqual({ zh: [2], en: [] });
    expect(parseLink('1-2')).toBeUndefined();
    expect(parseLink(':')).toBeUndefined();
    expect(parseLink('0:1')).toBeUndefined();
    expect(formatLink({ zh: [0], en: [0, 1] })).toBe('1:1,2');
  });

  it('names what a manual link list gets wrong', () => {
    expect(checkLinks([{ zh: [0], en: [0] }], 2, 1)).toEqual(['Chinese sentence 2 is in no link']);
    expect(
      checkLinks(
        [
          { zh: [0], en: [1] },
          { zh: [1], en: [0] },
        ],
        2,
        2,
      ),
    ).toEqual([
      'English sentence 1 is in no link',
      'English sentence 1 is linked twice or out of order',
    ]);
    expect(checkLinks([{ zh: [0, 1, 2], en: [0] }], 2, 1)).toEqual([
      'Chinese sentence 3 does not exist (the paragraph has 2)',
    ]);
  });
});
