import type { Bead, BeadShape } from '../align/beads';
import { splitSentences } from '../align/split-sentences';
import { UNCERTAIN_BELOW } from '../review/needs-review';
import { bitextLink } from './align-segments';
import { extractFeatures, withTranslations } from './extract';
import { type BitextFeatures, mergeUnits, sliceSide } from './features';
import { groupsFromLinks, type ParagraphGroup, paragraphsDiffer } from './groups';
import { corridorAround, decodeLattice, fullCorridor } from './lattice';
import { learnTranslations } from './learn';
import type { AlignmentLexicon, ChineseMatching } from './lexicon';
import { type BitextModel, initialModel, type ModelOptions, reestimate } from './model';
import { type ParagraphMode, splitParagraphs } from './paragraphs';
import { createScorer } from './scorer';
import { alignCoarseToFine, DEFAULT_BEAM, offsetScore } from './search';
import { FIRST_PASS_SHAPES, PARAGRAPH_SHAPES, reestimateShapes, SENTENCE_SHAPES } from './shapes';

/**
 * Document alignment, hierarchical as in Gale & Church (1993, §4, paragraphs first) and
 * hunalign's two stages: paragraphs are aligned first (1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-0, 0-1),
 * then the sentences inside each aligned group. When the two sides are paragraphed too
 * differently for that (groups.ts, `paragraphsDiffer`), sentences are aligned over the whole
 * document and paragraph groups read off the sentence links. Both levels use one model
 * (model.ts): a paragraph is scored as the bag of its sentences. The model is fitted to the document in two
 * passes (Moore 2002): a first pass with the document's length ratio and dictionary; then the
 * length model, each word's translation rate and the sentence shape priors re-estimated
 * from it, and translations the dictionary lacks learned from it (learn.ts); and a second pass
 * that gives the final links and their confidences.
 */

export type { ParagraphGroup };

export interface DocumentAlignment {
  /** Sentences of every paragraph, as split (concatenated they give the paragraph). */
  zh: string[][];
  en: string[][];
  groups: ParagraphGroup[];
}

export interface AlignDocumentOptions {
  lexicon: AlignmentLexicon;
  matching?: ChineseMatching;
  paragraphs?: ParagraphMode;
  model?: ModelOptions;
  /** Called as the work advances: `done` out of `total` (arbitrary units), with a stage name. */
  onProgress?: (stage: string, done: number, total: number) => void;
}

const range = (start: number, end: number) =>
  Array.from({ length: end - start }, (_, i) => start + i);

/** Start of each paragraph's sentences in the document's sentence list, and the end. */
function bounds(paragraphs: readonly (readonly string[])[]): Int32Array {
  const out = new Int32Array(paragraphs.length + 1);
  paragraphs.forEach((p, i) => {
    out[i + 1] = (out[i] ?? 0) + p.length;
  });
  return out;
}

/**
 * Paragraphs are long and the sentences of a paragraph group lie near its diagonal: beyond
 * this many cells (50 × 50), search coarse to fine rather than on the whole matrix.
 */
const FULL_CELLS = 2_500;

interface Pass {
  paragraphBeads: Bead[];
  /** Sentence beads of each group, in the group's own sentence numbering. */
  sentenceBeads: Bead[][];
  shapeCounts: Float64Array;
}

/** Corridor margin, in sentences, around the first pass's links when a group is unchanged. */
const SECOND_PASS_MARGIN = 1;

const groupKey = (b: Bead) => `${b.zhStart},${b.zhEnd},${b.enStart},${b.enEnd}`;

/**
 * One pass: paragraphs, then sentences group by group. With `previous`, a group that the
 * previous pass found too is searched only near the previous pass's sentence links.
 */
function runPass(
  features: BitextFeatures,
  model: BitextModel,
  zhBounds: Int32Array,
  enBounds: Int32Array,
  sentenceShapes: readonly BeadShape[],
  previous: Pass | undefined,
  whole: boolean,
  progress: (done: number, total: number) => void,
): Pass {
  const zhParagraphs = zhBounds.length - 1;
  const enParagraphs = enBounds.length - 1;
  const paragraphs = whole
    ? {
        beads: [{ zhStart: 0, zhEnd: zhParagraphs, enStart: 0, enEnd: enParagraphs, posterior: 1 }],
      }
    : alignCoarseToFine(
        mergeUnits(features.zh, zhBounds),
        mergeUnits(features.en, enBounds),
        features,
        model,
        // No beam between paragraphs: their scores run to hundreds of nats either way.
        { shapes: PARAGRAPH_SHAPES, fullCells: FULL_CELLS, beam: Number.POSITIVE_INFINITY },
      );
  const before = new Map(
    (previous?.paragraphBeads ?? []).map((b, g) => [groupKey(b), previous?.sentenceBeads[g]]),
  );
  const shapeCounts = new Float64Array(sentenceShapes.length);
  const total = paragraphs.beads.length;
  // One scorer for all groups (in document numbering): a scorer per group would allocate its
  // buffers ten thousand times for a book of short paragraphs.
  const score = createScorer(features.zh, features.en, features, model);
  const identity = (k: number) => Int32Array.from({ length: k + 1 }, (_, i) => i);
  const sentenceBeads = paragraphs.beads.map((group, g) => {
    if (g % 64 === 0) progress(g, total);
    const z0 = zhBounds[group.zhStart] ?? 0;
    const z1 = zhBounds[group.zhEnd] ?? 0;
    const e0 = enBounds[group.enStart] ?? 0;
    const e1 = enBounds[group.enEnd] ?? 0;
    const n = z1 - z0;
    const m = e1 - e0;
    const guide = before.get(groupKey(group));
    const posteriors = previous !== undefined;
    const local = offsetScore(score, z0, e0);
    const result = guide
      ? decodeLattice(
          n,
          m,
          corridorAround(guide, identity(n), identity(m), SECOND_PASS_MARGIN),
          sentenceShapes,
          local,
          { beam: DEFAULT_BEAM },
        )
      : (n + 1) * (m + 1) <= FULL_CELLS
        ? decodeLattice(n, m, fullCorridor(n, m), sentenceShapes, local, { posteriors })
        : alignCoarseToFine(
            sliceSide(features.zh, z0, z1),
            sliceSide(features.en, e0, e1),
            features,
            model,
            {
              shapes: sentenceShapes,
              posteriors,
              fullCells: FULL_CELLS,
            },
          );
    result.shapeCounts.forEach((c, k) => {
      shapeCounts[k] = (shapeCounts[k] ?? 0) + c;
    });
    return result.beads;
  });
  return { paragraphBeads: paragraphs.beads, sentenceBeads, shapeCounts };
}

