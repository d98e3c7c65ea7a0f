import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unchecked, viewBlock } from '@/components/local/view-blocks';
import { wholeChecks, withFlags } from '@/components/local/whole-checks';
import { mapPicture } from '@/components/review/map-paths';
import { parseDocumentFile } from '@/lib/content/parse';
import { buildReviewView } from '@/lib/review/build-review-view';

// An interview: flags across pairs (consistency), uncertain links, pairs not confirmed.
const file = 'content/documents/apus-li-tao-interview.yaml';
const doc = parseDocumentFile(readFileSync(file, 'utf8'), file);
const whole = buildReviewView(doc, []);

describe('wholeChecks', () => {
  const { head, slices } = wholeChecks(whole, 7);

  it("sends the counts and the map's picture, not the pairs", () => {
    expect(head.view).toEqual({ ...whole, pairs: [] });
    expect(head.total).toBe(doc.pairs.length);
    expect(head.map).toEqual(mapPicture(whole.pairs));
  });

  it('gives every flagged pair its flags, by index, and no pair without any', () => {
    const sent = new Map(slices.flat());
    expect(slices).toHaveLength(Math.ceil(doc.pairs.length / 7));
    expect(sent.size).toBeGreaterThan(0);
    whole.pairs.forEach((pair, index) => {
      expect(sent.get(index) ?? []).toEqual(pair.flags);
      if (pair.flags.length === 0) expect(sent.has(index)).toBe(false);
    });
  });

  it("marks each block's box with the filters that keep one of its pairs", () => {
    expect(head.boxes).toHaveLength(Math.ceil(doc.pairs.length / 50));
    const flaggedBlocks = new Set(
      whole.pairs.flatMap((p, i) => (p.flagged ? [Math.floor(i / 50)] : [])),
    );
    head.boxes.forEach((box, block) => {
      expect('data-flagged' in box).toBe(flaggedBlocks.has(block));
    });
  });

  it("makes a block's unchecked row the whole's row once its flags are in", () => {
    const sent = new Map(slices.flat());
    const block = viewBlock(doc, 'review', 0, undefined, doc.pairs.length);
    if (block.view !== 'review') throw new Error('a review block');
    const rows = block.pairs.map(unchecked);
    expect(rows.map((row, i) => withFlags(row, sent.get(i) ?? []))).toEqual(whole.pairs);
  });
});
