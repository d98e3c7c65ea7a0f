import type { Bead } from '../align/beads';
import { PUNCTUATION_CLASSES, PUNCTUATION_KINDS } from './punctuation';

/**
 * What punctuation says about a bead, as a log-likelihood ratio estimated from the document
 * (punctuation.ts counts the marks). With a_j the Chinese marks of class j in the bead, b_k
 * the English marks of class k and x the English span's length in average units:
 *
 * - if the spans translate each other, b_k ~ Poisson(Σ_j T[k][j]·a_j + β_k·x): each Chinese
 *   mark of class j brings T[k][j] English marks of class k (a question mark a question mark;
 *   、 a comma; a Chinese comma perhaps a semicolon), and the translator adds β_k·x of their own;
 * - if they are unrelated, b_k ~ Poisson(λ_k·x), the rate of class k in the English text.
 *
 * The Chinese counts are the same under both hypotheses given the Chinese length, so
 * P(b | a, x, translation) / P(b | x, unrelated) is the whole ratio:
 * Σ_k b_k·log(μ₁/μ₀) − (μ₁ − μ₀). Chuang & Yeh (2005) estimate a table of Chinese–English
 * punctuation correspondences from aligned text; here T and β are fitted to the document's
 * own first alignment by EM (each English mark shared out among the Chinese marks and the
 * translator's own that could have brought it, as IBM Model 1 shares out words), the way
 * Moore (2002) re-estimates his models from a first pass, so a translation with its own
 * habits (the King James Bible's colons where the Chinese has commas) teaches them.
 */

export interface PunctuationModel {
  /** translate[k·K + j]: English marks of class k per Chinese mark of class j (T above). */
  translate: Float64Array;
  /** English marks of class k per average English unit that no Chinese mark brings (β). */
  extra: Float64Array;
  /** English marks of class k per average English unit of the text (λ, unrelated spans). */
  chance: Float64Array;
}

/** The side's length and marks, as features.ts keeps them. */
export interface PunctuatedSide {
  count: number;
  lengthPrefix: Float64Array;
  punctuation: Int32Array;
}

const K = PUNCTUATION_KINDS;

/** English class that renders a Chinese class when nothing else is known: its own, or , for 、. */
const COUNTERPART = PUNCTUATION_CLASSES.map((c, k) =>
  c === 'enumeration' ? PUNCTUATION_CLASSES.indexOf('comma') : k,
);

/** Pseudo-marks of the starting model behind every re-estimated rate (a short text keeps it). */
const PRIOR_MARKS = 5;
/** EM iterations at most (each costs a few operations a bead)… */
const ITERATIONS = 20;
/** …stopping once no rate moves by more than this. */
const CONVERGED = 1e-4;

const totals = (side: PunctuatedSide) =>
  Float64Array.from({ length: K }, (_, k) => side.punctuation[side.count * K + k] ?? 0);

/**
 * The starting model, from document totals alone: each Chinese mark is taken to bring one
 * English mark of its counterpart class, as far as the English has marks of that class
 * (T = min(1, B/A)); λ is each class's rate in the English.
 *
 * @example initialPunctuationModel(features.zh, features.en).chance // English marks per average unit, per class
 */
export function initialPunctuationModel(zh: PunctuatedSide, en: PunctuatedSide): PunctuationModel {
  const a = totals(zh);
  const b = totals(en);
  const units = Math.max(1, en.count);
  const translate = new Float64Array(K * K);
  const brought = new Float64Array(K);
  for (let j = 0; j < K; j++) {
    const k = COUNTERPART[j] ?? j;
    const aj = a[j] ?? 0;
    if (aj === 0) continue;
    // Chinese marks of two classes may share a counterpart (、 and ，): share its English marks.
    const sharing = COUNTERPART.reduce((sum, c, i) => sum + (c === k ? (a[i] ?? 0) : 0), 0);
    const rate = Math.min(1, (b[k] ?? 0) / sharing);
    translate[k * K + j] = rate;
    brought[k] = (brought[k] ?? 0) + rate * aj;
  }
  const chance = b.map((bk) => bk / units);
  // English marks the counterparts do not account for: half are taken as the translator's
  // own (β, at least a tenth of the class's rate, so that no English mark is impossible in a
  // translation), half as brought by any Chinese mark alike, which leaves EM free to find
  // which (a Chinese comma rendered by a semicolon).
  const marksZh = a.reduce((sum, v) => sum + v, 0);
  const extra = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    const left = Math.max(0, (b[k] ?? 0) - (brought[k] ?? 0));
    extra[k] = Math.max(0.5 * left, 0.1 * (b[k] ?? 0)) / units;
    if (marksZh === 0) continue;
    for (let j = 0; j < K; j++) {
      if ((a[j] ?? 0) > 0)
        translate[k * K + j] = (translate[k * K + j] ?? 0) + (0.5 * left) / marksZh;
    }
  }
  return { translate, extra, chance };
}

