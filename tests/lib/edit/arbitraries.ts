import fc from 'fast-check';
import type { ParallelDocument } from '@/lib/content/schema';

/**
 * Generated documents for property tests: several pairs whose sides hold several sentences,
 * with the things that make edits awkward (astral characters, quotes, abbreviations, sentences
 * that touch without a space, trailing spaces), speakers, notes and manual links.
 */

const han = fc.constantFrom('数', '据', '算', '力', '李', '涛', '𠀀', '模', '型');
const zhInner = fc.constantFrom('数', 'A', '1', '𠀀', '“', '”', ' ', '，', 'GPT-2');
const zhSentence = fc
  .tuple(han, fc.array(zhInner, { maxLength: 6 }), fc.constantFrom('。', '！', '？', '；', '……'))
  .map(([first, rest, end]) => first + rest.join('') + end);

const word = fc.constantFrom('data', 'Li', 'Tao', 'U.S.', 'GPT-2', '“quoted”', 'e.g.', '𝒳', '24%');
const enSentence = fc
  .tuple(
    fc.constantFrom('The', 'We', 'APUS', 'Altman'),
    fc.array(word, { maxLength: 6 }),
    fc.constantFrom('.', '!', '?', '.”'),
  )
  .map(([first, rest, end]) => [first, ...rest].join(' ') + end);

/** Sentences joined as writers do: usually a space, sometimes none or two, maybe one at the end. */
const enText = fc
  .tuple(
    fc.array(fc.tuple(enSentence, fc.constantFrom(' ', ' ', '', '  ')), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.constantFrom('', '', ' '),
  )
  .map(([parts, tail]) =>
    parts
      .map(([s, gap], i) => (i < parts.length - 1 ? s + gap : s))
      .join('')
      .concat(tail),
  );
const zhText = fc.array(zhSentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));

const pairBody = fc.record({
  zh: zhText,
  en: enText,
  // Mostly the same speaker and kind, so that merges are usually allowed.
  speaker: fc.constantFrom(undefined, undefined, undefined, undefined, 'a'),
  kind: fc.constantFrom(...Array<'paragraph'>(7).fill('paragraph'), 'caption' as const),
  notes: fc.array(fc.record({ en: enSentence, zh: zhSentence }), { maxLength: 1 }),
  withLinks: fc.boolean(),
});

/** A document of 1–6 pairs, valid by construction (links cover every sentence in one link). */
export function documentArbitrary(
  split: (text: string, lang: 'zh' | 'en') => string[],
): fc.Arbitrary<ParallelDocument> {
  return fc.array(pairBody, { minLength: 1, maxLength: 6 }).map((bodies) => ({
    slug: 'generated',
    title: { zh: '标题', en: 'Title' },
    byline: [],
    source: { name: { zh: '来源', en: 'Source' }, url: 'https://example.com/a' },
    date: '2023-03',
    speakers: { a: { zh: '甲', en: 'A' }, b: { zh: '乙', en: 'B' } },
    pairs: bodies.map(({ withLinks, speaker, ...body }, i) => {
      const zhCount = split(body.zh, 'zh').length;
      const enCount = split(body.en, 'en').length;
      const range = (n: number) => Array.from({ length: n }, (_, k) => k + 1).join(',');
      return {
        id: `p${i + 1}`,
        ...body,
        ...(speaker !== undefined && { speaker }),
        ...(withLinks && { links: [`${range(zhCount)}:${range(enCount)}`] }),
      };
    }),
    furniture: [],
  }));
}
