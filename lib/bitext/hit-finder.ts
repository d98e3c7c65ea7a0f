import type { BitextFeatures, SideFeatures } from './features';

/** Positions of the hits found by a `HitFinder`, and how many of each side. */
export interface Hits {
  zh: Int32Array;
  en: Int32Array;
  zhCount: number;
  enCount: number;
}

/**
 * Finds hits between units [z0, z1) and [e0, e1): the positions (in the packed token arrays)
 * of every Chinese token with a translation among the English tokens, and of every English
 * token that translates one of the Chinese tokens. Writes into buffers it owns and reuses,
 * so a call allocates nothing (the result is overwritten by the next call).
 *
 * @example new HitFinder(zh, en, features).find(0, 1, 0, 1).zhCount // Chinese tokens translated in the English
 */
export class HitFinder {
  private readonly inEnglish: Int32Array;
  private readonly translated: Int32Array;
  private readonly translations: BitextFeatures['translations'];
  private readonly zhStart: Int32Array;
  private readonly zhItems: Int32Array;
  private readonly enStart: Int32Array;
  private readonly enItems: Int32Array;
  private readonly found: Hits;
  private stamp = 0;

  constructor(zh: SideFeatures, en: SideFeatures, features: BitextFeatures) {
    const enVocabulary = features.enTokens.length;
    this.inEnglish = new Int32Array(enVocabulary);
    this.translated = new Int32Array(enVocabulary);
    this.translations = features.translations;
    this.zhStart = zh.tokens.start;
    this.zhItems = zh.tokens.items;
    this.enStart = en.tokens.start;
    this.enItems = en.tokens.items;
    this.found = {
      zh: new Int32Array(this.zhItems.length),
      en: new Int32Array(this.enItems.length),
      zhCount: 0,
      enCount: 0,
    };
  }

  find(z0: number, z1: number, e0: number, e1: number): Hits {
    const { inEnglish, translated, translations, zhItems, enItems, found } = this;
    const stamp = ++this.stamp;
    found.zhCount = 0;
    found.enCount = 0;
    for (let k = this.enStart[e0] ?? 0, end = this.enStart[e1] ?? 0; k < end; k++) {
      inEnglish[enItems[k] ?? 0] = stamp;
    }
    for (let k = this.zhStart[z0] ?? 0, end = this.zhStart[z1] ?? 0; k < end; k++) {
      const token = zhItems[k] ?? 0;
      let hit = false;
      for (
        let t = translations.start[token] ?? 0, tEnd = translations.start[token + 1] ?? 0;
        t < tEnd;
        t++
      ) {
        const target = translations.items[t] ?? 0;
        if (inEnglish[target] === stamp) hit = true;
        translated[target] = stamp;
      }
      if (hit) found.zh[found.zhCount++] = k;
    }
    for (let k = this.enStart[e0] ?? 0, end = this.enStart[e1] ?? 0; k < end; k++) {
      if (translated[enItems[k] ?? 0] === stamp) found.en[found.enCount++] = k;
    }
    return found;
  }
}