/** Lists of (class, count) with a count, one list per bead, stored flat. */
class Sparse {
  readonly start: number[] = [0];
  readonly classes: number[] = [];
  readonly counts: number[] = [];
  add(k: number, count: number): void {
    if (count === 0) return;
    this.classes.push(k);
    this.counts.push(count);
  }
  end(): void {
    this.start.push(this.classes.length);
  }
}

/**
 * Re-estimates T and β from `beads` (those with both sides, posterior ≥ `minPosterior`) by EM,
 * smoothed towards `start`; λ is kept.
 *
 * @example reestimatePunctuation(initialPunctuationModel(zh, en), zh, en, firstPass.beads)
 */
export function reestimatePunctuation(
  start: PunctuationModel,
  zh: PunctuatedSide,
  en: PunctuatedSide,
  beads: readonly Bead[],
  minPosterior = 0.5,
): PunctuationModel {
  const trusted = beads.filter(
    (b) => b.posterior >= minPosterior && b.zhEnd > b.zhStart && b.enEnd > b.enStart,
  );
  const average = (en.lengthPrefix[en.count] ?? 0) / Math.max(1, en.count) || 1;
  // Each bead's non-zero counts, as (class, count) lists: a bead holds two or three classes
  // of the twelve, so EM touches only those.
  const zhMarks = new Sparse();
  const enMarks = new Sparse();
  const x = new Float64Array(trusted.length);
  const marksZh = new Float64Array(K);
  let length = 0;
  trusted.forEach((bead, i) => {
    for (let k = 0; k < K; k++) {
      const ak =
        (zh.punctuation[bead.zhEnd * K + k] ?? 0) - (zh.punctuation[bead.zhStart * K + k] ?? 0);
      const bk =
        (en.punctuation[bead.enEnd * K + k] ?? 0) - (en.punctuation[bead.enStart * K + k] ?? 0);
      zhMarks.add(k, ak);
      enMarks.add(k, bk);
      marksZh[k] = (marksZh[k] ?? 0) + ak;
    }
    zhMarks.end();
    enMarks.end();
    x[i] = ((en.lengthPrefix[bead.enEnd] ?? 0) - (en.lengthPrefix[bead.enStart] ?? 0)) / average;
    length += x[i] ?? 0;
  });
  const { start: aStart, classes: aClass, counts: aCount } = zhMarks;
  const { start: bStart, classes: bClass, counts: bCount } = enMarks;
  let translate = Float64Array.from(start.translate);
  let extra = Float64Array.from(start.extra);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const shared = new Float64Array(K * K);
    const own = new Float64Array(K);
    for (let i = 0; i < trusted.length; i++) {
      const a0 = aStart[i] ?? 0;
      const a1 = aStart[i + 1] ?? 0;
      for (let q = bStart[i] ?? 0; q < (bStart[i + 1] ?? 0); q++) {
        const k = bClass[q] ?? 0;
        const bk = bCount[q] ?? 0;
        const xOwn = (extra[k] ?? 0) * (x[i] ?? 0);
        let mu = xOwn;
        for (let p = a0; p < a1; p++)
          mu += (translate[k * K + (aClass[p] ?? 0)] ?? 0) * (aCount[p] ?? 0);
        if (mu <= 0) continue;
        own[k] = (own[k] ?? 0) + (bk * xOwn) / mu;
        for (let p = a0; p < a1; p++) {
          const kj = k * K + (aClass[p] ?? 0);
          shared[kj] = (shared[kj] ?? 0) + (bk * (translate[kj] ?? 0) * (aCount[p] ?? 0)) / mu;
        }
      }
    }
    const nextTranslate = translate.map(
      (_, kj) =>
        ((shared[kj] ?? 0) + PRIOR_MARKS * (start.translate[kj] ?? 0)) /
        ((marksZh[kj % K] ?? 0) + PRIOR_MARKS),
    );
    const nextExtra = extra.map(
      (_, k) => ((own[k] ?? 0) + PRIOR_MARKS * (start.extra[k] ?? 0)) / (length + PRIOR_MARKS),
    );
    let change = 0;
    nextTranslate.forEach((v, i) => {
      change = Math.max(change, Math.abs(v - (translate[i] ?? 0)));
    });
    nextExtra.forEach((v, i) => {
      change = Math.max(change, Math.abs(v - (extra[i] ?? 0)));
    });
    translate = nextTranslate;
    extra = nextExtra;
    if (change < CONVERGED) break;
  }
  return { translate, extra, chance: start.chance };
}
