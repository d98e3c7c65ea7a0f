import { type QaFlag, type QaPair, type QaSpan, quote, type Side, spanOf } from './types';

/**
 * Words typed twice: "the the" in English (and Latin words in Chinese), 的的 and doubled
 * function words (我们我们) in Chinese. `warning`.
 *
 * Chinese doubles many characters on purpose (常常, 看看, 研究研究, 一个一个 "one by one"),
 * so only what is never doubled on purpose is flagged: 的的 (but not 目的的, 有的的, 别的的,
 * where the first 的 ends a word, nor 的的确确 and 的的确, where the second starts 的确), and a
 * list of function words that have no reduplicated form.
 */

/** English doubles that grammar allows: "that that", "had had". */
const ALLOWED_EN = new Set(['that', 'had']);
const EN_DOUBLE = /(?<![\p{L}\p{N}’'-])([\p{L}][\p{L}’']*)\s+\1(?![\p{L}\p{N}’'-])/giu;
/** In Chinese, only Latin words: Han characters are letters too, and touch Latin words. */
const LATIN_DOUBLE = /(?<![A-Za-z0-9])([A-Za-z]+)\s+\1(?![A-Za-z0-9])/giu;

const ZH_FUNCTION_WORDS = [
  '我们',
  '你们',
  '他们',
  '她们',
  '它们',
  '但是',
  '因为',
  '所以',
  '如果',
  '虽然',
  '然后',
  '而且',
  '或者',
  '已经',
  '可以',
  '就是',
  '这个',
  '那个',
  '这些',
  '那些',
  '以及',
  '对于',
  '关于',
  '通过',
];
const ZH_DOUBLE = new RegExp(`(${ZH_FUNCTION_WORDS.join('|')})\\1|的的`, 'gu');

function doubles(text: string, side: Side): QaSpan[] {
  const found: QaSpan[] = [];
  for (const m of text.matchAll(side === 'en' ? EN_DOUBLE : LATIN_DOUBLE)) {
    // Case-insensitive: "The the" is the commonest form of the slip.
    if (ALLOWED_EN.has((m[1] ?? '').toLowerCase())) continue;
    const start = m.index ?? 0;
    found.push(spanOf(side, text, start, start + m[0].length));
  }
  if (side === 'zh') {
    for (const m of text.matchAll(ZH_DOUBLE)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (m[0] === '的的' && (/[目有别似]/u.test(text[start - 1] ?? '') || text[end] === '确'))
        continue;
      found.push(spanOf(side, text, start, end));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * @example checkRepeatedWords({ id: 'p1', zh: '我们的的目标', en: 'It is the the goal' })
 * // [{ kind: 'repeated-word', side: 'zh', message: 'The Chinese repeats: “的的”', … },
 * //  { kind: 'repeated-word', side: 'en', message: 'The English repeats: “the the”', … }]
 */
export function checkRepeatedWords(pair: QaPair): QaFlag[] {
  return (['zh', 'en'] as const).flatMap((side): QaFlag[] => {
    const found = doubles(pair[side], side);
    if (found.length === 0) return [];
    return [
      {
        kind: 'repeated-word',
        severity: 'warning',
        pairId: pair.id,
        side,
        message: `The ${side === 'zh' ? 'Chinese' : 'English'} repeats: ${found.map((s) => quote(s.text)).join(', ')}`,
        evidence: found,
      },
    ];
  });
}
