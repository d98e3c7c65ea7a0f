/**
 * Sentence links as translators write them in content files: "zh:en" with 1-based sentence
 * numbers, several joined by commas, either side possibly empty ("2:2,3", "3:", ":4").
 */

/** A link between sentences of a pair: 0-based indices, consecutive and ascending. */
export interface SentenceLink {
  zh: number[];
  en: number[];
}

/**
 * Parses one written link.
 *
 * @example parseLink('2,3:4') // { zh: [1, 2], en: [3] }
 * @returns undefined when the text is not of the form "numbers:numbers"
 */
export function parseLink(text: string): SentenceLink | undefined {
  const match = /^\s*([\d,\s]*):([\d,\s]*)$/.exec(text);
  if (!match) return undefined;
  const side = (part: string | undefined) =>
    (part ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n !== '')
      .map((n) => Number(n) - 1);
  const link = { zh: side(match[1]), en: side(match[2]) };
  if (link.zh.some((n) => !(n >= 0)) || link.en.some((n) => !(n >= 0))) return undefined;
  if (link.zh.length === 0 && link.en.length === 0) return undefined;
  return link;
}

/** Writes a link back in the content format. */
export function formatLink(link: SentenceLink): string {
  const side = (list: number[]) => list.map((n) => n + 1).join(',');
  return `${side(link.zh)}:${side(link.en)}`;
}

/**
 * Checks that `links` cover sentences 0..zhCount-1 and 0..enCount-1 each exactly once, in
 * order, each link's sentences consecutive. Returns what is wrong, in words, or [] when fine.
 *
 * @example checkLinks([{ zh: [0], en: [1] }], 1, 2) // ['English sentence 1 is in no link']
 */
export function checkLinks(
  links: readonly SentenceLink[],
  zhCount: number,
  enCount: number,
): string[] {
  const problems: string[] = [];
  const missing = (name: string, from: number, to: number) =>
    to - from > 1
      ? `${name} sentences ${from + 1}–${to} are in no link`
      : `${name} sentence ${from + 1} is in no link`;
  for (const [side, count, name] of [
    ['zh', zhCount, 'Chinese'],
    ['en', enCount, 'English'],
  ] as const) {
    let next = 0;
    for (const link of links) {
      for (const index of link[side]) {
        if (index < next) {
          problems.push(`${name} sentence ${index + 1} is linked twice or out of order`);
          continue;
        }
        if (index > next && next < count)
          problems.push(missing(name, next, Math.min(index, count)));
        if (index >= count) {
          problems.push(
            `${name} sentence ${index + 1} does not exist (the paragraph has ${count})`,
          );
        }
        next = index + 1;
      }
    }
    if (next < count) problems.push(missing(name, next, count));
  }
  return problems;
}
