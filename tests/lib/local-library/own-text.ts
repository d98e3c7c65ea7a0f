import type { ParallelDocument } from '@/lib/content/schema';

type Pair = ParallelDocument['pairs'][number];

/**
 * An own text as the import page saves it (a user-supplied source, no byline, speakers or
 * furniture), with the pairs given and any field overridden: the fixture of the browser
 * library's tests.
 *
 * @example ownText(paragraphs(3), { slug: 'book' })
 */
export const ownText = (
  pairs: Pair[],
  extra: Partial<ParallelDocument> = {},
): ParallelDocument => ({
  slug: 'my-text',
  title: { zh: '题', en: 'Title' },
  byline: [],
  source: { name: { zh: '用户提供', en: 'User-supplied' }, url: 'https://example.org/' },
  date: '2026-12-05',
  speakers: {},
  furniture: [],
  pairs,
  ...extra,
});

/**
 * `count` numbered pairs made by `make` (given the pair's number from 1), with ids p1, p2, ….
 *
 * @example numberedPairs(2, (n) => ({ kind: 'paragraph', zh: `第${n}段。`, en: `Paragraph ${n}.` }))
 */
export const numberedPairs = (
  count: number,
  make: (n: number) => Pick<Pair, 'kind' | 'zh' | 'en'>,
): Pair[] =>
  Array.from({ length: count }, (_, i) => ({ id: `p${i + 1}`, notes: [], ...make(i + 1) }));
