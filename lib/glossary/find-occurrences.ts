/** Where one needle was found in a text: UTF-16 offsets, `end` exclusive. */
export interface Occurrence {
  /** Index of the needle in the list passed in. */
  needle: number;
  start: number;
  end: number;
}

export interface FindOccurrencesOptions {
  /** Compare case-insensitively (for English renderings). Default false. */
  ignoreCase?: boolean;
  /**
   * Only accept matches that do not start or end inside a word of Latin letters or digits
   * (for English, so that "scale" is not found in "scaled"). Default false.
   */
  wholeWords?: boolean;
  /** Also accept a plural ending (-s, -es) after a whole-word needle. Default false. */
  plurals?: boolean;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A letter or digit must not touch a whole-word match on either side. */
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** Finds needles in texts; build it once (`createMatcher`) to search many texts. */
export interface Matcher {
  find(text: string): Occurrence[];
}

/**
 * Compiles `needles` for repeated searches. Where matches overlap, the longest wins (ties go
 * to the one that starts first), so with the needles 模型 and 大模型, "大模型" is one
 * occurrence of 大模型. Matches never split a surrogate pair.
 *
 * @example createMatcher(['模型', '大模型']).find('大模型和小模型')
 * // [{ needle: 1, start: 0, end: 3 }, { needle: 0, start: 5, end: 7 }]
 */
export function createMatcher(
  needles: readonly string[],
  options: FindOccurrencesOptions = {},
): Matcher {
  const patterns = needles.map((raw) => {
    if (raw.length === 0) return undefined;
    const suffix = options.plurals ? '(?:e?s)?' : '';
    const source = options.wholeWords
      ? `${NOT_WORD_BEFORE}${escapeRegExp(raw)}${suffix}${NOT_WORD_AFTER}`
      : escapeRegExp(raw);
    return new RegExp(source, options.ignoreCase ? 'giu' : 'gu');
  });
  return {
    find(text) {
      const candidates: Occurrence[] = [];
      patterns.forEach((pattern, needle) => {
        if (!pattern) return;
        pattern.lastIndex = 0;
        for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
          const start = match.index;
          const end = start + match[0].length;
          if (!isLowSurrogate(text, start) && !isLowSurrogate(text, end)) {
            candidates.push({ needle, start, end });
          }
          // Restart one code point later so that overlapping occurrences of one needle are
          // all seen. (One code unit would land inside a surrogate pair, and a `u` regex then
          // backs up to the pair's start: the same match again, forever.)
          pattern.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
        }
      });
      candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const taken: Occurrence[] = [];
      for (const candidate of candidates) {
        if (taken.every((t) => candidate.end <= t.start || candidate.start >= t.end)) {
          taken.push(candidate);
        }
      }
      return taken.sort((a, b) => a.start - b.start);
    },
  };
}

/**
 * Finds the non-overlapping occurrences of any of `needles` in `text` (see `createMatcher`),
 * in text order; the input is not changed.
 *
 * @example findOccurrences('大模型和小模型', ['模型', '大模型'])
 * // [{ needle: 1, start: 0, end: 3 }, { needle: 0, start: 5, end: 7 }]
 */
export function findOccurrences(
  text: string,
  needles: readonly string[],
  options: FindOccurrencesOptions = {},
): Occurrence[] {
  return createMatcher(needles, options).find(text);
}

function isLowSurrogate(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** A run of text, either plain or one occurrence of a needle. */
export type Segment = { text: string; needle?: undefined } | { text: string; needle: number };

/**
 * Cuts `text` at the given occurrences (as returned by `findOccurrences`). Joining the
 * segments' text gives back `text` exactly.
 *
 * @example segmentText('用算力', [{ needle: 0, start: 1, end: 3 }])
 * // [{ text: '用' }, { text: '算力', needle: 0 }]
 */
export function segmentText(text: string, occurrences: readonly Occurrence[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const { needle, start, end } of occurrences) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start) });
    segments.push({ text: text.slice(start, end), needle });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
