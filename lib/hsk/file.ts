import { type Hsk2Level, type Hsk3Level, type HskTable, hskTable } from './table';

/**
 * The compact form of the HSK lists that ships with the app (lib/hsk/data/hsk-levels.json,
 * made by `npm run hsk:build` from ../shared/data/hsk/hsk-levels.tsv). One string a word (one
 * line of the file each, for small diffs), in order of frequency rank:
 * `word<TAB>levels<TAB>rank step`, where `levels` is two
 * characters (the HSK 3.0 level 1–7, then the HSK 2.0 level 1–6, `-` where a list lacks the
 * word) and `rank step` is the rank minus the previous line's (empty: no rank; those lines
 * come last). About half the TSV (196 KB against 386 KB; 71 KB gzip).
 */
export const HSK_FORMAT = 'duizhao-hsk/1';

export const HSK_CREDIT =
  'HSK 3.0 and 2.0 word levels from complete-hsk-vocabulary by drkameleon (Yanis Zafirópulos), MIT licence; see lib/hsk/data/README.md';

/** The file: its format, where the data comes from, and the words. */
export interface HskFile {
  format: typeof HSK_FORMAT;
  source: string;
  words: string[];
}

/** One word of the lists, as the build script reads it. */
export interface HskRow {
  word: string;
  hsk3?: Hsk3Level;
  hsk2?: Hsk2Level;
  rank?: number;
}

/**
 * The file for some rows, in rank order (ties by word, unranked last), so the same rows
 * always give the same bytes.
 *
 * @example toHskFile([{ word: '了', hsk3: 1, hsk2: 1, rank: 3 }, { word: '的', hsk3: 1, hsk2: 1, rank: 1 }]).words
 * // ['的\t11\t1', '了\t11\t2']
 */
export function toHskFile(rows: readonly HskRow[]): HskFile {
  const sorted = [...rows].sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      (a.word < b.word ? -1 : a.word > b.word ? 1 : 0),
  );
  let previous = 0;
  const lines = sorted.map(({ word, hsk3, hsk2, rank }) => {
    const step = rank === undefined ? '' : String(rank - previous);
    if (rank !== undefined) previous = rank;
    return `${word}\t${hsk3 ?? '-'}${hsk2 ?? '-'}\t${step}`;
  });
  return { format: HSK_FORMAT, source: HSK_CREDIT, words: lines };
}

const LINE = /^([^\t\s]+)\t([1-7-])([1-6-])\t(\d*)$/u;

/**
 * Checks a parsed file (parse, don't cast) and builds its table.
 *
 * @throws {Error} naming the origin and the line that is wrong
 * @example parseHskFile({ format: 'duizhao-hsk/1', source: 'x', words: ['的\t11\t1'] }, 'hsk.json').levels('的') // { hsk3: 1, hsk2: 1 }
 * @example parseHskFile({ format: 'duizhao-hsk/1', source: 'x', words: ['的\t81\t1'] }, 'hsk.json')
 * // throws: hsk.json: word line 1 ("的\t81\t1") must be word<TAB>levels<TAB>rank step …
 */
export function parseHskFile(json: unknown, origin: string): HskTable {
  const get = (key: string): unknown =>
    typeof json === 'object' && json !== null ? Reflect.get(json, key) : undefined;
  if (get('format') !== HSK_FORMAT) {
    throw new Error(
      `${origin}: format must be "${HSK_FORMAT}" (rebuild it with npm run hsk:build)`,
    );
  }
  const words = get('words');
  if (!Array.isArray(words)) throw new Error(`${origin}: "words" must be a list of lines`);
  const rows: HskRow[] = [];
  let rank = 0;
  words.forEach((line: unknown, index) => {
    const match = typeof line === 'string' ? LINE.exec(line) : null;
    if (!match) {
      throw new Error(
        `${origin}: word line ${index + 1} (${JSON.stringify(line)}) must be word<TAB>levels<TAB>rank step, levels two of 1–7/1–6 or -`,
      );
    }
    const [, word = '', hsk3, hsk2, step = ''] = match;
    if (step !== '') rank += Number(step);
    rows.push({
      word,
      ...(hsk3 === '-' ? {} : { hsk3: asHsk3(Number(hsk3)) }),
      ...(hsk2 === '-' ? {} : { hsk2: asHsk2(Number(hsk2)) }),
      ...(step === '' ? {} : { rank }),
    });
  });
  return hskTable(rows);
}

/**
 * A level read from text, checked (the file's pattern admits only these digits).
 *
 * @example asHsk3(7) // 7 (the band 7–9)
 * @example asHsk3(8) // throws: 8 is no HSK 3.0 level (1–7)
 */
export function asHsk3(value: number): Hsk3Level {
  if (value === 1 || value === 2 || value === 3 || value === 4) return value;
  if (value === 5 || value === 6 || value === 7) return value;
  throw new Error(`${value} is no HSK 3.0 level (1–7)`);
}

/**
 * An HSK 2.0 level read from text, checked.
 *
 * @example asHsk2(6) // 6
 */
export function asHsk2(value: number): Hsk2Level {
  if (value === 1 || value === 2 || value === 3 || value === 4) return value;
  if (value === 5 || value === 6) return value;
  throw new Error(`${value} is no HSK 2.0 level (1–6)`);
}
