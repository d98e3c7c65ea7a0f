import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/align/split-sentences';
import { parseDocumentFile } from '@/lib/content/parse';
import type { ParallelDocument } from '@/lib/content/schema';
import { serializeDocument } from '@/lib/content/serialize';
import {
  EditError,
  editSegment,
  joinSegments,
  mergePairs,
  moveSentence,
  type Side,
  separatorBetween,
  splitPair,
} from '@/lib/edit/operations';
import { documentArbitrary } from './arbitraries';

/** Property tests run many cases: far from the default 5 s on a busy machine. */
const PROPERTY = { timeout: 60_000 };

const RUNS = { numRuns: 150 };

/** Counts the edits a property made, so that a property refused every time fails. */
function counter() {
  let made = 0;
  return {
    made: () => {
      made++;
    },
    expectSome: () => expect(made).toBeGreaterThan(20),
  };
}

function doc(
  pairs: Array<Partial<ParallelDocument['pairs'][number]> & { zh: string; en: string }>,
) {
  return {
    slug: 'd',
    title: { zh: '题', en: 'T' },
    byline: [],
    source: { name: { zh: '源', en: 'S' }, url: 'https://example.com' },
    date: '2023',
    speakers: { a: { zh: '甲', en: 'A' }, b: { zh: '乙', en: 'B' } },
    pairs: pairs.map((p, i) => ({ id: `p${i + 1}`, kind: 'paragraph' as const, notes: [], ...p })),
    furniture: [],
  } satisfies ParallelDocument;
}

const all = (d: ParallelDocument, side: Side) => d.pairs.map((p) => p[side]).join('');

/** The concatenation of one side of `d`, with `sep` inserted after pair `index`. */
function withSeparatorAfter(d: ParallelDocument, side: Side, index: number, sep: string) {
  const offset = d.pairs.slice(0, index + 1).reduce((n, p) => n + p[side].length, 0);
  const text = all(d, side);
  return text.slice(0, offset) + sep + text.slice(offset);
}

/** A valid document survives the validator unchanged (ids, links, speakers, non-empty sides). */
function expectValid(d: ParallelDocument) {
  expect(parseDocumentFile(serializeDocument(d), 'generated.yaml')).toEqual(d);
}

/** Runs an edit that may be refused; a refusal must be an EditError and change nothing. */
function attempt(d: ParallelDocument, edit: (d: ParallelDocument) => ParallelDocument) {
  const before = structuredClone(d);
  try {
    const after = edit(d);
    expect(d).toEqual(before); // the input is never mutated
    return after;
  } catch (error) {
    expect(error).toBeInstanceOf(EditError);
    expect(d).toEqual(before);
    return undefined;
  }
}

const docs = documentArbitrary(splitSentences);
const withPick = docs.chain((d) => fc.tuple(fc.constant(d), fc.nat({ max: d.pairs.length - 1 })));

describe('joinSegments', () => {
  it('joins Chinese with nothing and English with one space only where none is', () => {
    expect(joinSegments('zh', '好。', '对。')).toBe('好。对。');
    expect(joinSegments('en', 'Yes.', 'No.')).toBe('Yes. No.');
    expect(joinSegments('en', 'Yes. ', 'No.')).toBe('Yes. No.');
    expect(joinSegments('en', 'Yes.', ' No.')).toBe('Yes. No.');
  });
});

