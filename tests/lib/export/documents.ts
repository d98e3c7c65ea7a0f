import fc from 'fast-check';
import type { AlignedPair, ParallelDocument } from '@/lib/content/schema';

/** A document around the given pairs, for export tests. */
export function documentOf(
  pairs: readonly (Pick<AlignedPair, 'id' | 'zh' | 'en'> & Partial<AlignedPair>)[],
): ParallelDocument {
  return {
    slug: 'test',
    title: { zh: '标题 & <题>', en: 'Title & "T" <t>' },
    byline: [],
    source: { name: { zh: '源', en: 'Source' }, url: 'https://example.com/?a=1&b=2' },
    date: '2023',
    speakers: {},
    furniture: [],
    pairs: pairs.map((p) => ({ kind: 'paragraph', notes: [], ...p })),
  };
}

/** Pieces that are awkward for XML and CSV, and for Unicode handling. */
const AWKWARD = [
  '&',
  '<',
  '>',
  '"',
  "'",
  ']]>',
  '&amp;',
  '&#13;',
  '\r',
  '\r\n',
  '\n',
  '\t',
  ' ',
  ',',
  '𠮷',
  '😀',
  '“',
  '”',
  '算力',
  '<seg>',
];

/** Any text XML 1.0 can carry, with the awkward pieces over-represented. */
export const xmlText = fc
  .array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'binary', maxLength: 6 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''))
  // Drop what XML 1.0 cannot carry (tested separately: exports refuse it).
  .map((text) => text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ''));

/** Any text at all, for CSV (which carries everything). */
export const anyText = fc
  .array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'binary', maxLength: 6 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));
