/**
 * The lexicon's entries, looked up by headword, with the set of characters that start one, so
 * that a scan of Chinese text skips a position with a single look-up. (Grouping the entries by
 * first character and reading a group only when a text needs it was tried: no faster, since
 * the common characters that every text uses start most headwords.)
 */

/** Headword → its English words (space-separated), as a read-only map. */
export interface EntryStore {
  get(headword: string): string | undefined;
  has(headword: string): boolean;
  /**
   * Where to look up headwords that start with `character` (one code point), or undefined
   * when none does.
   */
  entriesFor(character: string): ReadonlyMap<string, string> | undefined;
  readonly size: number;
}

/** The first character of a string: one code point, one or two UTF-16 units. */
function firstCharacter(text: string): string {
  const code = text.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, 2) : text.charAt(0);
}

/**
 * A store over "headword<TAB>English words" lines, in any order.
 *
 * @throws {Error} naming the first line that has no headword and tab
 * @example storeFromLines(['中国\tchina', '中文\tchinese']).get('中文') // 'chinese'
 */
export function storeFromLines(lines: readonly unknown[]): EntryStore {
  const map = new Map<string, string>();
  // Characters that start a headword without being one themselves (rare): with the map's own
  // single-character headwords, they tell which positions of a text can start a word.
  const otherStarts = new Set<string>();
  let previous = -1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const tab = typeof line === 'string' ? line.indexOf('\t') : -1;
    if (typeof line !== 'string' || tab <= 0) {
      throw new Error(`lexicon: entry ${index + 1} must be "headword<TAB>English words"`);
    }
    map.set(line.slice(0, tab), line.slice(tab + 1));
    const code = line.charCodeAt(0);
    if (code !== previous || (code >= 0xd800 && code <= 0xdbff)) {
      previous = code;
      const first = firstCharacter(line);
      if (tab > first.length) otherStarts.add(first);
    }
  }
  // A run of lines (sorted or not) may begin with a longer headword: check the whole set once.
  for (const first of otherStarts) if (map.has(first)) otherStarts.delete(first);
  return {
    get: (headword) => map.get(headword),
    has: (headword) => map.has(headword),
    entriesFor: (character) => (map.has(character) || otherStarts.has(character) ? map : undefined),
    size: map.size,
  };
}
