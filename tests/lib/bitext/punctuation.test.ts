import { describe, expect, it } from 'vitest';
import {
  countPunctuation,
  PUNCTUATION_CLASSES,
  PUNCTUATION_KINDS,
  type PunctuationClass,
  punctuationPrefix,
} from '@/lib/bitext/punctuation';
import { initialPunctuationModel, reestimatePunctuation } from '@/lib/bitext/punctuation-model';
import { PunctuationScore } from '@/lib/bitext/punctuation-score';

/** The score function of a PunctuationScore. */
const createPunctuationScore = (...args: ConstructorParameters<typeof PunctuationScore>) => {
  const scorer = new PunctuationScore(...args);
  return (z0: number, z1: number, e0: number, e1: number, x: number) =>
    scorer.score(z0, z1, e0, e1, x);
};

/** The counts of `text` as { class: count } for the classes present. */
function marks(text: string): Partial<Record<PunctuationClass, number>> {
  const counts = countPunctuation(text);
  return Object.fromEntries(
    PUNCTUATION_CLASSES.map((c, k) => [c, counts[k] ?? 0]).filter(([, n]) => n !== 0),
  );
}

describe('countPunctuation', () => {
  it('counts full-width Chinese marks as their ASCII equivalents', () => {
    const full = '他问：“你好吗？”（真的）；好！';
    const half = '他问:"你好吗?"(真的);好!';
    expect(marks(full)).toEqual(marks(half));
    expect(marks(full)).toEqual({
      question: 1,
      exclamation: 1,
      colon: 1,
      semicolon: 1,
      quote: 2,
      bracket: 1,
    });
  });

  it('matches a Chinese sentence with its English translation', () => {
    expect(marks('他问：“你去吗？”')).toEqual(marks('He asked: "Are you going?"'));
    expect(marks('「好」，他说。')).toEqual(marks('"Good," he said.'));
  });

  it('tells the enumeration comma from the comma, and counts book titles', () => {
    expect(marks('苹果、梨和桃，都很甜。')).toEqual({ enumeration: 1, comma: 1, stop: 1 });
    expect(marks('他读了《红楼梦》。')).toEqual({ title: 1, stop: 1 });
  });

  it('leaves out separators inside numbers, hyphens inside words and apostrophes', () => {
    expect(marks('At 10:30, 1,000 people paid 3.5 dollars.')).toEqual({ comma: 1, stop: 1 });
    expect(marks('A well-known 1990–2000 study')).toEqual({});
    expect(marks("Don’t say ‘go’, Tom's friend.")).toEqual({ quote: 2, comma: 1, stop: 1 });
  });

  it('counts a run of dots, ellipses or dashes once', () => {
    expect(marks('等等……好吧——走')).toEqual({ ellipsis: 1, dash: 1 });
    expect(marks('Wait... well -- go - now')).toEqual({ ellipsis: 1, dash: 2 });
    expect(marks('Wait…')).toEqual(marks('Wait...'));
  });

  it('counts nothing in empty text or text without marks, and handles characters outside the BMP', () => {
    expect(marks('')).toEqual({});
    expect(marks('𠮷野家')).toEqual({});
    expect(marks('𠮷？')).toEqual({ question: 1 });
  });
});

describe('punctuationPrefix', () => {
  it('sums counts over units', () => {
    const prefix = punctuationPrefix(['Why?', 'No.', 'Why not?']);
    const question = PUNCTUATION_CLASSES.indexOf('question');
    expect(prefix[3 * PUNCTUATION_KINDS + question]).toBe(2);
    expect(prefix[1 * PUNCTUATION_KINDS + question]).toBe(1);
  });
});

/** A document whose sentences differ in punctuation only, as both sides' counts. */
const ZH = [
  '你去吗？',
  '他说：“好。”',
  '苹果、梨、桃。',
  '太好了！',
  '（见上文）。',
  '我们走吧。',
  '谁来了？',
  '她喊：“快跑！”',
];
const EN = [
  'Are you going?',
  'He said: "Fine."',
  'Apples, pears, peaches.',
  'How wonderful!',
  '(See above).',
  "Let's go.",
  'Who came?',
  'She shouted: "Run!"',
];

function sides(zh: readonly string[], en: readonly string[]) {
  const side = (units: readonly string[]) => {
    const lengthPrefix = new Float64Array(units.length + 1);
    units.forEach((u, i) => {
      lengthPrefix[i + 1] = (lengthPrefix[i] ?? 0) + u.length;
    });
    return { count: units.length, lengthPrefix, punctuation: punctuationPrefix(units) };
  };
  return { zh: side(zh), en: side(en) };
}

const diagonal = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    zhStart: i,
    zhEnd: i + 1,
    enStart: i,
    enEnd: i + 1,
    posterior: 1,
  }));

describe('PunctuationScore', () => {
  it('scores every correct bead above the same Chinese with a shuffled English sentence, on punctuation alone', () => {
    const { zh, en } = sides(ZH, EN);
    const model = reestimatePunctuation(initialPunctuationModel(zh, en), zh, en, diagonal(8));
    const score = createPunctuationScore(zh, en, model);
    const same = (i: number, j: number) =>
      JSON.stringify(marks(EN[i] ?? '')) === JSON.stringify(marks(EN[j] ?? ''));
    for (let i = 0; i < ZH.length; i++) {
      const right = score(i, i + 1, i, i + 1, 1);
      expect(right).toBeGreaterThan(0);
      for (let j = 0; j < EN.length; j++) {
        if (!same(i, j)) expect(score(i, i + 1, j, j + 1, 1)).toBeLessThan(right);
      }
    }
  });

  it('scores full-width and half-width Chinese punctuation alike', () => {
    const halfZh = ZH.map((s) =>
      s.replace(/[？！：（）；]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
    );
    const full = sides(ZH, EN);
    const half = sides(halfZh, EN);
    const start = initialPunctuationModel(full.zh, full.en);
    const a = createPunctuationScore(full.zh, full.en, start);
    const b = createPunctuationScore(half.zh, half.en, start);
    for (let i = 0; i < ZH.length; i++)
      expect(b(i, i + 1, i, i + 1, 1)).toBe(a(i, i + 1, i, i + 1, 1));
  });

  it('learns a translator’s habit from the document: Chinese commas rendered by semicolons', () => {
    const zh = Array.from({ length: 30 }, (_, i) => (i % 2 ? '甲，乙。' : '甲乙。'));
    const en = Array.from({ length: 30 }, (_, i) => (i % 2 ? 'A; b.' : 'A b.'));
    const s = sides(zh, en);
    const start = initialPunctuationModel(s.zh, s.en);
    const model = reestimatePunctuation(start, s.zh, s.en, diagonal(30));
    const K = PUNCTUATION_KINDS;
    const comma = PUNCTUATION_CLASSES.indexOf('comma');
    const semicolon = PUNCTUATION_CLASSES.indexOf('semicolon');
    // From a sixth (English semicolons shared out over all Chinese marks) to most of the way
    // to one, the rest held back by the starting model's pseudo-counts in a 30-line text.
    expect(start.translate[semicolon * K + comma]).toBeLessThan(0.2);
    expect(model.translate[semicolon * K + comma]).toBeGreaterThan(0.6);
    const score = createPunctuationScore(s.zh, s.en, model);
    // Sentence 1 (with a comma) now goes with its semicolon, not with sentence 0's English.
    expect(score(1, 2, 1, 2, 1)).toBeGreaterThan(score(1, 2, 0, 1, 1));
    expect(score(0, 1, 0, 1, 1)).toBeGreaterThan(score(0, 1, 1, 2, 1));
  });
});
