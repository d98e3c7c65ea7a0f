import { describe, expect, it } from 'vitest';
import { groupsFromLinks, paragraphsDiffer } from '@/lib/bitext/groups';

const link = (zh: number[], en: number[], confidence = 0.9) => ({
  zh,
  en,
  confidence,
  posterior: confidence,
  low: confidence < 0.75,
});
const shape = (groups: ReturnType<typeof groupsFromLinks>) =>
  groups.map((g) => `${g.zh.join(',')}:${g.en.join(',')}`);

describe('groupsFromLinks', () => {
  // Chinese: paragraphs of 2, 1, 2 sentences; English: 1, 2, 2.
  const zhBounds = [0, 2, 3, 5];
  const enBounds = [0, 1, 3, 5];

  it('groups the smallest runs of paragraphs that no link crosses', () => {
    const groups = groupsFromLinks(
      [link([0, 1], [0]), link([2], [1, 2]), link([3], [3]), link([4], [4], 0.5)],
      zhBounds,
      enBounds,
    );
    expect(shape(groups)).toEqual(['0:0', '1:1', '2:2']);
    expect(groups[2]?.links.map((l) => l.zh)).toEqual([[0], [1]]);
    expect(groups[2]?.confidence).toBe(0.5);
    expect(groups[2]?.low).toBe(true);
  });

  it('joins groups when a later link reaches back, and keeps deletions in order', () => {
    const groups = groupsFromLinks(
      [link([0], [0]), link([1], []), link([2], []), link([], [1]), link([3, 4], [2, 3, 4])],
      zhBounds,
      enBounds,
    );
    expect(shape(groups)).toEqual(['0:0', '1:', '2:1,2']);
    // English sentence 1 first looks unmatched (a group of its own), then Chinese sentence 1,
    // of paragraph 0, links to English sentence 2, of the same English paragraph as it.
    const crossing = groupsFromLinks(
      [link([0], [0]), link([], [1]), link([1], [2]), link([2], []), link([3, 4], [3, 4])],
      zhBounds,
      enBounds,
    );
    expect(shape(crossing)).toEqual(['0:0,1', '1:', '2:2']);
  });
});

describe('paragraphsDiffer', () => {
  it('says when one side has more than twice as many paragraphs', () => {
    expect(paragraphsDiffer(38, 1)).toBe(true);
    expect(paragraphsDiffer(10, 6)).toBe(false);
    expect(paragraphsDiffer(0, 0)).toBe(false);
  });
});
