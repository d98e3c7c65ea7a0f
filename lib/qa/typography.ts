import { type QaFlag, type QaPair, quote, type Side, spanOf } from './types';

/**
 * Typography checks as Xbench and Verifika run them: punctuation of the wrong width for the
 * language, double spaces, and a pair whose two sides end differently.
 */

const SIDE_NAME: Record<Side, string> = { zh: 'Chinese', en: 'English' };

/** Full-width punctuation and letters an English sentence should not hold (CJK ， 。 ： （ ）…). */
const FULL_WIDTH = /[，。、：；！？（）【】《》「」『』〔〕～＂＇０-９Ａ-Ｚａ-ｚ]/gu;

/**
 * Full-width punctuation (and full-width letters or digits) left in the English: copied with
 * the Chinese, or typed with a Chinese input method. `warning`. Chinese characters left in the
 * English are the `untranslated` check's.
 *
 * @example checkFullWidthInEnglish({ id: 'p1', zh: '好。', en: 'Good，very good。' })
 * // [{ kind: 'full-width-in-english', message: 'The English has full-width “，”, “。”: …', … }]
 */
export function checkFullWidthInEnglish(pair: QaPair): QaFlag[] {
  const found = [...pair.en.matchAll(FULL_WIDTH)];
  if (found.length === 0) return [];
  const marks = [...new Set(found.map((m) => m[0]))];
  return [
    {
      kind: 'full-width-in-english',
      severity: 'warning',
      pairId: pair.id,
      side: 'en',
      message: `The English has full-width ${marks.map((m) => quote(m)).join(', ')}: use the English mark`,
      evidence: found.map((m) => spanOf('en', pair.en, m.index, m.index + m[0].length)),
    },
  ];
}

const HAN = /\p{Script=Han}/u;
/** Half-width marks that Chinese writes full-width: ， ； ： ！ ？ （ ）. */
const HALF_WIDTH = /[,;:!?()]/gu;
const FULL_OF: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

/** The nearest character before/after `index` that is not a space. */
function neighbour(text: string, index: number, step: -1 | 1): string {
  for (let i = index + step; i >= 0 && i < text.length; i += step) {
    const c = text[i] ?? '';
    if (c !== ' ') return c;
  }
  return '';
}

/**
 * The half-width marks a document's Chinese writes full-width as a rule (its full-width form
 * at least as often as the half-width one, next to Chinese text). A source printed with
 * half-width commas throughout (as web captures often are) has no slip to find: the Chinese
 * stays as the source has it.
 *
 * @example fullWidthConvention(['好，对。', '是,吗?']) // Set { ',' } (… and '?' only if ？ is used as often)
 */
export function fullWidthConvention(chinese: readonly string[]): Set<string> {
  const marks = new Set<string>();
  for (const [half, full] of Object.entries(FULL_OF)) {
    let halves = 0;
    let fulls = 0;
    for (const text of chinese) {
      halves += halfWidthNextToHan(text).filter((m) => m[0] === half).length;
      fulls += text.split(full).length - 1;
    }
    if (halves > 0 && fulls >= halves) marks.add(half);
  }
  return marks;
}

function halfWidthNextToHan(text: string) {
  return [...text.matchAll(HALF_WIDTH)].filter((m) => {
    const before = neighbour(text, m.index, -1);
    const after = neighbour(text, m.index, 1);
    return HAN.test(before) || (HAN.test(after) && m[0] !== ')');
  });
}

/**
 * Half-width punctuation in the Chinese where the document's own Chinese writes the mark
 * full-width (`fullWidthConvention`): a , ; : ! ? or a bracket next to a Chinese character
 * (为什么晚了2个月? → 2个月？). Marks between Latin letters or digits (GPT-3.5, 10:30,
 * "A, B") are left alone. `warning`.
 *
 * @example checkHalfWidthInChinese({ id: 'p1', zh: '为什么晚了2个月?', en: 'Why?' }, new Set(['?']))
 * // [{ kind: 'half-width-in-chinese', message: 'The Chinese has half-width “?” next to Chinese text: …', … }]
 */
