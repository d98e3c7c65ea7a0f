import { codePoints } from '../dict/lookup';
import { createMatcher } from '../glossary/find-occurrences';
import { bestPath } from './lattice';
import { scriptRuns } from './scripts';
import type { SegmentLexicon, Token } from './types';

const HAN = /\p{Script=Han}/u;

export interface SegmenterOptions {
  /**
   * Words that always come out whole, wherever they occur (the glossary's terms, the
   * document's names): found as the reader finds glossary terms (`createMatcher`: where
   * occurrences overlap, the longest wins), so a term the reader underlines is one token.
   * They may hold digits or letters (从0, 4步走, 36氪).
   */
  userWords?: readonly string[];
}

/** Cuts texts into tokens; build it once (`createSegmenter`) to segment many texts. */
export interface Segmenter {
  segment(text: string): Token[];
}

/**
 * A segmenter over `lexicon`: user words first, then each Chinese run cut by the
 * maximum-probability path through the lexicon's words (`bestPath`), and everything else by
 * character class (`scriptRuns`). The tokens' texts, joined, are always the input.
 *
 * @example
 * const costs = new Map([['第一次', 8], ['第一', 5], ['次', 5], ['是', 3]]);
 * const lexicon = { cost: (w: string) => costs.get(w), unknownCost: 20, maxLength: 3 };
 * createSegmenter(lexicon, { userWords: ['大模型'] }).segment('第一次是大模型。').map((t) => t.text)
 * // ['第一次', '是', '大模型', '。']
 */
export function createSegmenter(
  lexicon: SegmentLexicon,
  options: SegmenterOptions = {},
): Segmenter {
  const userWords = (options.userWords ?? []).filter((word) => word !== '');
  const matcher = userWords.length > 0 ? createMatcher(userWords) : undefined;
  return {
    segment(text) {
      const tokens: Token[] = [];
      let offset = 0; // code points before the current piece
      const cut = (piece: string) => {
        const chars = codePoints(piece);
        for (const run of scriptRuns(chars)) {
          const start = offset + run.start;
          if (run.kind !== 'han') {
            tokens.push(token(chars, run.start, run.length, run.kind, start));
            continue;
          }
          let at = run.start;
          for (const length of bestPath(chars.slice(run.start, run.start + run.length), lexicon)) {
            tokens.push(token(chars, at, length, 'word', offset + at));
            at += length;
          }
        }
        offset += chars.length;
      };
      let done = 0; // UTF-16 offset: the text before it is cut
      for (const found of matcher?.find(text) ?? []) {
        cut(text.slice(done, found.start));
        const word = text.slice(found.start, found.end);
        const length = codePoints(word).length;
        const kind = HAN.test(word) ? 'word' : 'letters';
        tokens.push({ text: word, kind, start: offset, length });
        offset += length;
        done = found.end;
      }
      cut(text.slice(done));
      return tokens;
    },
  };
}

function token(
  chars: readonly string[],
  at: number,
  length: number,
  kind: Token['kind'],
  start: number,
): Token {
  return { text: chars.slice(at, at + length).join(''), kind, start, length };
}
