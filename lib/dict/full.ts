import { type CedictLines, readCedictLines } from './lines';
import { codePoints } from './lookup';
import type { CedictEntry } from './types';

/**
 * The whole of CC-CEDICT for texts that have no extract made at build time (the texts of My
 * library): a worker fetches `/data/cedict.txt` (lib/dict/lines.ts) once, keeps it in the
 * browser's cache and takes out the part a text needs (`cedictForTexts`); the text's extract
 * is then made from that part by the build's own `documentDictionary` (lib/dict/subset.ts).
 */

/** The first line at or after `lo` (below `hi`) for which `before` is false (lines are sorted). */
function partition(lo: number, hi: number, before: (i: number) => boolean): number {
  let low = lo;
  let high = hi;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The lines of every headword that is a run of characters of `text`: from each position, the
 * range of headwords starting with one more character of the text is narrowed by binary search
 * (headwords sorted by UTF-16 code unit, so those with a given prefix are one range) until it
 * is empty, keeping each prefix that is itself a headword. The same words that
 * `wordsInText` finds with the whole dictionary (every prefix at every position), without
 * trying windows of the longest headword's length.
 */
function headwordLines(lines: CedictLines, text: string, found: Map<string, number>) {
  const chars = codePoints(text);
  for (let start = 0; start < chars.length; start++) {
    let lo = 0;
    let hi = lines.size;
    let prefix = '';
    for (let end = start; end < chars.length && lo < hi; end++) {
      prefix += chars[end] ?? '';
      const p = prefix;
      lo = partition(lo, hi, (i) => lines.headword(i) < p);
      hi = partition(lo, hi, (i) => lines.headword(i).startsWith(p));
      if (lo < hi && lines.headword(lo) === p) found.set(p, lo);
    }
  }
}

/**
 * The CC-CEDICT entries that `texts` can look up, from the whole dictionary's text as fetched
 * (`text`, lib/dict/lines.ts): every headword that `wordsInText` finds in them, so that a
 * lookup anywhere in the texts finds in the part what it finds in the whole. Only the lines
 * taken are read (and checked); the other 120,000 are never split.
 *
 * @throws {CedictLinesError} naming `origin`, when the text is not a dictionary text or a line
 *   taken is malformed (with its line number)
 * @example
 * cedictForTexts(await (await fetch('/data/cedict.txt')).text(), ['银行业'], '/data/cedict.txt')
 * // Map { '业' => […], '行' => […], '行业' => […], '银' => […], '银行' => […] }
 */
export function cedictForTexts(
  text: string,
  texts: readonly string[],
  origin: string,
): Map<string, CedictEntry[]> {
  const lines = readCedictLines(text, origin);
  const found = new Map<string, number>();
  for (const one of texts) headwordLines(lines, one, found);
  const part = new Map<string, CedictEntry[]>();
  for (const word of [...found.keys()].sort())
    part.set(word, lines.entriesAt(found.get(word) ?? -1));
  return part;
}