export function checkHalfWidthInChinese(pair: QaPair, convention: ReadonlySet<string>): QaFlag[] {
  const found = halfWidthNextToHan(pair.zh).filter((m) => convention.has(m[0]));
  if (found.length === 0) return [];
  const marks = [...new Set(found.map((m) => m[0]))];
  return [
    {
      kind: 'half-width-in-chinese',
      severity: 'warning',
      pairId: pair.id,
      side: 'zh',
      message: `The Chinese has half-width ${marks.map((m) => quote(m)).join(', ')} next to Chinese text: Chinese writes ${marks.map((m) => FULL_OF[m] ?? m).join(' ')}`,
      evidence: found.map((m) => spanOf('zh', pair.zh, m.index, m.index + m[0].length)),
    },
  ];
}

/**
 * Two or more spaces in a row inside a segment (not at a stanza's line breaks). `info`.
 *
 * @example checkDoubleSpaces({ id: 'p1', zh: '好。', en: 'Good.  Very good.' })
 * // [{ kind: 'double-space', side: 'en', message: 'The English has a double space: “Good.  Very”', … }]
 */
export function checkDoubleSpaces(pair: QaPair): QaFlag[] {
  return (['zh', 'en'] as const).flatMap((side): QaFlag[] => {
    const text = pair[side];
    const found = [...text.matchAll(/(?<=\S) {2,}(?=\S)/gu)];
    if (found.length === 0) return [];
    const first = found[0];
    const at = first?.index ?? 0;
    const context = text.slice(Math.max(0, at - 8), at + (first?.[0].length ?? 2) + 8);
    return [
      {
        kind: 'double-space',
        severity: 'info',
        pairId: pair.id,
        side,
        message: `The ${SIDE_NAME[side]} has ${found.length === 1 ? 'a double space' : `${found.length} double spaces`}: ${quote(context)}`,
        evidence: found.map((m) => spanOf(side, text, m.index, m.index + m[0].length)),
      },
    ];
  });
}

type Ending = 'question' | 'exclamation' | 'colon' | 'ellipsis' | 'stop' | 'none';

/** How a segment ends, closing quotes and brackets set aside. */
export function endingOf(text: string): Ending {
  const core = text.trimEnd().replace(/[”’"'」』）)\]】》]+$/u, '');
  if (/(?:…|\.\.\.)$/u.test(core)) return 'ellipsis';
  const last = core.at(-1) ?? '';
  if (/[?？]/u.test(last)) return 'question';
  if (/[!！]/u.test(last)) return 'exclamation';
  if (/[:：]/u.test(last)) return 'colon';
  if (/[.。]/u.test(last)) return 'stop';
  return 'none';
}

/**
 * A pair whose two sides end with different punctuation: a question answered by a statement
 * (`warning`: a question turned into a statement, or the end of the pair cut in the wrong
 * place), or a colon, ellipsis, exclamation or missing mark on one side only (`info`: English
 * often ends with a full stop where Chinese exclaims). Headings and datelines are left alone.
 *
 * @example checkEndPunctuation({ id: 'p1', zh: '为什么？', en: 'Why.' })
 * // [{ kind: 'end-punctuation', severity: 'warning', message: 'The Chinese ends with a question mark, the English with a full stop', … }]
 */
export function checkEndPunctuation(pair: QaPair & { kind?: string }): QaFlag[] {
  // A heading or a dateline has no sentence to end ("一" ↔ "I", "一九二一年一月。" ↔ "January 1921").
  if (pair.kind === 'heading' || pair.kind === 'dateline') return [];
  const zh = endingOf(pair.zh);
  const en = endingOf(pair.en);
  if (zh === en) return [];
  const name: Record<Ending, string> = {
    question: 'a question mark',
    exclamation: 'an exclamation mark',
    colon: 'a colon',
    ellipsis: 'an ellipsis',
    stop: 'a full stop',
    none: 'no punctuation',
  };
  const question = zh === 'question' || en === 'question';
  return [
    {
      kind: 'end-punctuation',
      severity: question ? 'warning' : 'info',
      pairId: pair.id,
      side: 'en',
      message: `The Chinese ends with ${name[zh]}, the English with ${name[en]}`,
      evidence: [],
    },
  ];
}
