import { COVERAGE_THRESHOLD } from '../hsk/estimate';
import { type EstimateLevel, type LibraryLevel, libraryLevels } from './level';

const HAN = /\p{Script=Han}/gu;

/**
 * A fallback estimate from single characters, for texts the browser cannot segment yet (My
 * library): the lowest HSK 3.0 level at which at least 90% of the text's Chinese characters
 * (every occurrence) are known, a character being known from the lowest level of a listed word
 * that holds it (`characterLevel`). A character is known from the easiest word it is part of,
 * so this tends to rate a text easier than the word estimate does; the page says which
 * estimate it shows (`method: 'characters'`).
 *
 * @example
 * const estimate = characterLevelEstimator((char) => ({ 我: 1, 们: 1, 咖: 3, 啡: 3 })[char]);
 * estimate(['我们咖啡']) // { level: 3, coverage: 1, reached: true, method: 'characters' }
 */
export function characterLevelEstimator(
  characterLevel: (char: string) => LibraryLevel | undefined,
): EstimateLevel {
  return (paragraphs) => {
    const atLevel = new Array<number>(libraryLevels.length).fill(0);
    let counted = 0;
    for (const paragraph of paragraphs) {
      for (const [char] of paragraph.matchAll(HAN)) {
        counted++;
        const level = characterLevel(char);
        if (level !== undefined) atLevel[level - 1] = (atLevel[level - 1] ?? 0) + 1;
      }
    }
    if (counted === 0) return undefined;
    let covered = 0;
    for (const level of libraryLevels) {
      covered += atLevel[level - 1] ?? 0;
      if (covered / counted >= COVERAGE_THRESHOLD) {
        return { level, coverage: covered / counted, reached: true, method: 'characters' };
      }
    }
    return { level: 7, coverage: covered / counted, reached: false, method: 'characters' };
  };
}
