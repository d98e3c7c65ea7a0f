import { alignSentences } from '../align/align-sentences';
import { splitSentences } from '../align/split-sentences';
import type { AlignedPair } from '../content/schema';
import { buildPair, type DraftLink } from './from-alignment';
import type { ImportedUnit } from './types';

/**
 * The pairs of a file that is aligned already (TMX, XLIFF, a table): one pair per unit, never
 * re-aligned across units. Inside a segment the sentences are split as the reader splits them
 * and linked as the reader links a pair's (lib/align); a segment of one sentence a side is
 * the translator's link, confidence 1.
 *
 * @example pairsFromUnits([{ place: 'row 1', segments: [{ zh: '你好。', en: 'Hello.' }] }])[0] // { id: 'p1', zh: '你好。', en: 'Hello.', links: ['1:1'], confidence: [1], … }
 */
export function pairsFromUnits(units: readonly ImportedUnit[]): AlignedPair[] {
  return units.map((unit, index) => {
    const zhBlocks = unit.segments.map((s) => splitSentences(s.zh, 'zh'));
    const enBlocks = unit.segments.map((s) => splitSentences(s.en, 'en'));
    const links: DraftLink[] = [];
    let zh0 = 0;
    let en0 = 0;
    unit.segments.forEach((segment, k) => {
      const zhCount = zhBlocks[k]?.length ?? 0;
      const enCount = enBlocks[k]?.length ?? 0;
      const inside =
        zhCount <= 1 || enCount <= 1
          ? [
              {
                zh: Array.from({ length: zhCount }, (_, i) => i),
                en: Array.from({ length: enCount }, (_, i) => i),
                confidence: 1,
              },
            ]
          : alignSentences(segment.zh, segment.en).links;
      for (const l of inside)
        links.push({
          zh: l.zh.map((i) => i + zh0),
          en: l.en.map((i) => i + en0),
          confidence: l.confidence,
        });
      zh0 += zhCount;
      en0 += enCount;
    });
    return buildPair(`p${index + 1}`, zhBlocks, enBlocks, links);
  });
}