describe('mergePairs', () => {
  it('joins a pair with the next, keeping the first id and both notes, dropping links', () => {
    const d = doc([
      { zh: '好。', en: 'Yes.', links: ['1:1'], notes: [{ en: 'n1', zh: '注1' }] },
      { zh: '对。', en: 'Right.', notes: [{ en: 'n2', zh: '注2' }] },
      { zh: '三。', en: 'Three.' },
    ]);
    const merged = mergePairs(d, 'p1');
    expect(merged.pairs.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(merged.pairs[0]).toEqual({
      id: 'p1',
      kind: 'paragraph',
      zh: '好。对。',
      en: 'Yes. Right.',
      notes: [
        { en: 'n1', zh: '注1' },
        { en: 'n2', zh: '注2' },
      ],
    });
  });

  it('refuses the last pair, an unknown pair and pairs of different speakers', () => {
    const d = doc([
      { zh: '问。', en: 'Q.', speaker: 'a' },
      { zh: '答。', en: 'A.', speaker: 'b' },
    ]);
    expect(() => mergePairs(d, 'p2')).toThrow(/last one/);
    expect(() => mergePairs(d, 'p9')).toThrow(/no pair "p9"/);
    expect(() => mergePairs(d, 'p1')).toThrow(/different speakers/);
  });

  it(
    'keeps every character once and in order, adding only its separator (property)',
    PROPERTY,
    () => {
      const count = counter();
      fc.assert(
        fc.property(withPick, ([d, i]) => {
          const a = d.pairs[i];
          const b = d.pairs[i + 1];
          const after = attempt(d, (x) => mergePairs(x, a?.id ?? ''));
          if (!after || !a || !b) return;
          count.made();
          expect(all(after, 'zh')).toBe(all(d, 'zh'));
          expect(all(after, 'en')).toBe(
            withSeparatorAfter(d, 'en', i, separatorBetween('en', a.en, b.en)),
          );
          expect(after.pairs).toHaveLength(d.pairs.length - 1);
          expectValid(after);
        }),
        RUNS,
      );
      count.expectSome();
    },
  );
});

describe('splitPair', () => {
  const inside = (count: number) => fc.integer({ min: 1, max: Math.max(1, count - 1) });
  /** Split points inside the pair (refused only where a side has a single sentence). */
  const splitArgs = withPick.chain(([d, i]) => {
    const pair = d.pairs[i];
    const zhCount = splitSentences(pair?.zh ?? '', 'zh').length;
    const enCount = splitSentences(pair?.en ?? '', 'en').length;
    return fc.tuple(fc.constant(d), fc.constant(i), inside(zhCount), inside(enCount));
  });

  it('splits before the given sentences; the new pair gets an unused id', () => {
    const d = doc([
      { zh: '一。二。', en: 'One. Two.', speaker: 'a', notes: [{ en: 'n', zh: '注' }] },
      { id: 'p1-2', zh: '三。', en: 'Three.' },
    ]);
    const split = splitPair(d, 'p1', 1, 1);
    expect(split.pairs.map((p) => [p.id, p.zh, p.en, p.speaker, p.notes.length])).toEqual([
      ['p1', '一。', 'One. ', 'a', 1],
      ['p1-3', '二。', 'Two.', 'a', 0],
      ['p1-2', '三。', 'Three.', undefined, 0],
    ]);
  });

  it('is undone by a merge', () => {
    const d = doc([{ zh: '一。二。三。', en: 'One. Two.  Three.' }]);
    expect(mergePairs(splitPair(d, 'p1', 2, 1), 'p1')).toEqual(d);
  });

  it('refuses a split point that leaves a half empty', () => {
    const d = doc([{ zh: '一。二。', en: 'One. Two.' }]);
    expect(() => splitPair(d, 'p1', 0, 1)).toThrow(EditError);
    expect(() => splitPair(d, 'p1', 1, 2)).toThrow(/English sentence 3/);
    expect(() => splitPair(d, 'p1', 1.5, 1)).toThrow(EditError);
  });

  it('keeps every character once and in order (property)', PROPERTY, () => {
    const count = counter();
    fc.assert(
      fc.property(splitArgs, ([d, i, zh, en]) => {
        const after = attempt(d, (x) => splitPair(x, d.pairs[i]?.id ?? '', zh, en));
        if (!after) return;
        count.made();
        expect(all(after, 'zh')).toBe(all(d, 'zh'));
        expect(all(after, 'en')).toBe(all(d, 'en'));
        expect(after.pairs).toHaveLength(d.pairs.length + 1);
        expectValid(after);
      }),
      RUNS,
    );
    count.expectSome();
  });
});

describe('moveSentence', () => {
  const d = doc([
    { zh: '一。', en: 'One.' },
    { zh: '二。三。', en: 'Two. Three.', links: ['1,2:1,2'] },
    { zh: '四。', en: 'Four.' },
  ]);

  it('moves the first sentence to the end of the previous pair', () => {
    const moved = moveSentence(d, 'p2', 'en', 'previous');
    expect(moved.pairs.map((p) => p.en)).toEqual(['One. Two. ', 'Three.', 'Four.']);
    expect(moved.pairs.map((p) => p.zh)).toEqual(['一。', '二。三。', '四。']);
    expect(moved.pairs[1]?.links).toBeUndefined();
  });

  it('moves the last sentence to the start of the next pair', () => {
    const moved = moveSentence(d, 'p2', 'zh', 'next');
    expect(moved.pairs.map((p) => p.zh)).toEqual(['一。', '二。', '三。四。']);
  });

  it('refuses to empty a side or to move past either end', () => {
    expect(() => moveSentence(d, 'p1', 'en', 'next')).toThrow(/only one English sentence/);
    expect(() => moveSentence(d, 'p1', 'zh', 'previous')).toThrow(/no previous pair/);
    expect(() => moveSentence(d, 'p3', 'zh', 'next')).toThrow(/no next pair/);
  });

  it('moves several sentences at once: the dragged one and those before the boundary', () => {
    const three = doc([
      { zh: '一。', en: 'One.' },
      { zh: '二。三。四。', en: 'Two. Three. Four.' },
      { zh: '五。', en: 'Five.' },
    ]);
    expect(moveSentence(three, 'p2', 'zh', 'previous', 2).pairs.map((p) => p.zh)).toEqual([
      '一。二。三。',
      '四。',
      '五。',
    ]);
    expect(moveSentence(three, 'p2', 'en', 'next', 2).pairs.map((p) => p.en)).toEqual([
      'One.',
      'Two. ',
      'Three. Four. Five.',
    ]);
    expect(() => moveSentence(three, 'p2', 'zh', 'next', 3)).toThrow(/at least one must stay/);
  });

  it(
    'keeps every character once and in order, adding only its separator (property)',
    PROPERTY,
    () => {
      const args = fc.tuple(
        withPick,
        fc.constantFrom<Side>('zh', 'en'),
        fc.constantFrom('previous' as const, 'next' as const),
      );
      const count = counter();
      fc.assert(
        fc.property(args, ([[d, i], side, direction]) => {
          const pair = d.pairs[i];
          const after = attempt(d, (x) => moveSentence(x, pair?.id ?? '', side, direction));
          if (!after || !pair) return;
          count.made();
          const sentences = splitSentences(pair[side], side);
          const other = side === 'zh' ? 'en' : 'zh';
          expect(all(after, other)).toBe(all(d, other));
          const neighbour = d.pairs[direction === 'previous' ? i - 1 : i + 1];
          const sep =
            direction === 'previous'
              ? separatorBetween(side, neighbour?.[side] ?? '', sentences[0] ?? '')
              : separatorBetween(side, sentences.at(-1) ?? '', neighbour?.[side] ?? '');
          // 'previous': the separator follows the neighbour's old text (the end of pair i-1);
          // 'next': it follows the moved sentence, at the old end of pair i.
          const boundary = direction === 'previous' ? i - 1 : i;
          expect(all(after, side)).toBe(withSeparatorAfter(d, side, boundary, sep));
          expectValid(after);
        }),
        RUNS,
      );
      count.expectSome();
    },
  );
});

describe('editSegment', () => {
  it('replaces one side and keeps links that still fit', () => {
    const d = doc([{ zh: '一。', en: 'One.', links: ['1:1'] }]);
    expect(editSegment(d, 'p1', 'en', 'Uno.').pairs[0]).toMatchObject({
      en: 'Uno.',
      links: ['1:1'],
    });
    expect(editSegment(d, 'p1', 'en', 'Uno. Dos.').pairs[0]?.links).toBeUndefined();
  });

  it('refuses blank text and line breaks in Chinese', () => {
    const d = doc([{ zh: '一。', en: 'One.' }]);
    expect(() => editSegment(d, 'p1', 'en', '  ')).toThrow(/left empty/);
    expect(() => editSegment(d, 'p1', 'zh', '一。\n二。')).toThrow(/single paragraph/);
  });

  it('changes only the edited side of the edited pair (property)', PROPERTY, () => {
    const count = counter();
    fc.assert(
      fc.property(
        withPick,
        fc.constantFrom<Side>('zh', 'en'),
        fc.string(),
        ([d, i], side, text) => {
          const after = attempt(d, (x) => editSegment(x, d.pairs[i]?.id ?? '', side, text));
          if (!after) return;
          count.made();
          expect(after.pairs.map((p, k) => (k === i ? { ...p, [side]: '', links: 0 } : p))).toEqual(
            d.pairs.map((p, k) => (k === i ? { ...p, [side]: '', links: 0 } : p)),
          );
          expect(after.pairs[i]?.[side]).toBe(text);
          expectValid(after);
        },
      ),
      RUNS,
    );
    count.expectSome();
  });
});

describe('stanzas', () => {
  const poem = doc([
    {
      kind: 'stanza',
      zh: '轻轻的我走了，\n正如我轻轻的来；',
      en: 'Softly I am leaving,\nas softly as I came;',
    },
    {
      kind: 'stanza',
      zh: '我轻轻的招手，\n作别西天的云彩。\n那河畔的金柳，',
      en: 'softly I wave my hand\nto the clouds of the western sky.\nThe golden willow by the river',
    },
    { zh: '一九二八年。', en: '1928.', kind: 'dateline' },
  ]);

  it('splits a stanza between lines, the same line on both sides, dropping the break', () => {
    const split = splitPair(poem, 'p2', 2, 2);
    expect(split.pairs.map((p) => p.zh)).toEqual([
      '轻轻的我走了，\n正如我轻轻的来；',
      '我轻轻的招手，\n作别西天的云彩。',
      '那河畔的金柳，',
      '一九二八年。',
    ]);
    expectValid(split);
    expect(() => splitPair(poem, 'p2', 1, 2)).toThrow(/same line on both sides/);
  });

  it('merges stanzas with a line break and moves lines on both sides', () => {
    const merged = mergePairs(poem, 'p1');
    expect(merged.pairs[0]?.en.split('\n')).toHaveLength(5);
    expectValid(merged);
    const moved = moveSentence(poem, 'p2', 'en', 'previous');
    expect(moved.pairs[0]?.zh).toBe('轻轻的我走了，\n正如我轻轻的来；\n我轻轻的招手，');
    expect(moved.pairs[0]?.en).toBe(
      'Softly I am leaving,\nas softly as I came;\nsoftly I wave my hand',
    );
    expect(moved.pairs[1]?.en).toBe(
      'to the clouds of the western sky.\nThe golden willow by the river',
    );
    expectValid(moved);
  });

  it('keeps verse lines out of prose', () => {
    expect(() => moveSentence(poem, 'p2', 'zh', 'next')).toThrow(/different kinds/);
  });

  it('refuses an edit that would leave a stanza with unequal lines', () => {
    expect(() => editSegment(poem, 'p1', 'en', 'One line only')).toThrow(/line by line/);
    expect(editSegment(poem, 'p1', 'zh', '轻轻的，\n我走了。').pairs[0]?.zh).toBe(
      '轻轻的，\n我走了。',
    );
  });
});