/** The sentence beads of a pass in document numbering, for re-estimating the model. */
function documentBeads(pass: Pass, zhBounds: Int32Array, enBounds: Int32Array): Bead[] {
  return pass.paragraphBeads.flatMap((group, g) => {
    const z0 = zhBounds[group.zhStart] ?? 0;
    const e0 = enBounds[group.enStart] ?? 0;
    return (pass.sentenceBeads[g] ?? []).map((b) => ({
      ...b,
      zhStart: b.zhStart + z0,
      zhEnd: b.zhEnd + z0,
      enStart: b.enStart + e0,
      enEnd: b.enEnd + e0,
      posterior: b.posterior * group.posterior,
    }));
  });
}

/**
 * Aligns a Chinese text with its English translation: paragraphs (split on blank lines or
 * line breaks, see paragraphs.ts), then sentences (lib/align's splitter) within each group.
 *
 * @example alignDocument('神创造天地。\n\n地是空虚混沌。', 'God created the heaven and the earth.\n\nThe earth was without form.', { lexicon }).groups.length // 2
 */
export function alignDocument(
  zhText: string,
  enText: string,
  options: AlignDocumentOptions,
): DocumentAlignment {
  const progress = options.onProgress ?? (() => {});
  progress('reading', 0, 100);
  const zh = splitParagraphs(zhText, options.paragraphs).map((p) => splitSentences(p, 'zh'));
  const en = splitParagraphs(enText, options.paragraphs).map((p) => splitSentences(p, 'en'));
  const zhBounds = bounds(zh);
  const enBounds = bounds(en);
  const features = extractFeatures(zh.flat(), en.flat(), options.lexicon, {
    matching: options.matching,
  });
  progress('first pass', 10, 100);
  const model = initialModel(features, options.model);
  const whole = paragraphsDiffer(zh.length, en.length);
  const first = runPass(
    features,
    model,
    zhBounds,
    enBounds,
    FIRST_PASS_SHAPES,
    undefined,
    whole,
    (d, t) => progress('first pass', 10 + Math.round((40 * d) / Math.max(1, t)), 100),
  );
  const firstBeads = documentBeads(first, zhBounds, enBounds);
  // Translations the dictionary lacks, learned from the first pass, join the second.
  const learned = learnTranslations(features.candidates, firstBeads);
  const taught = learned.length > 0 ? withTranslations(features, learned) : features;
  const better = reestimate(
    learned.length > 0 ? initialModel(taught, options.model) : model,
    taught,
    firstBeads,
  );
  const shapes = reestimateShapes(SENTENCE_SHAPES, FIRST_PASS_SHAPES, first.shapeCounts);
  const second = runPass(taught, better, zhBounds, enBounds, shapes, first, whole, (d, t) =>
    progress('second pass', 50 + Math.round((50 * d) / Math.max(1, t)), 100),
  );
  progress('done', 100, 100);
  if (whole) {
    const links = documentBeads(second, zhBounds, enBounds).map((b) =>
      bitextLink(range(b.zhStart, b.zhEnd), range(b.enStart, b.enEnd), b.posterior),
    );
    return { zh, en, groups: groupsFromLinks(links, zhBounds, enBounds) };
  }
  return {
    zh,
    en,
    groups: second.paragraphBeads.map((group, g) => ({
      zh: range(group.zhStart, group.zhEnd),
      en: range(group.enStart, group.enEnd),
      confidence: group.posterior,
      low: group.posterior < UNCERTAIN_BELOW,
      links: (second.sentenceBeads[g] ?? []).map((b) =>
        bitextLink(
          range(b.zhStart, b.zhEnd),
          range(b.enStart, b.enEnd),
          b.posterior * group.posterior,
        ),
      ),
    })),
  };
}
