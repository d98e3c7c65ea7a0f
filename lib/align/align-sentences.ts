import { calibrateConfidence } from '../bitext/calibration/calibrate';
import {
  type AnchorWeights,
  anchorScore,
  type CompiledLexicon,
  chineseAnchors,
  compileLexicon,
  DEFAULT_ANCHOR_WEIGHTS,
  englishAnchors,
  mergeAnchors,
} from './anchors';
import { alignBeads, type BeadShape } from './beads';
import { DEFAULT_LENGTH_MODEL, type LengthModel, lengthLogProb, textLength } from './length-model';
import type { SentenceLink } from './links';
import { pairUnitSpans, type SentenceSpan } from './split-sentences';

/**
 * How a pair's sentences were linked:
 * - `auto`: by the aligner; each link has its own confidence;
 * - `manual`: by a translator in the content file (confidence 1);
 * - `paragraph`: the aligner could not link the sentences with enough confidence, so the
 *   pair is one link of all its sentences (shown as such, never as a sentence link).
 */
export type AlignmentMethod = 'auto' | 'manual' | 'paragraph';

export interface ScoredLink extends SentenceLink {
  /**
   * How likely the link is to be right: its posterior calibrated on development documents
   * (lib/bitext/calibration, the `pair` map). 1 for manual links.
   */
  confidence: number;
  /**
   * The aligner's posterior probability of this exact link: the share of all alignments of the
   * pair, weighted by their probability under the length-and-anchor model, that contain it.
   */
  posterior: number;
}

export interface SentenceAlignment {
  zh: SentenceSpan[];
  en: SentenceSpan[];
  links: ScoredLink[];
  method: AlignmentMethod;
}

const EMPTY_LEXICON = compileLexicon([]);

/** A pair whose links' posteriors average below this falls back to the whole paragraph. */
export const PARAGRAPH_FALLBACK = 0.5;

/** A link with its posterior and calibrated confidence. */
const scored = (zh: number[], en: number[], posterior: number): ScoredLink => ({
  zh,
  en,
  posterior,
  confidence: calibrateConfidence(posterior, 'pair'),
});

export interface AlignSentencesOptions {
  /** Bilingual term pairs as anchors, compiled once with `compileLexicon`. */
  lexicon?: CompiledLexicon;
  lengthModel?: LengthModel;
  weights?: AnchorWeights;
  shapes?: readonly BeadShape[];
  /** Links written by a translator; when given, they are used as they are. */
  manual?: readonly SentenceLink[];
  /**
   * With `manual`, one per link: the links were found by an aligner (when the text was
   * imported) and kept with their confidences; they are the aligner's (`auto`), not manual.
   */
  confidence?: readonly number[];
  /**
   * Verse: the units are lines, not sentences. With as many lines on each side, line n is
   * linked to line n (the translator kept the lines); otherwise the lines are aligned.
   */
  byLine?: boolean;
}

const range = (start: number, end: number) =>
  Array.from({ length: end - start }, (_, i) => start + i);

/** The whole pair as one link (none when both sides are empty), marked `paragraph`. */
function paragraphLink(
  zh: SentenceSpan[],
  en: SentenceSpan[],
  posterior: number,
): SentenceAlignment {
  const links =
    zh.length + en.length === 0
      ? []
      : [scored(range(0, zh.length), range(0, en.length), posterior)];
  return { zh, en, links, method: 'paragraph' };
}

/**
 * Splits a paragraph pair into sentences and links them: a Gale–Church length model plus
 * anchor evidence, decoded by `alignBeads`, with each link's posterior, calibrated, as its
 * confidence. Never throws on a pair: whatever it cannot link (an empty side, sentence counts
 * too far apart for its band, links too unsure) becomes one paragraph link, `method: 'paragraph'`.
 *
 * @example alignSentences('好。对。', 'Good. Right.').links // [{ zh: [0], en: [0], confidence: 0.9… }, …]
 */
export function alignSentences(
  zhText: string,
  enText: string,
  options: AlignSentencesOptions = {},
): SentenceAlignment {
  const byLine = options.byLine ?? false;
  const zh = pairUnitSpans(zhText, 'zh', byLine);
  const en = pairUnitSpans(enText, 'en', byLine);
  const manual =
    options.manual ??
    (byLine && zh.length === en.length ? zh.map((_, i) => ({ zh: [i], en: [i] })) : undefined);
  const kept = options.confidence;
  if (options.manual && kept && kept.length === options.manual.length) {
    return {
      zh,
      en,
      links: options.manual.map((l, i) => ({
        ...l,
        confidence: kept[i] ?? 0,
        posterior: kept[i] ?? 0,
      })),
      method: 'auto',
    };
  }
  if (manual) {
    return {
      zh,
      en,
      links: manual.map((l) => ({ ...l, confidence: 1, posterior: 1 })),
      method: 'manual',
    };
  }
  if (zh.length === 0 || en.length === 0) return paragraphLink(zh, en, 0);

  const model = options.lengthModel ?? DEFAULT_LENGTH_MODEL;
  const lexicon = options.lexicon ?? EMPTY_LEXICON;
  const zhTexts = zh.map((s) => zhText.slice(s.start, s.end));
  const enTexts = en.map((s) => enText.slice(s.start, s.end));
  const zhLengths = zhTexts.map(textLength);
  const enLengths = enTexts.map(textLength);
  const zhAnchors = zhTexts.map((t) => chineseAnchors(t, lexicon));
  const enAnchors = enTexts.map((t) => englishAnchors(t, lexicon));
  const sum = (list: number[], a: number, b: number) => list.slice(a, b).reduce((x, y) => x + y, 0);

  const beads = alignBeads(
    zh.length,
    en.length,
    (z0, z1, e0, e1) => {
      if (z0 === z1 || e0 === e1) return 0; // 1-0 and 0-1: the prior says it all
      return (
        lengthLogProb(sum(zhLengths, z0, z1), sum(enLengths, e0, e1), model) +
        anchorScore(
          mergeAnchors(zhAnchors.slice(z0, z1)),
          mergeAnchors(enAnchors.slice(e0, e1)),
          options.weights ?? DEFAULT_ANCHOR_WEIGHTS,
        )
      );
    },
    { shapes: options.shapes },
  );
  // No alignment within the band (far more sentences on one side than the shapes absorb):
  // the pair is linked as a whole, as the reader shows a pair it cannot link reliably.
  if (!beads) return paragraphLink(zh, en, 0);
  const links = beads.map((b) =>
    scored(range(b.zhStart, b.zhEnd), range(b.enStart, b.enEnd), b.posterior),
  );
  const mean = links.reduce((total, l) => total + l.posterior, 0) / links.length;
  if (mean < PARAGRAPH_FALLBACK) return paragraphLink(zh, en, mean);
  return { zh, en, links, method: 'auto' };
}
