import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { viewBlock, wholeReview } from '@/components/local/view-blocks';
import { parseDocumentFile } from '@/lib/content/parse';
import { flagsByPair, runQa } from '@/lib/qa/run-qa';
import { buildReaderView } from '@/lib/reader/build-reader-view';
import { buildReviewView, type ReviewPair } from '@/lib/review/build-review-view';

// An interview: speakers (labels where the speaker changes, across block edges too), flags
// across pairs, uncertain links.
const file = 'content/documents/apus-li-tao-interview.yaml';
const doc = parseDocumentFile(readFileSync(file, 'utf8'), file);
const SIZE = 5;
const starts = Array.from({ length: Math.ceil(doc.pairs.length / SIZE) }, (_, i) => i * SIZE);
const withoutSentences = (pair: ReviewPair) => ({ ...pair, zh: [], en: [], notes: [] });

describe('viewBlock', () => {
  it('builds, block by block, the reader view of the whole (speaker labels included)', () => {
    const whole = buildReaderView(doc, []);
    const blocks = starts.flatMap(
      (start) => viewBlock(doc, 'reader', start, undefined, SIZE).pairs,
    );
    expect(blocks).toEqual(whole.pairs);
  });

  it('gives review blocks no flags until the whole is checked, then the whole’s flags', () => {
    const whole = buildReviewView(doc, []);
    const flags = flagsByPair(runQa(doc, []));
    const checked = starts.flatMap((start) => viewBlock(doc, 'review', start, flags, SIZE).pairs);
    expect(checked).toEqual(whole.pairs);
    const unchecked = viewBlock(doc, 'review', 0, undefined, SIZE);
    expect(
      unchecked.view === 'review' &&
        unchecked.pairs.every((p) => p.flags.length === 0 && !p.flagged && !p.worst),
    ).toBe(true);
    expect(whole.pairs.some((p) => p.flags.length > 0)).toBe(true);
  });
});

describe('wholeReview', () => {
  it('counts, maps and flags the whole as buildReviewView does, without the sentences', () => {
    const whole = buildReviewView(doc, []);
    const { view } = wholeReview(doc, [], SIZE);
    expect(view).toEqual({ ...whole, pairs: whole.pairs.map(withoutSentences) });
  });
});
