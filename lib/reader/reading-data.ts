import { z } from 'zod';
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

const sentenceReadingSchema = z.strictObject({
  words: z.array(z.number().int().positive()),
  pinyin: z.array(z.string()),
  traditional: z.string().optional(),
  spoken: z.array(z.string()).optional(),
});

/** The file's schema: checked in the browser before use (a stale or damaged file is refused). */
export const readingDataSchema = z.strictObject({
  version: z.literal(1),
  sentences: z.record(z.string(), sentenceReadingSchema),
});

/** Splits a sentence into words: lengths in code points that add up to the text's. */
export type Segmenter = (text: string) => number[];

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
 * readings as spoken) and its traditional form.
 *
 * @example buildReadingData(view, segment).sentences['p1.zh1']
 * // { words: [2, 1, 3, …], pinyin: ['guan1 zhu4', 'dao4', …] }
 */
export function buildReadingData(
  view: ReaderView,
  segment: Segmenter = perCodePoint,
  spoken?: SpokenReadings,
): ReadingData {
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
      sentences[sentence.id] = {
        words,
        pinyin,
        ...(traditional !== text && { traditional }),
        ...(said && said.some((word, i) => word !== pinyin[i]) && { spoken: said }),
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
