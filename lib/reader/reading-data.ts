import { HSK3_LEVELS, type Hsk3Level } from '../hsk/table';
import { isChineseWord } from '../segment/evaluate';
import type { ReaderView } from './build-reader-view';

/**
 * What the reader needs to know of each Chinese sentence beyond its characters: its words,
 * their pinyin in context, its traditional form. Made at build time for a bundled document
 * (`/data/reading/<slug>.json`) and in the browser for a text of the personal library, and
 * fetched or computed only when the reader asks for something that needs it (pinyin,
 * traditional characters, the word under a tap, word marks), so the page itself carries none
 * of it.
 */
export interface SentenceReading {
  /** The length of each word in code points; they add up to the sentence's code points. */
  words: number[];
  /**
   * Per word: the tone-numbered reading of each of its code points, space-separated (`di4 yi1
   * ci4`), `-` for a code point without one (punctuation, Latin, digits).
   */
  pinyin: string[];
  /**
   * Per word, one character: its HSK 3.0 level as the library's level estimate counts it
   * (`coveringLevel`, lib/hsk/estimate.ts): `1`–`6`, `7` for the band 7–9, `0` for a Chinese
   * word no level covers (a name, a rare word), `-` for a token that is no Chinese word
   * (punctuation, Latin, digits). Absent where levels are not known (an imported text).
   */
  levels?: string;
  /** The sentence in traditional characters, code point for code point; absent where the same. */
  traditional?: string;
  /**
   * Per word, the readings as spoken (tone sandhi: 你好 ni2 hao3, 一样 yi2 yang4), in the shape of
   * `pinyin`; absent where every word is spoken as the dictionary writes it.
   */
  spoken?: string[];
}

export interface ReadingData {
  version: 1;
  /** By sentence id (`p12.zh3`): Chinese sentences only. */
  sentences: Record<string, SentenceReading>;
}

/** Splits a sentence into words: lengths in code points that add up to the text's. */
export type Segmenter = (text: string) => number[];

/** A Chinese word's HSK 3.0 level, or `undefined` where no level covers it. */
export type WordLeveller = (word: string) => Hsk3Level | undefined;

/** A word's level as the reader reads it back: a level, `beyond` the lists, or none (no Chinese word). */
export type WordLevel = Hsk3Level | 'beyond' | undefined;

/**
 * The level of word `word` (its index) of a sentence's reading, as `levels` codes it.
 *
 * @example wordLevel({ words: [3, 1], pinyin: ['di4 yi1 ci4', '-'], levels: '1-' }, 0) // 1
 * @example wordLevel({ words: [2], pinyin: ['li3 tao1'], levels: '0' }, 0) // 'beyond'
 */
export function wordLevel(reading: Pick<SentenceReading, 'levels'>, word: number): WordLevel {
  const code = reading.levels?.[word];
  if (code === '0') return 'beyond';
  return HSK3_LEVELS.find((level) => String(level) === code);
}

/**
 * Whether a word is marked when the reader asks to mark the words above HSK level `above`:
 * a Chinese word above that level, or beyond the lists.
 *
 * @example isAbove('beyond', 6) // true
 * @example isAbove(4, 4) // false
 * @example isAbove(undefined, 1) // false (punctuation, Latin, digits)
 */
export const isAbove = (level: WordLevel, above: number) =>
  level === 'beyond' || (level !== undefined && level > above);

/**
 * The fallback segmentation: every code point its own word. It keeps the invariant (lengths add
 * up to the text) and the pinyin per character, until a real segmenter is given.
 */
export const perCodePoint: Segmenter = (text) => [...text].map(() => 1);

/**
 * The spoken readings of a sentence's words (tone sandhi), given each word's text and dictionary
 * readings (one per code point): see lib/chinese/sandhi.ts. Passed in, as it needs pinyin-pro.
 */
export type SpokenReadings = (words: { text: string; readings: string[] }[]) => string[][];

/**
 * The reading data of a view built with an annotator (`buildReaderView(doc, glossary, {
 * annotate })`): each Chinese sentence's words, their readings (and, with `spoken`, the
 * readings as spoken), their HSK levels (with `level`) and its traditional form.
 *
 * @example buildReadingData(view, segment, { level: (w) => coveringLevel(w, table) }).sentences['p1.zh1']
 * // { words: [2, 1, 3, …], pinyin: ['guan1 zhu4', 'dao4', …], levels: '314…' }
 */
export function buildReadingData(
  view: ReaderView,
  segment: Segmenter = perCodePoint,
  options: { spoken?: SpokenReadings; level?: WordLeveller } = {},
): ReadingData {
  const { spoken, level } = options;
  const sentences: Record<string, SentenceReading> = {};
  for (const pair of view.pairs) {
    for (const sentence of pair.zh) {
      const text = sentence.runs.map((run) => run.text).join('');
      const readings = sentence.runs.flatMap((run) => {
        const length = [...run.text].length;
        const own = run.pinyin?.split(' ');
        return own?.length === length ? own : Array.from({ length }, () => '-');
      });
      const traditional = sentence.runs.map((run) => run.traditional ?? run.text).join('');
      const words = fitSegmentation(segment(text), readings.length);
      const chars = [...text];
      let at = 0;
      const parts = words.map((length) => {
        const part = {
          text: chars.slice(at, at + length).join(''),
          readings: readings.slice(at, at + length),
        };
        at += length;
        return part;
      });
      const pinyin = parts.map((part) => part.readings.join(' '));
      const said = spoken?.(parts).map((word) => word.join(' '));
      const levels = parts
        .map((part) => (isChineseWord(part.text) ? String(level?.(part.text) ?? 0) : '-'))
        .join('');
      sentences[sentence.id] = {
        words,
        pinyin,
        ...(level && { levels }),
        ...(traditional !== text && { traditional }),
        ...(said?.some((word, i) => word !== pinyin[i]) && { spoken: said }),
      };
    }
  }
  return { version: 1, sentences };
}

/** A segmentation that does not add up to the text is replaced by one word per code point. */
function fitSegmentation(words: number[], length: number): number[] {
  const total = words.reduce((sum, n) => sum + n, 0);
  const valid = total === length && words.every((n) => Number.isInteger(n) && n > 0);
  return valid ? words : Array.from({ length }, () => 1);
}

/**
 * Where a reader page fetches its document's reading data: a static file, built with the site.
 *
 * @example readingDataPath('kong-yiji') // '/data/reading/kong-yiji.json'
 */
export const readingDataPath = (slug: string) => `/data/reading/${slug}.json`;
