import * as z from 'zod/mini';

/**
 * Stroke data of a Chinese character for hanzi-writer, from hanzi-writer-data (derived from
 * Make Me a Hanzi, whose strokes come from Arphic Technology's fonts; Arphic Public License).
 * Served as our own static files, one per character (`/data/hanzi/<code point>.json`, copied
 * there at build time by scripts/copy-hanzi-data.ts), fetched only when a learner asks for a
 * character's strokes: no CDN, so that it works offline and under a `'self'`-only CSP.
 */

/** Where the app serves the stroke files. */
export const HANZI_DATA_PATH = '/data/hanzi';

/**
 * The file name of a character's strokes: its code point in lower-case hex, which every static
 * host serves as it is (a file named by the character itself needs URL encoding to match).
 *
 * @example hanziDataFile('好') // '597d.json'
 * @example hanziDataFile('𠮷') // '20bb7.json'
 */
export function hanziDataFile(char: string): string {
  const code = char.codePointAt(0);
  if (code === undefined) throw new Error('hanziDataFile: no character');
  return `${code.toString(16)}.json`;
}

const point = z.tuple([z.number(), z.number()]);

/**
 * A character's strokes as hanzi-writer-data gives them: SVG paths in stroke order, each
 * stroke's median line (what a learner's stroke is compared with in the quiz), and the indices
 * of the strokes that make up the radical, where the data knows it.
 */
export const characterDataSchema = z.object({
  strokes: z.array(z.string()).check(z.minLength(1)),
  medians: z.array(z.array(point)),
  radStrokes: z.optional(z.array(z.number().check(z.int(), z.nonnegative()))),
});
export type CharacterData = z.infer<typeof characterDataSchema>;

/**
 * The Chinese characters of a word whose strokes can be shown (Han script), in order,
 * repeated characters once.
 *
 * @example strokeCharacters('看一看') // ['看', '一']
 * @example strokeCharacters('AI芯片') // ['芯', '片']
 */
export function strokeCharacters(word: string): string[] {
  return [...new Set([...word].filter((c) => /\p{Script=Han}/u.test(c)))];
}

/** The stroke file of a character could not be had or is not stroke data. */
export class CharacterDataError extends Error {
  override readonly name = 'CharacterDataError';
}

/**
 * Fetches and checks a character's strokes.
 *
 * @throws {CharacterDataError} naming the character and what went wrong (no file: a character
 *   the data does not cover, or offline before it was ever loaded)
 * @example const data = await loadCharacterData('好')
 */
export async function loadCharacterData(
  char: string,
  fetcher: typeof fetch = fetch,
): Promise<CharacterData> {
  const url = `${HANZI_DATA_PATH}/${hanziDataFile(char)}`;
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    throw new CharacterDataError(`${char}: ${url} could not be fetched`, { cause: error });
  }
  if (!response.ok) throw new CharacterDataError(`${char}: ${url} answered ${response.status}`);
  const parsed = characterDataSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success)
    throw new CharacterDataError(
      `${char}: ${url} is not stroke data: ${z.prettifyError(parsed.error)}`,
    );
  return parsed.data;
}

/**
 * Stroke indices (0-based, as hanzi-writer-data gives them) as the 1-based runs a learner
 * reads: consecutive strokes as one range.
 *
 * @example strokeRanges([0, 1, 2, 5]) // ['1–3', '6']
 * @example strokeRanges([]) // []
 */
export function strokeRanges(indices: readonly number[]): string[] {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0];
  for (let i = 0; start !== undefined && i < sorted.length; i++) {
    const here = sorted[i] ?? start;
    const next = sorted[i + 1];
    if (next === here + 1) continue;
    runs.push(start === here ? `${here + 1}` : `${start + 1}–${here + 1}`);
    start = next;
  }
  return runs;
}
