import { describe, expect, it } from 'vitest';
import type { AlignedPair, ParallelDocument } from '@/lib/content/schema';
import { attentionCounts, buildEditorView, cachedAligner } from '@/lib/edit/editor-view';
import { runQa } from '@/lib/qa/run-qa';
import { buildReviewView } from '@/lib/review/build-review-view';
import { reviewCounts } from '@/lib/review/document-counts';
import { countNeedsReview } from '@/lib/review/needs-review';

const pair = (id: string, extra: Partial<AlignedPair>): AlignedPair => ({
  id,
  kind: 'paragraph',
  notes: [],
  zh: '今天天气很好。我们去公园吧。',
  en: 'The weather is nice today. Let us go to the park.',
  ...extra,
});

/** As an import keeps them: links with the aligner's confidence, one of them uncertain. */
const doc: ParallelDocument = {
  slug: 'd',
  title: { zh: '题', en: 'T' },
  byline: [],
  source: { name: { zh: '源', en: 'S' }, url: 'https://example.org/' },
  date: '2026',
  speakers: {},
  pairs: [
    pair('p1', { links: ['1,2:1,2'], confidence: [0.79] }),
    pair('p2', { links: ['1:1', '2:2'], confidence: [0.62, 0.95] }),
    pair('p3', { links: ['1:1', '2:2'], confidence: [0.5, 0.5], confirmed: true }),
    pair('p4', { links: ['1:1', '2:2'] }),
  ],
  furniture: [],
};

describe('reviewCounts', () => {
  it('counts as the review page does: uncertain links of pairs not confirmed', () => {
    const review = buildReviewView(doc, []);
    expect(reviewCounts(doc)).toEqual({
      pairs: 4,
      links: review.linkCount,
      needsReview: review.uncertainLinks,
    });
    expect(reviewCounts(doc).needsReview).toBe(2);
  });

  it('agrees with the editor, which keeps an import’s confidence (the import preview’s count)', () => {
    const view = buildEditorView(doc, cachedAligner([]), runQa(doc, []));
    expect(countNeedsReview(view)).toBe(reviewCounts(doc).needsReview);
    expect(attentionCounts(view).uncertain).toBe(3);
  });
});
