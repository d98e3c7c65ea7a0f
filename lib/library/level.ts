import { HSK3_LEVELS, type Hsk3Level, hsk3LevelName } from '../hsk/table';

/**
 * A text's level as the library shows it ("HSK 5 · 92%"): the lowest HSK 3.0 level whose
 * words cover at least 90% of the text's word tokens (issue 11), with that coverage.
 */

/** An HSK 3.0 level (lib/hsk); 7 stands for the band 7–9, which the syllabus does not split. */
export type LibraryLevel = Hsk3Level;

export const libraryLevels: readonly LibraryLevel[] = HSK3_LEVELS;

/**
 * How a level was estimated: `words` from the segmenter's word tokens (the bundled documents,
 * at build time); `characters` from single characters (a fallback in the browser until the
 * segmenter runs there), which the page marks as such.
 */
export type LevelMethod = 'words' | 'characters';

export interface LevelFigure {
  level: LibraryLevel;
  /** The share of counted tokens known at `level` (0–1). */
  coverage: number;
  /** False when even the band 7–9 covers less than 90%: the level is then "7–9", not reached. */
  reached: boolean;
  method: LevelMethod;
}

/**
 * Estimates a text's level from its Chinese paragraphs, or `undefined` when it has no
 * Chinese word to count. Passed in (as `LookupSource` is to `lookupAt`), so the library is
 * built and tested without the segmenter and the HSK lists.
 */
export type EstimateLevel = (paragraphs: readonly string[]) => LevelFigure | undefined;

/**
 * @example isLibraryLevel(7) // true
 * @example isLibraryLevel(8) // false
 */
export function isLibraryLevel(value: number): value is LibraryLevel {
  return (libraryLevels as readonly number[]).includes(value);
}

/**
 * A level as written: 1–6, and "7–9" for the advanced band.
 *
 * @example levelName(5) // '5'
 * @example levelName(7) // '7–9'
 */
export const levelName = (level: LibraryLevel): string => hsk3LevelName(level);

/**
 * A coverage as a whole percentage, rounded down so that 89.6% never shows as 90%.
 *
 * @example coveragePercent(0.9199) // 91
 */
export const coveragePercent = (coverage: number): number => Math.floor(coverage * 100 + 1e-9);
