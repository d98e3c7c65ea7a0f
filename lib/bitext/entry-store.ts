/**
 * The lexicon's entries, looked up by headword, and a scan for the headwords that start at a
 * position of a text. The scan is the aligner's hottest loop over the text (every position,
 * up to four lengths), and looking up freshly cut strings in a map of 100,000 headwords cost
 * about a microsecond each (hashing the new string, then a cache miss). So headwords of up to
 * three UTF-16 units (three in four of CC-CEDICT's), and the prefixes of longer ones, are
 * kept as numbers (the units' codes, 16 bits each, exact in a double) in an open-addressing
 * table: a position is scanned from the text's character codes without cutting a string,
 * and stops as soon as no headword continues. Only longer headwords go in a map. Building
 * the table is also cheaper than building a map of every headword, which matters because
 * the lexicon is loaded for every alignment.
 */

/** Headword → its English words (space-separated), as a read-only map. */
export interface EntryStore {
  get(headword: string): string | undefined;
  has(headword: string): boolean;
  /**
   * Calls `visit(end)` for every headword `text.slice(start, end)` with `end ≤ limit`
   * (UTF-16 offsets), shortest first.
   */
  wordsAt(text: string, start: number, limit: number, visit: (end: number) => void): void;
  readonly size: number;
}

/** Headwords of at most this many UTF-16 units have a numeric key. */
const KEY_UNITS = 3;
/** Marks a key that begins a longer headword. */
const PREFIX = 1;

/** The hash of a key one unit longer: its own hash mixed with the unit (multiplicative). */
const extend = (hash: number, unit: number) => Math.imul(hash ^ unit, 0x9e3779b1);

/**
 * Numeric keys (up to 48 bits), each with the index of its headword's line (−1 when the key
 * only begins longer headwords) and a PREFIX flag, by open addressing with linear probing;
 * keys are never 0 (no headword starts with U+0000). Callers pass the key's hash (`extend`
 * over its units), built as the key is, so no division is needed.
 */
class KeyTable {
  private readonly keys: Float64Array;
  private readonly lines: Int32Array;
  private readonly flags: Uint8Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(capacity: number) {
    let size = 1;
    while (size < capacity * 1.25) size *= 2;
    this.keys = new Float64Array(size);
    this.lines = new Int32Array(size).fill(-1);
    this.flags = new Uint8Array(size);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
  }

  /** The slot of `key`: where it is, or the empty slot where it would go. */
  slot(key: number, hash: number): number {
    const { keys, mask } = this;
    let s = hash >>> this.shift;
    while (keys[s] !== 0 && keys[s] !== key) s = (s + 1) & mask;
    return s;
  }

  add(key: number, hash: number, line: number, flag: number): void {
    const s = this.slot(key, hash);
    this.keys[s] = key;
    if (line >= 0) this.lines[s] = line;
    this.flags[s] = (this.flags[s] ?? 0) | flag;
  }

  /** The line index of `key`'s headword, or −1. */
  line(slot: number): number {
    return this.lines[slot] ?? -1;
  }

  continues(slot: number): boolean {
    return ((this.flags[slot] ?? 0) & PREFIX) !== 0;
  }
}

/** The numeric key and hash of a string of at most KEY_UNITS units. */
function keyOf(text: string): [number, number] {
  let key = 0;
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    key = key * 0x10000 + text.charCodeAt(i);
    hash = extend(hash, text.charCodeAt(i));
  }
  return [key, hash];
}

/**
 * A store over "headword<TAB>English words" lines, in any order (if a headword comes twice,
 * the last line wins).
 *
 * @throws {Error} naming the first line that has no headword and tab
 * @example storeFromLines(['中国\tchina', '中文\tchinese']).get('中文') // 'chinese'
 */
export function storeFromLines(lines: readonly unknown[]): EntryStore {
  const texts: string[] = [];
  const long = new Map<string, number>();
  // At most KEY_UNITS keys a headword (most are shared: 中 begins thousands).
  const table = new KeyTable(lines.length * KEY_UNITS + 16);
  let previous = '';
  let size = -1;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const tab = typeof line === 'string' ? line.indexOf('\t') : -1;
    if (typeof line !== 'string' || tab <= 0) {
      throw new Error(`lexicon: entry ${index + 1} must be "headword<TAB>English words"`);
    }
    texts.push(line);
    if (tab > KEY_UNITS) long.set(line.slice(0, tab), index);
    let key = 0;
    let hash = 0;
    // In a sorted file most prefixes are the previous headword's: those are in the table
    // already (a store built from unsorted lines only adds more often).
    let shared = true;
    for (let i = 0; i < Math.min(tab, KEY_UNITS); i++) {
      const unit = line.charCodeAt(i);
      key = key * 0x10000 + unit;
      hash = extend(hash, unit);
      const whole = i + 1 === tab;
      shared &&= !whole && previous.charCodeAt(i) === unit && previous.charCodeAt(i + 1) !== 9;
      if (!shared) table.add(key, hash, whole ? index : -1, whole ? 0 : PREFIX);
    }
    previous = line;
  }
  const lineOf = (headword: string): number => {
    if (headword.length === 0) return -1;
    if (headword.length > KEY_UNITS) return long.get(headword) ?? -1;
    const [key, hash] = keyOf(headword);
    return table.line(table.slot(key, hash));
  };
  const words = (line: number): string | undefined => {
    const text = texts[line];
    return text?.slice(text.indexOf('\t') + 1);
  };
  return {
    get: (headword) => {
      const line = lineOf(headword);
      return line < 0 ? undefined : words(line);
    },
    has: (headword) => lineOf(headword) >= 0,
    wordsAt(text, start, limit, visit) {
      let key = 0;
      let hash = 0;
      for (let end = start + 1; end <= limit; end++) {
        if (end - start <= KEY_UNITS) {
          const unit = text.charCodeAt(end - 1);
          key = key * 0x10000 + unit;
          hash = extend(hash, unit);
          const slot = table.slot(key, hash);
          if (table.line(slot) >= 0) visit(end);
          // No longer headword begins with these units: nothing further to find.
          if (!table.continues(slot)) return;
        } else if (long.has(text.slice(start, end))) {
          visit(end);
        }
      }
    },
    // Distinct headwords, counted when asked (rarely: not on the aligner's way).
    get size() {
      if (size < 0) {
        size = 0;
        texts.forEach((text, index) => {
          if (lineOf(text.slice(0, text.indexOf('\t'))) === index) size++;
        });
      }
      return size;
    },
  };
}
