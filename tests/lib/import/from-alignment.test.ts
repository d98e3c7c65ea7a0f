import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, parseLink } from '@/lib/align/links';
import { pairUnitSpans } from '@/lib/align/split-sentences';
import { alignDocument } from '@/lib/bitext/align-document';
import type { AlignmentLexicon } from '@/lib/bitext/lexicon';
import { loadLexiconFile } from '@/lib/bitext/lexicon-file';
import { parseDocumentFile } from '@/lib/content/parse';
import type { ParallelDocument } from '@/lib/content/schema';
import { serializeDocument } from '@/lib/content/serialize';
import { buildPair, mergeOverlapping, pairsFromAlignment } from '@/lib/import/from-alignment';
import { buildReviewView } from '@/lib/review/build-review-view';

const root = path.resolve(import.meta.dirname, '../../..');
const verses = readFileSync(path.join(root, 'tests/fixtures/align/genesis-1-1-24.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line): { zh: string; en: string } => JSON.parse(line));

const documentOf = (pairs: ParallelDocument['pairs']): ParallelDocument => ({
  slug: 'genesis',
  title: { zh: '创世记', en: 'Genesis' },
  byline: [],
  source: { name: { zh: '和合本', en: 'KJV' }, url: 'https://example.org/' },
  date: '2024',
  speakers: {},
  pairs,
  furniture: [],
});

describe('pairsFromAlignment', () => {
  let lexicon: AlignmentLexicon;
  beforeAll(() => {
    lexicon = loadLexiconFile(path.join(root, 'lib/bitext/data/cedict-lexicon.json'));
  });

  for (const [layout, zh, en] of [
    ['one verse a line', verses.map((v) => v.zh).join('\n'), verses.map((v) => v.en).join('\n')],
    ['run together', verses.map((v) => v.zh).join(''), verses.map((v) => v.en).join(' ')],
  ] as const) {
    it(`keeps the aligner's links, and the review counts what the import counted (${layout})`, () => {
      const alignment = alignDocument(zh, en, { lexicon });
      const atImport = alignment.groups.flatMap((g) => g.links).filter((l) => l.low).length;
      const doc = documentOf(pairsFromAlignment(alignment));
      // Saved and read back as the library does.
      const saved = parseDocumentFile(serializeDocument(doc), 'genesis.yaml');
      expect(saved.pairs.map((p) => p.zh).join('')).toBe(zh.replaceAll('\n', ''));
      const review = buildReviewView(saved, []);
      expect(review.uncertainLinks).toBe(atImport);
      expect(review.linkCount).toBe(alignment.groups.flatMap((g) => g.links).length);
      expect(review.pairs.every((p) => p.alignment === 'auto')).toBe(true);
    });
  }
});

describe('mergeOverlapping', () => {
  it('merges links that come to share a unit, at the lower confidence', () => {
    expect(
      mergeOverlapping([
        { zh: [0], en: [0], confidence: 0.9 },
        { zh: [1], en: [], confidence: 0.95 },
        { zh: [2], en: [0], confidence: 0.7 },
        { zh: [3], en: [1], confidence: 0.99 },
      ]),
    ).toEqual([
      { zh: [0, 1, 2], en: [0], confidence: 0.7 },
      { zh: [3], en: [1], confidence: 0.99 },
    ]);
  });
});

describe('buildPair', () => {
  it('gives one link of the whole pair when a unit is shared further back than merging looks', () => {
    // '甲，乙。' is one reader's unit but two of the aligner's sentences, linked 17 links apart
    // (English-only links between): as in a 15 MB import's longest pair.
    const en = Array.from({ length: 19 }, (_, k) => `Sentence number ${k + 1} ends here. `);
    const links = [
      { zh: [0], en: [0], confidence: 0.9 },
      ...Array.from({ length: 17 }, (_, k) => ({ zh: [], en: [k + 1], confidence: 0.7 })),
      { zh: [1], en: [18], confidence: 0.8 },
    ];
    const pair = buildPair('p1', [['甲，', '乙。']], [en], links);
    const parsed = (pair.links ?? []).map(parseLink).filter((l) => l !== undefined);
    const count = (text: string, side: 'zh' | 'en') => pairUnitSpans(text, side, false).length;
    expect(checkLinks(parsed, count(pair.zh, 'zh'), count(pair.en, 'en'))).toEqual([]);
    expect(parsed).toHaveLength(1);
    expect(pair.confidence).toEqual([0.7]);
  });
});
