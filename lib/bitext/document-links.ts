import type { DocumentAlignment } from './align-document';
import type { BitextLink } from './align-segments';

/**
 * The sentence links of a document alignment in document numbering: sentences counted from 0
 * across the whole text, in reading order (a group's links count its own sentences).
 *
 * @example documentLinks(alignment)[0] // { zh: [0], en: [0], confidence: 0.99…, posterior: 0.99…, low: false }
 */
export function documentLinks(doc: DocumentAlignment): BitextLink[] {
  const starts = (paragraphs: readonly (readonly string[])[]) => {
    const out = [0];
    for (const p of paragraphs) out.push((out.at(-1) ?? 0) + p.length);
    return out;
  };
  const zhStart = starts(doc.zh);
  const enStart = starts(doc.en);
  return doc.groups.flatMap((g) => {
    // A one-sided group has no sentences on the other side: its offset there is never used.
    const z0 = zhStart[g.zh[0] ?? -1] ?? 0;
    const e0 = enStart[g.en[0] ?? -1] ?? 0;
    return g.links.map((l) => ({
      ...l,
      zh: l.zh.map((i) => i + z0),
      en: l.en.map((i) => i + e0),
    }));
  });
}
