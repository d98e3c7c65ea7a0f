/**
 * How long a text is for a learner: its Chinese characters, and minutes at a learner's pace.
 *
 * The pace is 240 characters a minute, the reading speed the HSK 3.0 standard (GF 0025-2021,
 * 国际中文教育中文水平等级标准, issued 24 March 2021) asks of a learner at its highest band,
 * 7–9, as China Daily reported it ("read 240 characters per minute", 2 April 2021,
 * https://www.chinadaily.com.cn/a/202104/02/WS60666bc0a31024ad0bab32d4.html). Native readers
 * of Chinese read about 255–260 a minute (Trauzettel-Klosinski & Dietz 2012, IReST;
 * Brysbaert 2019, J. Mem. Lang. 109), so a learner at the text's own level below 7–9 will
 * take longer: the minutes shown are the least a learner needs, said so on the page.
 */

/** Characters a minute: the HSK 3.0 standard's reading speed for its band 7–9. */
export const LEARNER_PACE = 240;

const HAN = /\p{Script=Han}/gu;

/**
 * The Chinese characters of a text (code points of the Han script): what a pace in
 * characters a minute counts. Punctuation, digits and Latin letters are not counted.
 *
 * @example countHanCharacters('我们2023年用了GPT。') // 5
 * @example countHanCharacters('𠀀') // 1 (outside the BMP: one character)
 */
export function countHanCharacters(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/**
 * Whole minutes to read `characters` at `pace` (at least one for any text).
 *
 * @example readingMinutes(2611) // 11
 * @example readingMinutes(0) // 0
 */
export function readingMinutes(characters: number, pace: number = LEARNER_PACE): number {
  if (characters <= 0) return 0;
  return Math.max(1, Math.round(characters / pace));
}
