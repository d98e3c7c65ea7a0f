import { textLength } from '../align/length-model';
import type { QaFlag, QaPair } from './types';

/**
 * Length-ratio outliers: pairs whose English is much longer or shorter, for its Chinese, than
 * is usual in the same document. Each pair's ratio is taken as log(English / Chinese length),
 * in characters without white space (as in `lib/align/length-model.ts`), leaving out of both
 * the Latin letters and digits of the Chinese: names and figures (OpenAI, GPT-2, 2019) are
 * copied across at one character for one, and would pull a pair that has many of them
 * towards a ratio of 1 whatever its translation is like. A pair is an outlier
 * when its modified z-score, 0.6745 · (x − median) / MAD, exceeds 3.5 in absolute value
 * (Iglewicz & Hoaglin 1993, "How to Detect and Handle Outliers"). Median and MAD, unlike mean
 * and standard deviation, are not dragged along by the outliers they are meant to find, and
 * measuring against the document's own distribution adapts to its style (an interview, a
 * terse caption list). `warning`: a long paraphrase or a short answer can be right.
 */
export interface LengthRatioOptions {
  /** Modified z-score above which a pair is flagged. Default 3.5. */
  threshold?: number;
  /** Fewer pairs than this give no distribution worth the name: no flags. Default 8. */
  minPairs?: number;
  /**
   * Pairs whose Chinese is shorter than this (in characters) are measured but never flagged:
   * a handful of characters makes the ratio noise (是。 → "Yes, that's right."). Default 8.
   */
  minLength?: number;
}

/** Below this MAD (in natural-log units, about ±8%), a uniform document would flag trifles. */
const MIN_MAD = 0.08;
/** MAD to standard deviation, for normally distributed data. */
const MAD_SCALE = 0.6745;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/**
 * @example checkLengthRatios(doc.pairs).map((f) => f.message)
 * // ['The English has 6.9 characters per Chinese character, against 3.1 in this document (modified z-score 4.2): part of the Chinese may be missing, or the English padded']
 */
export function checkLengthRatios(
  pairs: readonly QaPair[],
  options: LengthRatioOptions = {},
): QaFlag[] {
  const { threshold = 3.5, minPairs = 8, minLength = 8 } = options;
  const measured = pairs
    .map((pair) => {
      const copied = pair.zh.match(/[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/gu)?.length ?? 0;
      return {
        pair,
        zh: textLength(pair.zh) - copied,
        en: Math.max(textLength(pair.en) - copied, 0),
      };
    })
    .filter((m) => m.zh > 0 && m.en > 0)
    .map((m) => ({ ...m, log: Math.log(m.en / m.zh) }));
  if (measured.length < minPairs) return [];
  const center = median(measured.map((m) => m.log));
  const mad = Math.max(median(measured.map((m) => Math.abs(m.log - center))), MIN_MAD);
  const usual = Math.exp(center).toFixed(1);

  return measured.flatMap(({ pair, zh, en, log }): QaFlag[] => {
    const z = (MAD_SCALE * (log - center)) / mad;
    if (Math.abs(z) <= threshold || zh < minLength) return [];
    const long = z > 0;
    return [
      {
        kind: 'length-ratio',
        severity: 'warning',
        pairId: pair.id,
        side: 'en',
        message: `The English has ${(en / zh).toFixed(1)} characters per Chinese character, against ${usual} in this document (modified z-score ${z.toFixed(1)}): ${long ? 'the English may add to the Chinese, or the Chinese miss a sentence' : 'the English may leave part of the Chinese out'}`,
        evidence: [],
      },
    ];
  });
}
