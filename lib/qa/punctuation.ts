import { type QaFlag, type QaPair, type QaSpan, type Side, spanOf } from './types';

/**
 * Unpaired brackets and quotation marks, on each side, full- and half-width. A bracket
 * opened and never closed, or closed without being opened, is a typo, or a sign that a
 * paragraph was cut in the wrong place (the bracket closes in the next pair). `warning`.
 */

/** Opening marks and the kind of closing mark each expects; half- and full-width pair freely. */
const OPENERS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    '(': 'paren',
    '（': 'paren',
    '[': 'square',
    '［': 'square',
    '{': 'curly',
    '｛': 'curly',
    '【': 'lenticular',
    '〔': 'shell',
    '《': 'book',
    '〈': 'angle',
    '「': 'corner',
    '『': 'white-corner',
    '“': 'double',
    '‘': 'single',
  }),
);
const CLOSERS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ')': 'paren',
    '）': 'paren',
    ']': 'square',
    '］': 'square',
    '}': 'curly',
    '｝': 'curly',
    '】': 'lenticular',
    '〕': 'shell',
    '》': 'book',
    '〉': 'angle',
    '」': 'corner',
    '』': 'white-corner',
    '”': 'double',
    '’': 'single',
  }),
);
const MARKS = /[()（）[\]［］{}｛｝【】〔〕《》〈〉「」『』“”‘’"＂]/gu;

/** A bracket or quotation mark without its partner. */
export interface UnpairedMark {
  /** UTF-16 offset of the mark. */
  index: number;
  mark: string;
  /** What is wrong, as a report says it: "closes nothing", "is never closed", … */
  what: string;
}

/** A ")" after a lone digit or letter that starts an item: "1)", "a)", "（2）" lists. */
function isListMarker(text: string, index: number): boolean {
  return /(?:^|[\s,，;；:：、(（])[0-9a-zA-Z一二三四五六七八九十]$/u.test(text.slice(0, index));
}

/** ’ between letters, or with no ‘ open, is an apostrophe (don’t, APUS’s, companies’). */
function isApostrophe(text: string, index: number, singleOpen: boolean): boolean {
  const around = `${text[index - 1] ?? ' '}${text[index + 1] ?? ' '}`;
  return /^[\p{L}\p{N}][\p{L}]$/u.test(around) || !singleOpen;
}

/**
 * The unpaired marks of one text: closers that close nothing, openers never closed, and the
 * last straight double quote when there is an odd number of them.
 *
 * @example findUnpairedMarks('从“出海”到”全球化“') // [{ index: 6, mark: '”', what: 'closes nothing' }, { index: 10, mark: '“', what: 'is never closed' }]
 */
export function findUnpairedMarks(text: string): UnpairedMark[] {
  const problems: UnpairedMark[] = [];
  const stack: { index: number; mark: string; kind: string }[] = [];
  const straight: number[] = [];
  for (const m of text.matchAll(MARKS)) {
    const mark = m[0];
    const index = m.index ?? 0;
    if (mark === '"' || mark === '＂') {
      straight.push(index);
      continue;
    }
    const opens = OPENERS.get(mark);
    if (opens) {
      stack.push({ index, mark, kind: opens });
      continue;
    }
    const kind = CLOSERS.get(mark) ?? '';
    if (
      kind === 'single' &&
      isApostrophe(
        text,
        index,
        stack.some((s) => s.kind === 'single'),
      )
    )
      continue;
    const depth = stack.map((s) => s.kind).lastIndexOf(kind);
    if (depth < 0) {
      if (!(kind === 'paren' && isListMarker(text, index)))
        problems.push({ index, mark, what: 'closes nothing' });
      continue;
    }
    // Openers above the match were never closed: `(“a)` leaves “ open.
    for (const open of stack.splice(depth).slice(1))
      problems.push({ index: open.index, mark: open.mark, what: 'is never closed' });
  }
  for (const open of stack)
    problems.push({ index: open.index, mark: open.mark, what: 'is never closed' });
  if (straight.length % 2 === 1) {
    const index = straight.at(-1) ?? 0;
    problems.push({ index, mark: text[index] ?? '"', what: 'has no partner (odd count)' });
  }
  return problems.sort((a, b) => a.index - b.index);
}

/** A few characters either side of a mark, so that a message shows where it is. */
function context(text: string, index: number): string {
  const chars = [...text.slice(Math.max(0, index - 8), index + 9)];
  return chars.join('').trim();
}

/**
 * A quotation that runs over several paragraphs opens each of them and closes only the last
 * (in English and in Chinese typography alike): an opening quote that starts a paragraph is
 * not unclosed when the next paragraph starts with the same quote.
 */
function continuesQuote(text: string, problem: UnpairedMark, next: string | undefined): boolean {
  return (
    problem.what === 'is never closed' &&
    /^[“「『‘]$/u.test(problem.mark) &&
    text.slice(0, problem.index).trim() === '' &&
    next?.trimStart().startsWith(problem.mark) === true
  );
}

function sideFlag(pair: QaPair, side: Side, next: QaPair | undefined): QaFlag[] {
  const text = pair[side];
  const problems = findUnpairedMarks(text).filter((p) => !continuesQuote(text, p, next?.[side]));
  if (problems.length === 0) return [];
  const evidence: QaSpan[] = problems.map((p) =>
    spanOf(side, text, p.index, p.index + p.mark.length),
  );
  const list = problems.map((p) => `${p.mark} ${p.what} (…${context(text, p.index)}…)`);
  return [
    {
      kind: 'unpaired-punctuation',
      severity: 'warning',
      pairId: pair.id,
      side,
      message: `In the ${side === 'zh' ? 'Chinese' : 'English'}: ${list.join('; ')}`,
      evidence,
    },
  ];
}

/**
 * Checks both sides of `pair`; `next`, the pair that follows, lets a quotation run on.
 *
 * @example checkPunctuation({ id: 'p7', zh: '从“出海”进化为”全球化“', en: 'from “going overseas” to “globalization”' })
 * // [{ kind: 'unpaired-punctuation', side: 'zh', message: 'In the Chinese: ” closes nothing (…); “ is never closed (…)', … }]
 */
export function checkPunctuation(pair: QaPair, next?: QaPair): QaFlag[] {
  return [...sideFlag(pair, 'zh', next), ...sideFlag(pair, 'en', next)];
}
