/**
 * HSK word levels: the HSK 3.0 syllabus (2021; levels 1–6, and 7 for the advanced band
 * 7–9, which the syllabus does not split) and the older HSK 2.0 (levels 1–6), with a relative
 * frequency rank, as lib/hsk/data/hsk-levels.json holds them.
 */

/** An HSK 3.0 level; 7 stands for the band 7–9. */
export type Hsk3Level = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** An HSK 2.0 level. */
export type Hsk2Level = 1 | 2 | 3 | 4 | 5 | 6;

export const HSK3_LEVELS: readonly Hsk3Level[] = [1, 2, 3, 4, 5, 6, 7];

/** A word's levels: either may be missing (a word in only one of the two syllabuses). */
export interface HskWordLevels {
  hsk3?: Hsk3Level;
  hsk2?: Hsk2Level;
}

/** The HSK lists, by simplified word. */
export interface HskTable {
  /** The word's levels, or `undefined` when neither syllabus lists it. */
  levels(word: string): HskWordLevels | undefined;
  /**
   * The lowest HSK 3.0 level of a listed word that holds the character (么: 1, from 什么;
   * 闰: `undefined`), for characters the estimate meets alone.
   */
  characterLevel(char: string): Hsk3Level | undefined;
  /** Frequency ranks (1 = most common) of the words that have one. */
  readonly ranks: ReadonlyMap<string, number>;
  /** How many words the lists hold. */
  readonly size: number;
}

/**
 * A table over words and their levels (the file's parser builds one; tests build small ones).
 *
 * @example
 * const table = hskTable([{ word: '爱', hsk3: 1, hsk2: 1, rank: 590 }]);
 * table.levels('爱') // { hsk3: 1, hsk2: 1 }
 */
export function hskTable(
  rows: Iterable<{ word: string; hsk3?: Hsk3Level; hsk2?: Hsk2Level; rank?: number }>,
): HskTable {
  const levels = new Map<string, HskWordLevels>();
  const ranks = new Map<string, number>();
  const characters = new Map<string, Hsk3Level>();
  for (const { word, hsk3, hsk2, rank } of rows) {
    if (hsk3 !== undefined) {
      for (const char of word) {
        const known = characters.get(char);
        if (known === undefined || hsk3 < known) characters.set(char, hsk3);
      }
    }
    levels.set(word, {
      ...(hsk3 === undefined ? {} : { hsk3 }),
      ...(hsk2 === undefined ? {} : { hsk2 }),
    });
    if (rank !== undefined) ranks.set(word, rank);
  }
  return {
    levels: (word) => levels.get(word),
    characterLevel: (char) => characters.get(char),
    ranks,
    size: levels.size,
  };
}

/**
 * How a level is written: 1–6, and "7–9" for the advanced band.
 *
 * @example hsk3LevelName(5) // '5'
 * @example hsk3LevelName(7) // '7–9'
 */
export const hsk3LevelName = (level: Hsk3Level): string => (level === 7 ? '7–9' : String(level));
