/**
 * Whether each link an aligner made is right, against gold beads that may be coarser than
 * the aligner's sentences (a verse of three Chinese sentences and two English ones). As in the
 * shared data's scoring (Vecalign's score.py with verse merging), the links lying wholly
 * inside one gold bead are merged first: they are right together when they cover the bead
 * exactly, and wrong together otherwise; a link that reaches into two beads is wrong.
 */

/** A link or bead as sentence indices of each side (document numbering). */
export interface Bead {
  zh: readonly number[];
  en: readonly number[];
}

/**
 * One label per link, in order: true where the link is right.
 *
 * @example labelLinks([{ zh: [0], en: [0] }, { zh: [1], en: [] }], [{ zh: [0, 1], en: [0] }]) // [true, true]
 * @example labelLinks([{ zh: [0, 1], en: [0, 1] }], [{ zh: [0], en: [0] }, { zh: [1], en: [1] }]) // [false]
 */
export function labelLinks(links: readonly Bead[], gold: readonly Bead[]): boolean[] {
  const zhBead = new Map<number, number>();
  const enBead = new Map<number, number>();
  gold.forEach((g, b) => {
    for (const s of g.zh) zhBead.set(s, b);
    for (const s of g.en) enBead.set(s, b);
  });
  const beadOf = (link: Bead): number | undefined => {
    const beads = new Set([
      ...link.zh.map((s) => zhBead.get(s)),
      ...link.en.map((s) => enBead.get(s)),
    ]);
    const [only] = beads;
    return beads.size === 1 && only !== undefined ? only : undefined;
  };
  const inside = links.map(beadOf);
  // Sentences covered by the links lying wholly inside each bead.
  const covered = new Map<number, { zh: number; en: number }>();
  links.forEach((link, i) => {
    const b = inside[i];
    if (b === undefined) return;
    const c = covered.get(b) ?? { zh: 0, en: 0 };
    c.zh += link.zh.length;
    c.en += link.en.length;
    covered.set(b, c);
  });
  return inside.map((b) => {
    if (b === undefined) return false;
    const bead = gold[b];
    const c = covered.get(b);
    return (
      bead !== undefined && c !== undefined && c.zh === bead.zh.length && c.en === bead.en.length
    );
  });
}
