import { describe, expect, it } from 'vitest';
import { mapPaths } from '@/components/review/map-paths';
import type { ReviewPair } from '@/lib/review/build-review-view';

/** A pair with only the fields the map reads; the rest are never touched. */
const pair = (id: string, zhLength: number, extra: Partial<ReviewPair> = {}): ReviewPair => ({
  id,
  kind: 'paragraph',
  zh: [],
  en: [],
  links: [],
  alignment: 'auto',
  notes: [],
  zhLength,
  enLength: zhLength * 2,
  minConfidence: 1,
  uncertain: false,
  confirmed: false,
  flags: [],
  flagged: false,
  acknowledged: false,
  ...extra,
});

describe('mapPaths', () => {
  const at = (p: ReviewPair) => [p.zhLength, p.enLength] as const;

  it('draws one circle per position and look, whatever the number of pairs', () => {
    const pairs = Array.from({ length: 50_000 }, (_, i) => pair(`p${i + 1}`, i % 10));
    const [path, ...rest] = mapPaths(pairs, at, 6);
    expect(rest).toEqual([]);
    expect(path).toMatchObject({ worst: 'none', hollow: false, marks: 10 });
    expect(path?.d.match(/M/g)).toHaveLength(10);
  });

  it('paints the worse looks last (on top), hollow before full', () => {
    const paths = mapPaths(
      [
        pair('p1', 1, { worst: 'error' }),
        pair('p2', 2, { worst: 'info' }),
        pair('p3', 3),
        pair('p4', 4, { minConfidence: 0.1 }),
      ],
      at,
      6,
    );
    expect(paths.map((p) => `${p.worst} ${p.hollow}`)).toEqual([
      'none true',
      'none false',
      'info false',
      'error false',
    ]);
    expect(paths[3]?.d).toBe('M-5 2a6 6 0 1 0 12 0a6 6 0 1 0 -12 0');
  });
});
