import type { Bilingual } from '../content/schema';
import type { VocabularyEntry } from './types';

/** The orders the vocabulary page offers. */
export const vocabularyOrders = ['newest', 'oldest', 'pinyin'] as const;
export type VocabularyOrder = (typeof vocabularyOrders)[number];

/** Combining marks of the four tones after NFD (ǎ = a + U+030C); no mark is the neutral tone. */
const TONE_MARKS: ReadonlyMap<string, number> = new Map([
  ['\u0304', 1],
  ['\u0301', 2],
  ['\u030C', 3],
  ['\u0300', 4],
]);

/**
 * A key that sorts pinyin as a Chinese dictionary does, letters first and tones second: all
 * words spelt `hang…` together whatever their tones, then by tone (1–4, neutral last), syllable
 * by syllable. ü sorts as v, just after u (no syllable is spelt with v).
 *
 * @example pinyinSortKey('háng yè') // 'hang ye\u000025'
 * @example pinyinSortKey('lǜ') < pinyinSortKey('luàn') // false: 'lv' after 'lu…'
 */
export function pinyinSortKey(pinyin: string): string {
  const letters: string[] = [];
  const tones: number[] = [];
  for (const syllable of pinyin
    .toLowerCase()
    .normalize('NFD')
    .split(/[\s'’]+/)) {
    if (!syllable) continue;
    let base = '';
    let tone = 5;
    for (let i = 0; i < syllable.length; i++) {
      const ch = syllable.charAt(i);
      const mark = TONE_MARKS.get(ch);
      if (mark !== undefined) tone = mark;
      else if (ch === '\u0308' && base.endsWith('u')) base = `${base.slice(0, -1)}v`;
      else base += ch;
    }
    letters.push(base);
    tones.push(tone);
  }
  return `${letters.join(' ')}\u0000${tones.join('')}`;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The entries in the given order, as a new array. Ties (the same pinyin, the same second) fall
 * back to the characters and then the id, so the order never depends on how the store listed
 * them.
 *
 * @example sortWords(entries, 'pinyin').map((e) => e.pinyin) // ['háng yè', 'suàn lì', …]
 */
export function sortWords(
  entries: readonly VocabularyEntry[],
  order: VocabularyOrder,
): VocabularyEntry[] {
  const stable = (a: VocabularyEntry, b: VocabularyEntry) =>
    byCodePoint(a.simplified, b.simplified) || byCodePoint(a.id, b.id);
  const compare: Record<VocabularyOrder, (a: VocabularyEntry, b: VocabularyEntry) => number> = {
    newest: (a, b) => byCodePoint(b.savedAt, a.savedAt) || stable(a, b),
    oldest: (a, b) => byCodePoint(a.savedAt, b.savedAt) || stable(a, b),
    pinyin: (a, b) => byCodePoint(pinyinSortKey(a.pinyin), pinyinSortKey(b.pinyin)) || stable(a, b),
  };
  return [...entries].sort(compare[order]);
}

/** A document that saved words come from, with how many. */
export interface VocabularySource {
  documentId: string;
  title: Bilingual;
  count: number;
}

/**
 * The documents of the entries, each once, in the order they first occur, with their counts:
 * the choices of the page's "filter by document".
 *
 * @example vocabularySources(entries) // [{ documentId: 'apus-li-tao-interview', title, count: 3 }]
 */
export function vocabularySources(entries: readonly VocabularyEntry[]): VocabularySource[] {
  const sources = new Map<string, VocabularySource>();
  for (const { context } of entries) {
    const source = sources.get(context.documentId);
    if (source) source.count++;
    else
      sources.set(context.documentId, {
        documentId: context.documentId,
        title: context.documentTitle,
        count: 1,
      });
  }
  return [...sources.values()];
}
