/**
 * Tone-numbered pinyin (`hang2`, `de5`, CC-CEDICT's `lu:4`) for display: tone marks, tone
 * numbers and the tone of a syllable. Plain string functions with no dependencies, small enough
 * for any client bundle (the readings themselves are computed at build time, lib/chinese/annotate).
 */

/** A tone: 1–4, and 5 for the neutral (light) tone. */
export type Tone = 1 | 2 | 3 | 4 | 5;

/** How a reading is shown: with tone marks (`háng`) or tone numbers (`hang2`). */
export type ReadingStyle = 'marks' | 'numbers';

/** The reading of a code point that has none (punctuation, Latin letters, digits). */
export const NO_READING = '-';

/**
 * One numbered syllable: letters (`v` or `u:` standing for `ü`, as in CC-CEDICT and input
 * methods) and a tone digit. Capitals occur in CC-CEDICT's proper nouns (`Li3`).
 */
const SYLLABLE = /(?:u:|[a-zêüv])+[1-5]/gi;

/** Combining marks for tones 1–4 (macron, acute, caron, grave); NFC composes them where Unicode can. */
const TONE_MARKS = ['\u0304', '\u0301', '\u030C', '\u0300'] as const;

const VOWELS = 'aeêiouü';

/** `u:` and `v` are spellings of `ü` (Hanyu Pinyin writes `lü`, `nüe`). */
const withUmlaut = (syllable: string) => syllable.replace(/u:|v/g, 'ü').replace(/U:|V/g, 'Ü');

/**
 * Where the tone mark of a syllable goes (index into `letters`), by the rule of the Scheme for
 * the Chinese Phonetic Alphabet (1958) as it is taught: `a` or `e` takes it if present; in `ou`
 * the `o` does; otherwise the last vowel (`guì`, `liù`). See Mark Swofford, "Where do the tone
 * marks go?", pinyin.info/rules/where.html. Syllabic nasals with no vowel (`m`, `n`, `ng`,
 * `hm`, `hng`) carry it on the `m` or `n` (`ḿ`, `ǹg`).
 */
function markIndex(letters: string): number {
  const lower = letters.toLowerCase();
  for (const first of ['a', 'e', 'ê']) {
    const at = lower.indexOf(first);
    if (at >= 0) return at;
  }
  const ou = lower.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = lower.length - 1; i >= 0; i--) {
    if (VOWELS.includes(lower[i] ?? '')) return i;
  }
  return lower.search(/[mn]/);
}

function markSyllable(syllable: string): string {
  const letters = withUmlaut(syllable.slice(0, -1));
  const tone = Number(syllable.slice(-1));
  const mark = TONE_MARKS[tone - 1];
  const at = markIndex(letters);
  if (!mark || at < 0) return letters;
  return `${letters.slice(0, at + 1)}${mark}${letters.slice(at + 1)}`.normalize('NFC');
}

/**
 * Tone-numbered pinyin with tone marks: each numbered syllable in `pinyin` is converted, and
 * everything else (spaces, punctuation, `-`, syllables without a number) is kept as it is.
 * Accepts one syllable or several, as CC-CEDICT writes them.
 *
 * @example toMarked('lu:4') // 'lǜ'
 * @example toMarked('lv4') // 'lǜ'
 * @example toMarked('hang2') // 'háng'
 * @example toMarked('de5') // 'de'
 * @example toMarked('yin2 hang2') // 'yín háng'
 * @example toMarked('Ou1 zhou1') // 'Ōu zhōu'
 */
export function toMarked(pinyin: string): string {
  return pinyin.replace(SYLLABLE, markSyllable);
}

/**
 * The tone of a numbered syllable, or `undefined` for `-` and anything without a tone number.
 *
 * @example toneOf('hang2') // 2
 * @example toneOf('de5') // 5
 * @example toneOf('-') // undefined
 */
export function toneOf(reading: string): Tone | undefined {
  const match = /^(?:u:|[a-zêüv])+([1-5])$/i.exec(reading);
  const digit = Number(match?.[1]);
  return digit === 1 || digit === 2 || digit === 3 || digit === 4 || digit === 5
    ? digit
    : undefined;
}

/**
 * Numbered pinyin as a learner reads it, with `ü` for CC-CEDICT's `u:` and the input
 * methods' `v`.
 *
 * @example toNumbered('lu:4') // 'lü4'
 * @example toNumbered('nv3 er2') // 'nü3 er2'
 */
export function toNumbered(pinyin: string): string {
  return pinyin.replace(SYLLABLE, withUmlaut);
}

/**
 * A numbered reading in the chosen style; `-` (no reading) becomes the empty string.
 *
 * @example formatReading('hang2', 'marks') // 'háng'
 * @example formatReading('lv4', 'numbers') // 'lü4'
 * @example formatReading('-', 'marks') // ''
 */
export function formatReading(reading: string, style: ReadingStyle): string {
  if (reading === NO_READING) return '';
  return style === 'marks' ? toMarked(reading) : toNumbered(reading);
}

/**
 * The readings of a run (`TextRun.pinyin`: one per code point, space-separated), with
 * `undefined` where a code point has none. A run without `pinyin` has no readings.
 *
 * @example splitReadings('yin2 hang2 -') // ['yin2', 'hang2', undefined]
 * @example splitReadings(undefined) // []
 */
export function splitReadings(pinyin: string | undefined): (string | undefined)[] {
  if (!pinyin) return [];
  return pinyin.split(' ').map((reading) => (reading === NO_READING ? undefined : reading));
}
