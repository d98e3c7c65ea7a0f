import { type QaFlag, type QaPair, quote, type Side, spanOf } from './types';

/**
 * Things a translation must carry over exactly: web addresses, e-mail addresses, and names
 * written in CamelCase or capitals (OpenAI, iPhone, APUS), whose case is part of the name.
 */

const SIDE_NAME: Record<Side, string> = { zh: 'Chinese', en: 'English' };
const URL = /\bhttps?:\/\/[^\s<>“”"'，。）)]+[^\s<>“”"'，。）).,;:!?]/giu;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gu;

/**
 * The text with every web and e-mail address blanked out (same length, so offsets hold), for
 * checks that read words and must not read an address as words.
 *
 * @example maskAddresses('见 https://a.cn/x') // '见                '
 */
export function maskAddresses(text: string): string {
  return text.replace(URL, (m) => ' '.repeat(m.length)).replace(EMAIL, (m) => ' '.repeat(m.length));
}

function found(text: string, pattern: RegExp) {
  return [...text.matchAll(pattern)].map((m) => ({ text: m[0], start: m.index }));
}

/**
 * A web or e-mail address on one side that is not, character for character, on the other:
 * `error` (a reader who follows it lands elsewhere).
 *
 * @example checkAddresses({ id: 'p1', zh: '见 https://a.cn/x', en: 'See https://a.cn/y' })
 * // two flags: each side's address is missing from the other
 */
export function checkAddresses(pair: QaPair): QaFlag[] {
  const flags: QaFlag[] = [];
  for (const [pattern, what] of [
    [URL, 'web address'],
    [EMAIL, 'e-mail address'],
  ] as const) {
    for (const side of ['zh', 'en'] as const) {
      const other: Side = side === 'zh' ? 'en' : 'zh';
      const theirs = new Set(found(pair[other], pattern).map((a) => a.text.toLowerCase()));
      const missing = found(pair[side], pattern).filter((a) => !theirs.has(a.text.toLowerCase()));
      if (missing.length === 0) continue;
      flags.push({
        kind: 'address-mismatch',
        severity: 'error',
        pairId: pair.id,
        side: other,
        message: `The ${SIDE_NAME[side]} has the ${what} ${missing.map((a) => quote(a.text)).join(', ')}, which is not in the ${SIDE_NAME[other]}`,
        evidence: missing.map((a) => spanOf(side, pair[side], a.start, a.start + a.text.length)),
      });
    }
  }
  return flags;
}

/** CamelCase (OpenAI, iPhone, ChatGPT) and all-capital (APUS, GPU) tokens. */
const CASED =
  /(?<![\p{Script=Latin}\d])(?:\p{Script=Latin}*\p{Ll}\p{Lu}\p{Script=Latin}*|\p{Lu}{2,}[\p{Lu}\d]*s?)(?![\p{Script=Latin}\d])/gu;

/**
 * A CamelCase or all-capital token whose counterpart on the other side is written with other
 * capitals (OpenAI ↔ Openai, APUS ↔ Apus, iPhone ↔ IPhone): `warning`. A token with no
 * counterpart at all is the `latin-token` check's.
 *
 * @example checkCasing({ id: 'p1', zh: 'OpenAI发布了', en: 'Openai released' })
 * // [{ kind: 'case-mismatch', message: '“OpenAI” in the Chinese is written “Openai” in the English', … }]
 */
export function checkCasing(pair: QaPair): QaFlag[] {
  const flags: QaFlag[] = [];
  for (const side of ['zh', 'en'] as const) {
    const other: Side = side === 'zh' ? 'en' : 'zh';
    const otherWords = [...pair[other].matchAll(/[\p{Script=Latin}\d]+/gu)].map((m) => m[0]);
    const seen = new Set<string>();
    for (const m of pair[side].matchAll(CASED)) {
      const token = m[0].replace(/s$/u, (s) => (/\p{Lu}{2}s$/u.test(m[0]) ? '' : s));
      if (seen.has(token) || pair[other].includes(token)) continue;
      const variant = otherWords.find(
        (w) => w !== token && w.toLowerCase() === token.toLowerCase(),
      );
      if (!variant) continue;
      seen.add(token);
      flags.push({
        kind: 'case-mismatch',
        severity: 'warning',
        pairId: pair.id,
        side: other,
        message: `${quote(token)} in the ${SIDE_NAME[side]} is written ${quote(variant)} in the ${SIDE_NAME[other]}`,
        evidence: [spanOf(side, pair[side], m.index, m.index + m[0].length)],
      });
    }
  }
  return flags;
}
