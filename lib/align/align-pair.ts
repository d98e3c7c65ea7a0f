import type { AlignedPair } from '../content/schema';
import { splitsByLine } from '../content/schema';
import {
  type AlignSentencesOptions,
  alignSentences,
  type SentenceAlignment,
} from './align-sentences';
import { parseLink } from './links';

/**
 * The sentence links of a content file's pair, as every view shows them: the translator's
 * `links` where it has them, the links kept from the import with their `confidence`, or else
 * the aligner's (by line for a stanza).
 *
 * @example alignPair({ zh: '好。对。', en: 'Good. Right.', kind: 'paragraph', links: ['1:1', '2:2'], confidence: [0.9, 0.7] }).method // 'auto'
 */
export function alignPair(
  pair: Pick<AlignedPair, 'zh' | 'en' | 'kind' | 'links' | 'confidence'>,
  options: Omit<AlignSentencesOptions, 'manual' | 'confidence' | 'byLine'> = {},
): SentenceAlignment {
  const manual = pair.links?.map(parseLink).filter((l) => l !== undefined);
  return alignSentences(pair.zh, pair.en, {
    ...options,
    manual,
    confidence: pair.confidence,
    byLine: splitsByLine(pair.kind),
  });
}
