import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fitsSentence,
  type SentenceWords,
  stepPlace,
  type TextPlace,
  wordAt,
  wordSpans,
} from '@/lib/reader/word-spans';

/** A sentence from words written with spaces: '第一次 是 在 2019 年 ，'. */
const sentence = (spaced: string): SentenceWords => {
  const words = spaced.split(' ');
  return { chars: [...words.join('')], words: words.map((w) => [...w].length) };
};

/** The sentences as `stepPlace` asks for them. */
const sentencesOf =
  (text: readonly SentenceWords[]) =>
  (index: number): SentenceWords | undefined =>
    text[index];

/** The text of a place's word. */
const textOf = (text: readonly SentenceWords[], place: { sentence: number; index: number }) => {
  const s = text[place.sentence];
  const span = s?.words ? wordAt(s.words, place.index) : undefined;
  return span ? s?.chars.slice(span.start, span.start + span.length).join('') : undefined;
};

/** The place of a character, with the word holding it. */
const placeAt = (text: readonly SentenceWords[], s: number, index: number): TextPlace => {
  const span = wordAt(text[s]?.words ?? [], index) ?? { start: index, length: 1 };
  return { sentence: s, index, span };
};

describe('wordSpans', () => {
  it('gives each word its start and length', () => {
    expect(wordSpans([3, 1, 2])).toEqual([
      { start: 0, length: 3 },
      { start: 3, length: 1 },
      { start: 4, length: 2 },
    ]);
    expect(wordSpans([])).toEqual([]);
  });
});

describe('wordAt', () => {
  it('finds the word that holds a character, not the one starting there', () => {
    // 第一次是: a tap on 次 is 第一次.
    expect(wordAt([3, 1], 2)).toEqual({ start: 0, length: 3, word: 0 });
    expect(wordAt([3, 1], 0)).toEqual({ start: 0, length: 3, word: 0 });
    expect(wordAt([3, 1], 3)).toEqual({ start: 3, length: 1, word: 1 });
  });

  it('finds nothing outside the sentence', () => {
    expect(wordAt([3, 1], 4)).toBeUndefined();
    expect(wordAt([3, 1], -1)).toBeUndefined();
    expect(wordAt([], 0)).toBeUndefined();
  });

  it('holds every character in exactly one word (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 30 }), (words) => {
        const total = words.reduce((sum, n) => sum + n, 0);
        for (let i = 0; i < total; i++) {
          const found = wordAt(words, i);
          expect(found && i >= found.start && i < found.start + found.length).toBe(true);
          expect(wordSpans(words)[found?.word ?? -1]).toEqual({
            start: found?.start,
            length: found?.length,
          });
        }
        expect(wordAt(words, total)).toBeUndefined();
      }),
    );
  });
});

describe('fitsSentence', () => {
  it('accepts lengths that add up to the code points, outside the BMP too', () => {
    expect(fitsSentence([2, 1], [...'𠮷野。'])).toBe(true);
    // '𠮷野'.length is 3 (UTF-16 units), but it is two characters.
    expect(fitsSentence([3], [...'𠮷野'])).toBe(false);
    expect(fitsSentence([], [])).toBe(true);
  });

  it('refuses a stale segmentation: wrong total, zero or fractional lengths', () => {
    expect(fitsSentence([3], [...'银行'])).toBe(false);
    expect(fitsSentence([2, 0], [...'银行'])).toBe(false);
    expect(fitsSentence([1.5, 0.5], [...'银行'])).toBe(false);
  });
});

