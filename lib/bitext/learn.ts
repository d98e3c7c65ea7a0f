import type { Bead } from '../align/beads';
import type { Candidates } from './features';

/**
 * Translations learned from the document itself. Moore (2002) trains IBM Model 1 on the
 * sentence pairs of a first, length-based alignment; hunalign's realign step (Varga et al.
 * 2005) does the same with co-occurrence. Here, as cheaply: a Chinese word and an English
 * stem that keep turning up in the same trusted beads of the first pass, far more often than
 * apart (Dice coefficient), are taken as translations, one partner each, best pairs first
 * (competitive linking, Melamed 2000). This finds what a general dictionary lacks: names
 * (便雅悯 Benjamin, 示剑 Shechem), a translation's own renderings (耶和华 LORD).
 */

export interface LearnOptions {
  /** Beads a pair must share (default 3). */
  minShared?: number;
  /** Least Dice coefficient, 2·shared / (count of the word + count of the stem) (default 0.5). */
  minDice?: number;
  /** Beads trusted: both sides non-empty, posterior at least this (default 0.5). */
  minPosterior?: number;
}

/**
 * Pairs (Chinese candidate id, English candidate id) learned from `beads` over the units of
 * `candidates`.
 *
 * @example learnTranslations(features.candidates, firstPass.beads) // [[12, 40], …]
 */
export function learnTranslations(
  candidates: Candidates,
  beads: readonly Bead[],
  options: LearnOptions = {},
): [number, number][] {
  const minShared = options.minShared ?? 3;
  const minDice = options.minDice ?? 0.5;
  const trusted = beads.filter(
    (b) =>
      b.zhEnd > b.zhStart && b.enEnd > b.enStart && b.posterior >= (options.minPosterior ?? 0.5),
  );
  const zhCount = new Int32Array(candidates.zhWords.length);
  const enCount = new Int32Array(candidates.enStems.length);
  const zhSeen = new Int32Array(candidates.zhWords.length).fill(-1);
  const enSeen = new Int32Array(candidates.enStems.length).fill(-1);
  const beadWords = trusted.map((b, index) => {
    const zh: number[] = [];
    const en: number[] = [];
    // The bead's units' items are contiguous in the packed arrays.
    for (
      let k = candidates.zh.start[b.zhStart] ?? 0;
      k < (candidates.zh.start[b.zhEnd] ?? 0);
      k++
    ) {
      const w = candidates.zh.items[k] ?? 0;
      if (zhSeen[w] === index) continue;
      zhSeen[w] = index;
      zh.push(w);
      zhCount[w] = (zhCount[w] ?? 0) + 1;
    }
    for (
      let k = candidates.en.start[b.enStart] ?? 0;
      k < (candidates.en.start[b.enEnd] ?? 0);
      k++
    ) {
      const t = candidates.en.items[k] ?? 0;
      if (enSeen[t] === index) continue;
      enSeen[t] = index;
      en.push(t);
      enCount[t] = (enCount[t] ?? 0) + 1;
    }
    return { zh, en };
  });

  // Only words seen often enough can reach minShared, and only pairs whose counts are close
  // enough can reach minDice (Dice = 2·shared/(min + max) ≤ 2·min/(min + max), below minDice
  // once max > min·(2 − minDice)/minDice): counting the rest would be wasted.
  const stems = candidates.enStems.length;
  const ratio = (2 - minDice) / minDice;
  const shared = new Map<number, number>();
  for (const { zh, en } of beadWords) {
    const enKept = en.filter((t) => (enCount[t] ?? 0) >= minShared);
    for (const w of zh) {
      const cw = zhCount[w] ?? 0;
      if (cw < minShared) continue;
      for (const t of enKept) {
        const ct = enCount[t] ?? 0;
        if (Math.max(cw, ct) > ratio * Math.min(cw, ct)) continue;
        const key = w * stems + t;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }

  const scored: { w: number; t: number; dice: number }[] = [];
  // forEach, not for…of: no [key, value] array per entry.
  shared.forEach((count, key) => {
    if (count < minShared) return;
    const w = Math.floor(key / stems);
    const t = key - w * stems;
    const dice = (2 * count) / ((zhCount[w] ?? 0) + (enCount[t] ?? 0));
    if (dice >= minDice) scored.push({ w, t, dice });
  });
  scored.sort((a, b) => b.dice - a.dice || a.w - b.w || a.t - b.t);
  const zhLinked = new Set<number>();
  const enLinked = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { w, t } of scored) {
    if (zhLinked.has(w) || enLinked.has(t)) continue;
    zhLinked.add(w);
    enLinked.add(t);
    pairs.push([w, t]);
  }
  return pairs;
}
