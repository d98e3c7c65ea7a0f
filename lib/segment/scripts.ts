import type { TokenKind } from './types';

/**
 * The script runs of a text: Chinese runs go to the word lattice, everything else is cut by
 * character class alone. Positions count code points (a character outside the BMP, 𠮷 or an
 * emoji, is one position).
 */

/** A character's class, as the tokenizer sees it. */
type CharClass = 'han' | 'letter' | 'digit' | 'space' | 'punct' | 'other';

const HAN = /^\p{Script=Han}$/u;
const LETTER = /^[\p{L}\p{M}]$/u;
const DIGIT = /^\p{Nd}$/u;
const SPACE = /^\p{White_Space}$/u;
const PUNCT = /^[\p{P}\p{S}]$/u;
/** May stand between two letters or digits inside one token: GPT-2, 3.5, 1,000, don't. */
const JOINER = /^[-.'’,]$/u;

function classify(char: string): CharClass {
  if (HAN.test(char)) return 'han';
  if (LETTER.test(char)) return 'letter';
  if (DIGIT.test(char)) return 'digit';
  if (SPACE.test(char)) return 'space';
  if (PUNCT.test(char)) return 'punct';
  return 'other';
}

/** A run of the text: its kind (`han` runs are still to be cut into words) and its span. */
export interface ScriptRun {
  kind: TokenKind | 'han';
  start: number;
  length: number;
}

const isAlnum = (c: CharClass | undefined) => c === 'letter' || c === 'digit';

/**
 * Cuts code points into runs: a run of Han characters; letters and digits with inner joiners
 * (`GPT-2`, `DOTA2`, `3.5`; a comma joins digits only); white space; one repeated
 * punctuation mark (`——`, `……`); each other character alone. The runs cover the text
 * exactly, in order.
 *
 * @example scriptRuns(Array.from('在2019年,GPT-2——')).map((r) => r.kind)
 * // ['han', 'number', 'han', 'punct', 'letters', 'punct']
 */
export function scriptRuns(chars: readonly string[]): ScriptRun[] {
  const classes = chars.map(classify);
  const runs: ScriptRun[] = [];
  let start = 0;
  while (start < chars.length) {
    const first = classes[start];
    let end = start + 1;
    let kind: ScriptRun['kind'];
    if (first === 'han' || first === 'space') {
      while (classes[end] === first) end++;
      kind = first === 'han' ? 'han' : 'space';
    } else if (isAlnum(first)) {
      let letters = first === 'letter';
      for (;;) {
        const next = classes[end];
        if (isAlnum(next)) {
          letters ||= next === 'letter';
          end++;
          continue;
        }
        const joiner = chars[end];
        const joins =
          joiner !== undefined &&
          JOINER.test(joiner) &&
          isAlnum(classes[end + 1]) &&
          (joiner !== ',' || (classes[end - 1] === 'digit' && classes[end + 1] === 'digit'));
        if (!joins) break;
        end++;
      }
      kind = letters ? 'letters' : 'number';
    } else if (first === 'punct') {
      while (chars[end] === chars[start]) end++;
      kind = 'punct';
    } else {
      kind = 'other';
    }
    runs.push({ kind, start, length: end - start });
    start = end;
  }
  return runs;
}
