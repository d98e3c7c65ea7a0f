import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { glossaryOf, loadLibrary } from '@/lib/content/load';
import type { ParallelDocument } from '@/lib/content/schema';
import { documentUserWords } from '@/lib/segment/document';
import {
  type GoldSegmentation,
  isChineseWord,
  parseGoldSegmentation,
  scoreSegmentation,
} from '@/lib/segment/evaluate';
import { loadSegmenter } from '@/lib/segment/load';

const root = path.resolve(import.meta.dirname, '../../..');
const GOLD = 'tests/fixtures/segment/apus-li-tao-interview.p1-p10.gold.txt';

/**
 * Floors, a little under what the segmenter scores today (F1 0.975 over all tokens, 0.968
 * over Chinese words, tests/fixtures/segment/README.md): they leave room for a few glossary
 * terms added later that the gold splits (issue 11 asks for 破亿 and 超千万), and still fail
 * on any real regression: jieba, measured the same way, scores 0.93.
 */
const FLOOR_ALL = 0.96;
const FLOOR_CHINESE = 0.95;

describe('the segmenter against the gold segmentation of the interview, p1–p10', () => {
  let gold: GoldSegmentation;
  let doc: ParallelDocument;
  let predicted: string[][];

  beforeAll(async () => {
    const library = await loadLibrary(path.join(root, 'content'), { root });
    const found = library.documents.find((d) => d.slug === 'apus-li-tao-interview');
    if (!found) throw new Error('content: apus-li-tao-interview is missing');
    doc = found;
    gold = parseGoldSegmentation(readFileSync(path.join(root, GOLD), 'utf8'));
    const segmenter = loadSegmenter(documentUserWords(doc, glossaryOf(library, doc.slug)));
    predicted = [...gold.keys()].map((id) =>
      segmenter.segment(doc.pairs.find((p) => p.id === id)?.zh ?? '').map((t) => t.text),
    );
  });

  it('holds exactly the Chinese of p1 to p10 (the gold never drifts from the document)', () => {
    expect([...gold.keys()]).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10']);
    for (const [id, words] of gold) {
      expect(words.join(''), id).toBe(doc.pairs.find((p) => p.id === id)?.zh);
    }
  });

  it('reaches the floors of precision, recall and F1 (figures printed)', () => {
    const all = scoreSegmentation(predicted, [...gold.values()]);
    const chinese = scoreSegmentation(predicted, [...gold.values()], isChineseWord);
    const line = (name: string, s: typeof all) =>
      `${name}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} (${s.correct} correct of ${s.predicted} predicted, ${s.gold} gold)`;
    console.log(
      `segmenter vs ${GOLD}\n  ${line('all tokens', all)}\n  ${line('Chinese words', chinese)}`,
    );
    expect(all.f1).toBeGreaterThanOrEqual(FLOOR_ALL);
    expect(chinese.f1).toBeGreaterThanOrEqual(FLOOR_CHINESE);
    expect(chinese.precision).toBeGreaterThanOrEqual(FLOOR_CHINESE);
    expect(chinese.recall).toBeGreaterThanOrEqual(FLOOR_CHINESE);
  });

  it('gives every glossary term in the gold as one word, as the gold does', () => {
    const terms = [
      '大模型',
      '蝴蝶的翅膀',
      '通用人工智能',
      '第二曲线',
      '创投圈',
      '工具类产品',
      '红杉中国',
    ];
    const words = new Set(predicted.flat());
    for (const term of terms) expect(words, term).toContain(term);
  });
});
