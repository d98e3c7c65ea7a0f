import type { Bead, BeadShape } from '../align/beads';
import { UNCERTAIN_BELOW } from '../review/needs-review';
import { type CalibratedEntry, calibrateConfidence } from './calibration/calibrate';
import { extractFeatures, withTranslations } from './extract';
import type { BitextFeatures } from './features';
import { corridorAround, decodeLattice } from './lattice';
import { learnTranslations } from './learn';
import type { AlignmentLexicon, ChineseMatching } from './lexicon';
import { initialModel, type ModelOptions, reestimate } from './model';
import { createScorer } from './scorer';
import { alignCoarseToFine, DEFAULT_BEAM, type SearchOptions } from './search';
import { FIRST_PASS_SHAPES, reestimateShapes, SENTENCE_SHAPES } from './shapes';

/** A link between consecutive units of each side (0-based), with its confidence. */
export interface BitextLink {
  zh: number[];
  en: number[];
  /**
   * How likely the link is to be right, in [0, 1]: the posterior calibrated on the development
   * documents (calibration/calibrate.ts).
   */
  confidence: number;
  /** Posterior probability of this exact link under the model, as the lattice gives it. */
  posterior: number;
  /** Confidence below `UNCERTAIN_BELOW` (lib/review/needs-review.ts): a person should check this link. */
  low: boolean;
}

export interface AlignSegmentsOptions {
  lexicon: AlignmentLexicon;
  matching?: ChineseMatching;
  model?: ModelOptions;
  search?: Partial<SearchOptions>;
  /** Skip the second pass (re-estimated model): faster, less accurate. */
  singlePass?: boolean;
  /** Shapes of the first pass (default FIRST_PASS_SHAPES). */
  firstPassShapes?: readonly BeadShape[];
  /** Learn translations from the first pass for the second (default true; learn.ts). */
  learn?: boolean;
  /** Corridor margin of the second pass around the first, in units (default 1). */
  secondPassMargin?: number;
  /** Called between stages, for a progress bar: done out of total stages. */
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface SegmentAlignment {
  links: BitextLink[];
  /** Lattice cells of the largest pass: the alignment's memory, in cells. */
  cells: number;
}

const range = (start: number, end: number) =>
  Array.from({ length: end - start }, (_, i) => start + i);

/**
 * A link between the units of two ranges with this posterior: its confidence calibrated, and
 * marked low where that is below the threshold.
 *
 * @example bitextLink([0], [0, 1], 0.999) // { zh: [0], en: [0, 1], posterior: 0.999, confidence: 0.99…, low: false }
 */
export function bitextLink(
  zh: number[],
  en: number[],
  posterior: number,
  entry: CalibratedEntry = 'document',
): BitextLink {
  const confidence = calibrateConfidence(posterior, entry);
  return { zh, en, confidence, posterior, low: confidence < UNCERTAIN_BELOW };
}

/** Beads as links. */
function toLinks(beads: readonly Bead[]): BitextLink[] {
  return beads.map((b) =>
    bitextLink(range(b.zhStart, b.zhEnd), range(b.enStart, b.enEnd), b.posterior, 'segments'),
  );
}

/** Corridor margin of the second pass around the first alignment, in units. */
const SECOND_PASS_MARGIN = 1;

/**
 * Aligns two lists of segments (sentences, or whatever one line holds) exactly as given, in
 * two passes: a first, coarse to fine, with the document's length ratio and the dictionary;
 * then the model and shape priors re-estimated from it and translations learned from it
 * (Moore 2002; learn.ts), and a second pass in a narrow corridor around the first, which
 * gives the links and their confidences.
 *
 * @example alignSegments(['神创造天地。'], ['God created the heaven and the earth.'], { lexicon }).links
 * // [{ zh: [0], en: [0], confidence: 0.99…, low: false }]
 */
export function alignSegments(
  zh: readonly string[],
  en: readonly string[],
  options: AlignSegmentsOptions,
): SegmentAlignment {
  const progress = options.onProgress ?? (() => {});
  const stages = options.singlePass ? 2 : 3;
  progress('reading', 0, stages);
  const features = extractFeatures(zh, en, options.lexicon, { matching: options.matching });
  progress('first pass', 1, stages);
  const result = alignFeatures(features, options);
  progress('done', stages, stages);
  return result;
}

/** The two passes over extracted features. */
function alignFeatures(
  features: BitextFeatures,
  options: Omit<AlignSegmentsOptions, 'lexicon'>,
): SegmentAlignment {
  const model = initialModel(features, options.model);
  const shapes = options.search?.shapes ?? SENTENCE_SHAPES;
  const firstShapes = options.singlePass ? shapes : (options.firstPassShapes ?? FIRST_PASS_SHAPES);
  const first = alignCoarseToFine(features.zh, features.en, features, model, {
    ...options.search,
    shapes: firstShapes,
    // The first pass only guides the second: its best path is enough (hard counts of shapes
    // re-estimate the priors as well as expected counts do, at less cost).
    posteriors: Boolean(options.singlePass),
  });
  if (options.singlePass) return { links: toLinks(first.beads), cells: first.cells };
  options.onProgress?.('second pass', 2, 3);
  // Translations the dictionary lacks, learned from the first pass, join the second.
  const learned =
    options.learn === false ? [] : learnTranslations(features.candidates, first.beads);
  const taught = learned.length > 0 ? withTranslations(features, learned) : features;
  const better = reestimate(
    learned.length > 0 ? initialModel(taught, options.model) : model,
    taught,
    first.beads,
  );
  const n = features.zh.count;
  const m = features.en.count;
  const identity = (k: number) => Int32Array.from({ length: k + 1 }, (_, i) => i);
  const corridor = corridorAround(
    first.beads,
    identity(n),
    identity(m),
    options.secondPassMargin ?? SECOND_PASS_MARGIN,
  );
  const second = decodeLattice(
    n,
    m,
    corridor,
    reestimateShapes(shapes, firstShapes, first.shapeCounts),
    createScorer(taught.zh, taught.en, taught, better),
    { temperature: options.search?.temperature, beam: options.search?.beam ?? DEFAULT_BEAM },
  );
  return { links: toLinks(second.beads), cells: Math.max(first.cells, second.cells) };
}