describe('stepPlace', () => {
  // Interview p1 ends "…早得多。", p2 starts "第一次是在2019年，…".
  const text = [sentence('比 许多 人 早 得 多 。'), sentence('第一次 是 在 2019 年 ， 李涛')];

  it('steps word by word, skipping punctuation and digits, across sentences', () => {
    const from = placeAt(text, 1, 2); // 次, in 第一次
    const next = stepPlace(sentencesOf(text), from, 'word', 1);
    expect(next).toEqual({ sentence: 1, index: 3 });
    expect(next && textOf(text, next)).toBe('是');
    const words: (string | undefined)[] = [];
    for (let at: TextPlace | null = from; at; ) {
      const step = stepPlace(sentencesOf(text), at, 'word', 1);
      at = step && placeAt(text, step.sentence, step.index);
      if (at) words.push(textOf(text, at));
    }
    expect(words).toEqual(['是', '在', '年', '李涛']);
    // Back from 第一次: the last word of p1 that holds a Chinese character (多, before 。).
    const back = stepPlace(sentencesOf(text), from, 'word', -1);
    expect(back).toEqual({ sentence: 0, index: 6 });
  });

  it('steps character by character within a word and on', () => {
    const from = placeAt(text, 1, 0); // 第
    const next = stepPlace(sentencesOf(text), from, 'char', 1);
    expect(next).toEqual({ sentence: 1, index: 1 }); // 一, still in 第一次
    expect(next && textOf(text, next)).toBe('第一次');
    // From 在, the next character is 年 (2019 is not Chinese).
    expect(stepPlace(sentencesOf(text), placeAt(text, 1, 4), 'char', 1)).toEqual({
      sentence: 1,
      index: 9,
    });
    expect(stepPlace(sentencesOf(text), from, 'char', -1)).toEqual({ sentence: 0, index: 6 });
  });

  it('gives null at either end of the text', () => {
    expect(stepPlace(sentencesOf(text), placeAt(text, 0, 0), 'word', -1)).toBeNull();
    expect(stepPlace(sentencesOf(text), placeAt(text, 0, 0), 'char', -1)).toBeNull();
    expect(stepPlace(sentencesOf(text), placeAt(text, 1, 11), 'word', 1)).toBeNull();
    expect(stepPlace(sentencesOf(text), placeAt(text, 1, 12), 'char', 1)).toBeNull();
  });

  it('without words, the next word starts after the word found, and characters are words', () => {
    const plain = [{ chars: [...'创始人李涛。好'] }];
    // The dictionary found 创始人 at 创: the next word starts at 李.
    const from = { sentence: 0, index: 0, span: { start: 0, length: 3 } };
    expect(stepPlace(sentencesOf(plain), from, 'word', 1)).toEqual({ sentence: 0, index: 3 });
    expect(stepPlace(sentencesOf(plain), from, 'char', 1)).toEqual({ sentence: 0, index: 1 });
    const tao = { sentence: 0, index: 4, span: { start: 4, length: 1 } };
    expect(stepPlace(sentencesOf(plain), tao, 'word', 1)).toEqual({ sentence: 0, index: 6 });
    // A stale segmentation is no segmentation.
    const stale = [{ chars: [...'创始人'], words: [2] }];
    expect(stepPlace(sentencesOf(stale), from, 'word', -1)).toBeNull();
  });

  it('visits every Chinese character once, forwards and back (property)', () => {
    const han = fc.constantFrom(...'第一次是在年李涛创始人');
    const other = fc.constantFrom('，', '。', 'A', '2', ' ');
    const text = fc.array(
      fc.array(fc.oneof(han, han, other), { minLength: 1, maxLength: 12 }).map((chars) => ({
        chars,
      })),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(text, (sentences) => {
        const all = sentences.flatMap((s, si) =>
          s.chars.flatMap((c, index) => (/\p{Script=Han}/u.test(c) ? [{ si, index }] : [])),
        );
        const first = all[0];
        if (!first) return;
        const visited = [first];
        let at: TextPlace = {
          sentence: first.si,
          index: first.index,
          span: { start: first.index, length: 1 },
        };
        for (;;) {
          const next = stepPlace(sentencesOf(sentences), at, 'char', 1);
          if (!next) break;
          visited.push({ si: next.sentence, index: next.index });
          at = { ...next, span: { start: next.index, length: 1 } };
        }
        expect(visited).toEqual(all);
        const back = [visited.at(-1)];
        for (;;) {
          const previous = stepPlace(sentencesOf(sentences), at, 'char', -1);
          if (!previous) break;
          back.push({ si: previous.sentence, index: previous.index });
          at = { ...previous, span: { start: previous.index, length: 1 } };
        }
        expect(back.reverse()).toEqual(all);
      }),
    );
  });
});
