/**
 * Scoring an alignment against gold beads, as defined in ../shared/data/align/README.md, which
 * follows Vecalign's score.py (Thompson & Koehn 2019):
 * - strict precision: predicted beads (deletions included) equal to a gold bead, over all
 *   predicted beads; strict recall: the same with the roles swapped and deletions removed
 *   from both; F1 their harmonic mean;
 * - lax: a bead counts if it shares a zh–en line link with some bead of the other side;
 * - verse-level gold: a gold bead marked ` *` is one verse over several lines, and the
 *   predicted beads lying wholly inside it are merged into one before scoring.
 */

/** A bead as line indices (0-based) on each side. */
export interface GoldBead {
  zh: number[];
  en: number[];
  /** Marked ` *`: predicted beads inside it are merged before scoring. */
  merge: boolean;
}

/**
 * Parses a gold file: one bead a line, `[zh indices]:[en indices]`, optional trailing ` *`.
 *
 * @throws {Error} naming the line that is not a bead
 * @example parseGold('[0]:[0]\n[1,2]:[1] *') // [{ zh: [0], en: [0], merge: false }, { zh: [1, 2], en: [1], merge: true }]
 */
export function parseGold(text: string): GoldBead[] {
  const beads: GoldBead[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const match = /^\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\](\s*\*)?$/.exec(line);
    if (!match) throw new Error(`gold line ${index + 1}: "${line}" is not [zh]:[en]`);
    const side = (part: string | undefined) =>
      (part ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map(Number);
    beads.push({ zh: side(match[1]), en: side(match[2]), merge: Boolean(match[3]) });
  });
  return beads;
}

/** A predicted bead as line indices. */
export interface PredictedBead {
  zh: number[];
  en: number[];
}

/**
 * Merges the predicted beads that lie wholly inside a gold bead marked ` *` into one bead
 * (their lines, sorted); other beads stay as they are, in order.
 *
 * @example mergeInsideVerses([{ zh: [1], en: [1] }, { zh: [2], en: [] }], parseGold('[1,2]:[1] *')) // [{ zh: [1, 2], en: [1] }]
 */
export function mergeInsideVerses(
  predicted: readonly PredictedBead[],
  gold: readonly GoldBead[],
): PredictedBead[] {
  const zhVerse = new Map<number, number>();
  const enVerse = new Map<number, number>();
  gold.forEach((g, index) => {
    if (!g.merge) return;
    for (const z of g.zh) zhVerse.set(z, index);
    for (const e of g.en) enVerse.set(e, index);
  });
  const verseOf = (bead: PredictedBead): number | undefined => {
    const verses = new Set([
      ...bead.zh.map((z) => zhVerse.get(z)),
      ...bead.en.map((e) => enVerse.get(e)),
    ]);
    const [only] = verses;
    return verses.size === 1 && only !== undefined ? only : undefined;
  };
  const out: PredictedBead[] = [];
  const merged = new Map<number, PredictedBead>();
  for (const bead of predicted) {
    const verse = verseOf(bead);
    if (verse === undefined) {
      out.push(bead);
      continue;
    }
    const into = merged.get(verse);
    if (into) {
      into.zh.push(...bead.zh);
      into.en.push(...bead.en);
    } else {
      const copy = { zh: [...bead.zh], en: [...bead.en] };
      merged.set(verse, copy);
      out.push(copy);
    }
  }
  for (const bead of merged.values()) {
    bead.zh.sort((a, b) => a - b);
    bead.en.sort((a, b) => a - b);
  }
  return out;
}

const keyOf = (b: PredictedBead) => `${b.zh.join(',')}:${b.en.join(',')}`;

/** Vecalign's `_precision`: [strict tp, strict fp, lax tp, lax fp] of `test` against `gold`. */
function precisionCounts(
  gold: readonly PredictedBead[],
  test: readonly PredictedBead[],
): [number, number, number, number] {
  const goldKeys = new Set(gold.filter((b) => b.zh.length > 0 || b.en.length > 0).map(keyOf));
  const links = new Map<number, Set<number>>();
  for (const g of gold) {
    for (const z of g.zh) {
      let set = links.get(z);
      if (!set) {
        set = new Set();
        links.set(z, set);
      }
      for (const e of g.en) set.add(e);
    }
  }
  let tpStrict = 0;
  let fpStrict = 0;
  let tpLax = 0;
  let fpLax = 0;
  const seen = new Set<string>();
  for (const bead of test) {
    if (bead.zh.length === 0 && bead.en.length === 0) continue;
    const key = keyOf(bead);
    if (seen.has(key)) continue; // score.py works on sets
    seen.add(key);
    if (goldKeys.has(key)) {
      tpStrict++;
      tpLax++;
    } else if (bead.zh.some((z) => bead.en.some((e) => links.get(z)?.has(e)))) {
      fpStrict++;
      tpLax++;
    } else {
      fpStrict++;
      fpLax++;
    }
  }
  return [tpStrict, fpStrict, tpLax, fpLax];
}

export interface AlignmentScores {
  strict: { precision: number; recall: number; f1: number };
  lax: { precision: number; recall: number; f1: number };
}

const ratio = (a: number, b: number) => (a + b === 0 ? 0 : a / (a + b));
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Strict and lax precision, recall and F1 of `predicted` against `gold`, after merging the
 * predicted beads inside verse-level gold beads.
 *
 * @example scoreAlignment([{ zh: [0], en: [0] }], parseGold('[0]:[0]')).strict.f1 // 1
 */
export function scoreAlignment(
  predicted: readonly PredictedBead[],
  gold: readonly GoldBead[],
): AlignmentScores {
  const test = mergeInsideVerses(predicted, gold);
  const goldBeads = gold.map(({ zh, en }) => ({ zh, en }));
  const p = precisionCounts(goldBeads, test);
  const both = (list: readonly PredictedBead[]) =>
    list.filter((b) => b.zh.length > 0 && b.en.length > 0);
  const r = precisionCounts(both(test), both(goldBeads));
  const strict = { precision: ratio(p[0], p[1]), recall: ratio(r[0], r[1]) };
  const lax = { precision: ratio(p[2], p[3]), recall: ratio(r[2], r[3]) };
  return {
    strict: { ...strict, f1: f1(strict.precision, strict.recall) },
    lax: { ...lax, f1: f1(lax.precision, lax.recall) },
  };
}
