import { PUNCTUATION_KINDS } from './punctuation';

/**
 * Every unit (sentence, paragraph, or block of them) reduced once to what the bead scorer
 * reads, in flat typed arrays so that scoring millions of candidate beads allocates nothing:
 * its length, its lexicon tokens, its numbers, its Latin-script names and its punctuation. extract.ts builds
 * them from text; this module joins and slices them.
 */

/** Lists per unit, stored flat: unit u owns items[start[u] .. start[u + 1]). */
export interface Packed {
  start: Int32Array;
  items: Int32Array;
}

export interface SideFeatures {
  count: number;
  /** Prefix sums of non-space character counts: length of units [a, b) = prefix[b] − prefix[a]. */
  lengthPrefix: Float64Array;
  /** Lexicon tokens, distinct within a unit. */
  tokens: Packed;
  /** Number ids (see `BitextFeatures.numberKeys`), with repeats. */
  numbers: Packed;
  /** Latin-script name ids (see `BitextFeatures.latinKeys`), with repeats. */
  latin: Packed;
  /**
   * Prefix sums of punctuation counts, flat (punctuation.ts): class k in units [a, b) is
   * punctuation[b·K + k] − punctuation[a·K + k], K = PUNCTUATION_KINDS.
   */
  punctuation: Int32Array;
}

/**
 * What the text holds before tokens are chosen: every dictionary word found in each Chinese
 * unit and every content stem of each English unit (ids into `zhWords` and `enStems`), and
 * for each Chinese word the English stems of the text its dictionary entry gives. Kept so
 * that translations learned from the document can be added (learn.ts).
 */
export interface Candidates {
  zhWords: string[];
  enStems: string[];
  zh: Packed;
  en: Packed;
  dictionary: Packed;
}

export interface BitextFeatures {
  zh: SideFeatures;
  en: SideFeatures;
  /** For each Chinese token, the English tokens its dictionary entry gives. */
  translations: Packed;
  zhTokens: string[];
  enTokens: string[];
  numberKeys: string[];
  latinKeys: string[];
  candidates: Candidates;
}

/**
 * Packs per-unit lists into flat arrays.
 *
 * @example pack([[1, 2], [], [3]]) // { start: Int32Array [0, 2, 2, 3], items: Int32Array [1, 2, 3] }
 */
export function pack(lists: readonly (readonly number[])[]): Packed {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, u) => {
    start[u + 1] = (start[u] ?? 0) + list.length;
  });
  const items = new Int32Array(start[lists.length] ?? 0);
  lists.forEach((list, u) => {
    items.set(list, start[u] ?? 0);
  });
  return { start, items };
}

/**
 * The items of unit u.
 *
 * @example itemsOf(pack([[1, 2], [3]]), 1) // Int32Array [3]
 */
export function itemsOf(packed: Packed, u: number): Int32Array {
  return packed.items.subarray(packed.start[u] ?? 0, packed.start[u + 1] ?? 0);
}

/**
 * Features of consecutive groups of units: group g joins units bounds[g] .. bounds[g + 1]
 * (tokens made distinct again, numbers and names kept with repeats), keeping only the tokens
 * `keepToken` accepts. Used for paragraphs built from their sentences and for the coarse
 * levels of the coarse-to-fine search.
 *
 * @example mergeUnits(sentences, [0, 3, 5]).count // 2 (paragraphs of 3 and 2 sentences)
 */
export function mergeUnits(
  side: SideFeatures,
  bounds: ArrayLike<number>,
  keepToken: (token: number) => boolean = () => true,
): SideFeatures {
  const K = PUNCTUATION_KINDS;
  const groups = bounds.length - 1;
  const prefix = new Float64Array(groups + 1);
  const punctuation = new Int32Array((groups + 1) * K);
  const first = bounds[0] ?? 0;
  // A unit's items are contiguous in the packed arrays, and so are a group's: numbers and
  // names are sliced as they are; tokens are filtered and made distinct (stamped by group).
  const { tokens } = side;
  let vocabulary = 0;
  for (let k = 0; k < tokens.items.length; k++) {
    vocabulary = Math.max(vocabulary, (tokens.items[k] ?? 0) + 1);
  }
  const kept = new Int8Array(vocabulary).fill(-1);
  const seen = new Int32Array(vocabulary).fill(-1);
  const tokenStart = new Int32Array(groups + 1);
  const tokenItems: number[] = [];
  for (let g = 0; g < groups; g++) {
    const a = bounds[g] ?? 0;
    const b = bounds[g + 1] ?? a;
    prefix[g + 1] = (prefix[g] ?? 0) + (side.lengthPrefix[b] ?? 0) - (side.lengthPrefix[a] ?? 0);
    for (let k = 0; k < K; k++) {
      punctuation[(g + 1) * K + k] =
        (side.punctuation[b * K + k] ?? 0) - (side.punctuation[first * K + k] ?? 0);
    }
    for (let k = tokens.start[a] ?? 0; k < (tokens.start[b] ?? 0); k++) {
      const t = tokens.items[k] ?? 0;
      if (seen[t] === g) continue;
      seen[t] = g;
      if (kept[t] === -1) kept[t] = keepToken(t) ? 1 : 0;
      if (kept[t] === 1) tokenItems.push(t);
    }
    tokenStart[g + 1] = tokenItems.length;
  }
  return {
    count: groups,
    lengthPrefix: prefix,
    tokens: { start: tokenStart, items: Int32Array.from(tokenItems) },
    numbers: regroup(side.numbers, bounds),
    latin: regroup(side.latin, bounds),
    punctuation,
  };
}

/** Packed lists of groups of units: group g's items are those of units bounds[g]..bounds[g + 1]. */
function regroup(packed: Packed, bounds: ArrayLike<number>): Packed {
  const first = packed.start[bounds[0] ?? 0] ?? 0;
  const start = Int32Array.from(bounds, (u) => (packed.start[u] ?? 0) - first);
  const last = packed.start[bounds[bounds.length - 1] ?? 0] ?? first;
  return { start, items: packed.items.slice(first, last) };
}

/** The packed lists of units [a, b), renumbered from 0 (items are copied views). */
function slicePacked(packed: Packed, a: number, b: number): Packed {
  const offset = packed.start[a] ?? 0;
  return {
    start: packed.start.slice(a, b + 1).map((s) => s - offset),
    items: packed.items.subarray(offset, packed.start[b] ?? offset),
  };
}

/**
 * Units [a, b) of a side as a side of their own (unit a becomes unit 0), for aligning the
 * sentences of one paragraph group with the document's token numbering.
 *
 * @example sliceSide(sentences, 3, 5).count // 2
 */
export function sliceSide(side: SideFeatures, a: number, b: number): SideFeatures {
  const base = side.lengthPrefix[a] ?? 0;
  return {
    count: b - a,
    lengthPrefix: side.lengthPrefix.slice(a, b + 1).map((l) => l - base),
    tokens: slicePacked(side.tokens, a, b),
    numbers: slicePacked(side.numbers, a, b),
    latin: slicePacked(side.latin, a, b),
    punctuation: side.punctuation
      .slice(a * PUNCTUATION_KINDS, (b + 1) * PUNCTUATION_KINDS)
      .map((c, i) => c - (side.punctuation[a * PUNCTUATION_KINDS + (i % PUNCTUATION_KINDS)] ?? 0)),
  };
}
