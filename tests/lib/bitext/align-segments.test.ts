import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '@/lib/align/links';
import { alignSegments } from '@/lib/bitext/align-segments';
import { extractFeatures } from '@/lib/bitext/extract';
import { initialModel } from '@/lib/bitext/model';
import { createScorer } from '@/lib/bitext/scorer';
import { UNCERTAIN_BELOW } from '@/lib/review/needs-review';
import { PAIRS, tinyLexicon } from './fixtures';

const zh = PAIRS.map(([z]) => z);
const en = PAIRS.map(([, e]) => e);
const key = (l: { zh: number[]; en: number[] }) => `${l.zh.join(',')}:${l.en.join(',')}`;

describe('alignSegments', () => {
  it('links parallel sentences one to one, confidently', () => {
    const { links } = alignSegments(zh, en, { lexicon: tinyLexicon });
    expect(links.map(key)).toEqual(PAIRS.map((_, i) => `${i}:${i}`));
    expect(links.every((l) => l.confidence > UNCERTAIN_BELOW && !l.low)).toBe(true);
  });

  it('finds a deleted sentence and a joined one', () => {
    const joined = [...en.slice(0, 4), `${en[4]} ${en[5]}`, ...en.slice(6)];
    joined.splice(3, 1); // the English of sentence 3 is missing
    const { links } = alignSegments(zh, joined, { lexicon: tinyLexicon });
    expect(links.map(key)).toEqual([
      '0:0',
      '1:1',
      '2:2',
      '3:',
      '4,5:3',
      '6:4',
      '7:5',
      '8:6',
      '9:7',
    ]);
  });

  it('gives empty input no links and a one-sided input only deletions', () => {
    expect(alignSegments([], [], { lexicon: tinyLexicon }).links).toEqual([]);
    expect(alignSegments(zh.slice(0, 2), [], { lexicon: tinyLexicon }).links.map(key)).toEqual([
      '0:',
      '1:',
    ]);
  });

  it('links every segment of both sides exactly once, in order, with a confidence in [0, 1] (property)', () => {
    const segment = (alphabet: readonly string[]) =>
      fc
        .array(fc.constantFrom(...alphabet), { minLength: 0, maxLength: 12 })
        .map((w) => w.join(''));
    const zhAlphabet = [
      '神',
      '天',
      '地',
      '猫',
      '吃',
      '鱼',
      '的',
      '了',
      '𠮷',
      '，',
      '。',
      '24亿',
      'GPT-4',
    ];
    const enAlphabet = [
      'God ',
      'heaven ',
      'cat ',
      'eats ',
      'fish ',
      'the ',
      'of ',
      '2.4 billion ',
      '. ',
    ];
    fc.assert(
      fc.property(
        fc.array(segment(zhAlphabet), { maxLength: 25 }),
        fc.array(segment(enAlphabet), { maxLength: 25 }),
        (z, e) => {
          const { links } = alignSegments(z, e, { lexicon: tinyLexicon });
          expect(checkLinks(links, z.length, e.length)).toEqual([]);
          for (const link of links) {
            expect(link.confidence).toBeGreaterThanOrEqual(0);
            expect(link.confidence).toBeLessThanOrEqual(1);
            expect(link.low).toBe(link.confidence < UNCERTAIN_BELOW);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('bead scores and confidence', () => {
  it('scores a correct link above a shuffled one', () => {
    const features = extractFeatures(zh, en, tinyLexicon);
    const score = createScorer(features.zh, features.en, features, initialModel(features));
    PAIRS.forEach((_, i) => {
      const shuffled = (i + 3) % PAIRS.length;
      expect(score(i, i + 1, i, i + 1)).toBeGreaterThan(score(i, i + 1, shuffled, shuffled + 1));
    });
  });

  it('is less confident about a shuffled translation than a right one', () => {
    const right = alignSegments(zh, en, { lexicon: tinyLexicon }).links;
    const shuffledEn = en.map((_, i) => en[(i * 3) % en.length] ?? '');
    const wrong = alignSegments(zh, shuffledEn, { lexicon: tinyLexicon }).links;
    const mean = (links: { confidence: number }[]) =>
      links.reduce((s, l) => s + l.confidence, 0) / Math.max(1, links.length);
    expect(mean(right)).toBeGreaterThan(mean(wrong) + 0.2);
  });
});
