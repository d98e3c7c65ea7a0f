import type { ParallelDocument } from '../content/schema';
import type { KnownName } from './types';

/**
 * Chinese names that English routinely writes with Latin abbreviations a Chinese text does
 * not contain (美国 → US). Only names general enough to recur in any document belong here;
 * a document's own names come from its metadata (`documentNames`), and domain terms from the
 * glossary.
 */
export const COMMON_NAMES: readonly KnownName[] = [
  { zh: '美国', en: 'US' },
  { zh: '美国', en: 'U.S.' },
  { zh: '美国', en: 'USA' },
  { zh: '英国', en: 'UK' },
  { zh: '英国', en: 'U.K.' },
  { zh: '欧盟', en: 'EU' },
  { zh: '联合国', en: 'UN' },
  { zh: '首席执行官', en: 'CEO' },
  { zh: '首席技术官', en: 'CTO' },
];

/**
 * The names a document declares in both languages: its speakers, its source, its series and
 * the people in its byline (36氪 ↔ 36Kr).
 *
 * @example documentNames(doc) // [{ zh: '36氪', en: '36Kr' }, { zh: '李涛', en: 'Li Tao' }, …]
 */
export function documentNames(
  doc: Partial<Pick<ParallelDocument, 'speakers' | 'source' | 'series' | 'byline'>>,
): KnownName[] {
  const names = [
    ...Object.values(doc.speakers ?? {}),
    ...(doc.source ? [doc.source.name] : []),
    ...(doc.series ? [doc.series] : []),
    ...(doc.byline ?? []).map(({ zh, en }) => ({ zh, en })),
  ];
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = `${name.zh}\u0000${name.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
