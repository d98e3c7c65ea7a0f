/**
 * The reader's markup contract: the attribute names, the id scheme and the typed readers that
 * the components writing the aligned text (components/reader/) and every client module reading
 * it (the controller, the dictionary, read-aloud, the language switcher) share. Plain
 * TypeScript with no DOM globals, so it serves the server render, the browser and the tests.
 *
 * The markup, server-rendered and the same for every document:
 * ```html
 * <section class="parallel" data-reader>                      one per page
 *   <div class="pair" id="p12" data-pair data-kind="paragraph" data-alignment="auto">
 *     <div class="pair__zh" lang="zh-Hans"><p>
 *       <span class="sent" id="p12.zh1" data-side="zh" data-link="0">…
 *         <button class="term" data-term="t3" interestfor="tip-t3">算力</button>…</span>
 *     </p></div>
 *     <div class="pair__en" lang="en"><p>
 *       <span class="sent" id="p12.en1" data-side="en" data-link="0" data-uncertain="73">…
 *         <span class="rendering" data-term="t3">computing power</span>…</span>
 *     </p></div>
 *   </div>
 * </section>
 * ```
 * Reading options are attributes on `<html>` (see lib/reader-settings); what the client adds
 * at run time (pinyin, traditional characters, study veils, the sentence being read) is
 * written into this markup by the client modules, never by React per sentence.
 */

export type Side = 'zh' | 'en';

/** Attribute and class names of the contract. */
export const MARKUP = {
  /** On the aligned text's root element. */
  reader: 'data-reader',
  /** On each pair's element, whose id is the pair id. */
  pair: 'data-pair',
  pairKind: 'data-kind',
  alignment: 'data-alignment',
  speaker: 'data-speaker',
  /** On each sentence: its side and the index of its link within the pair. */
  side: 'data-side',
  link: 'data-link',
  /** On a sentence whose link is uncertain: the confidence in percent. */
  uncertain: 'data-uncertain',
  /** On glossary terms (`button.term`) and their renderings (`span.rendering`): the term key. */
  term: 'data-term',
  /**
   * On a Chinese sentence shown in traditional characters: its simplified text, code point for
   * code point (what the dictionary looks up).
   */
  simplified: 'data-simplified',
  /** Study mode: on a revealed English sentence or pair. */
  revealed: 'data-revealed',
  /** Read aloud: on the sentence being spoken. */
  speaking: 'data-speaking',
  /**
   * On a word marked as above the reader's HSK level (the `above` option): its HSK 3.0 level
   * (`1`–`7`, 7 for the band 7–9), or `beyond` for a word no level covers.
   */
  hsk: 'data-hsk',
} as const;

/** Selectors built from the contract, for `querySelector`, `closest` and CSS. */
export const SELECT = {
  reader: `[${MARKUP.reader}]`,
  pair: `[${MARKUP.pair}]`,
  sentence: `.sent[${MARKUP.side}]`,
  zhSentence: `.sent[${MARKUP.side}="zh"]`,
  enSentence: `.sent[${MARKUP.side}="en"]`,
  term: `.term[${MARKUP.term}]`,
  rendering: `.rendering[${MARKUP.term}]`,
} as const;

/**
 * The id of sentence `n` (1-based) of a pair's side: usable as a fragment (`#p12.zh3`).
 *
 * @example sentenceId('p12', 'zh', 3) // 'p12.zh3'
 */
export const sentenceId = (pairId: string, side: Side, n: number) => `${pairId}.${side}${n}`;

/** A sentence id, read back. */
export interface SentenceRef {
  pairId: string;
  side: Side;
  /** 1-based. */
  n: number;
}

/**
 * Reads a sentence id (`p12.zh3`); undefined for anything else.
 *
 * @example parseSentenceId('p12.en2') // { pairId: 'p12', side: 'en', n: 2 }
 */
export function parseSentenceId(id: string): SentenceRef | undefined {
  const match = /^([a-z][a-z0-9-]*)\.(zh|en)([1-9]\d*)$/.exec(id);
  if (!match) return undefined;
  const [, pairId, side, n] = match;
  if (!pairId || (side !== 'zh' && side !== 'en') || !n) return undefined;
  return { pairId, side, n: Number(n) };
}

/** What the client needs of an element: attributes and `closest` (a DOM `Element` has both). */
export interface ElementLike {
  id: string;
  getAttribute(name: string): string | null;
  closest(selector: string): ElementLike | null;
}

/** A sentence element, read through the contract. */
export interface SentenceInfo extends SentenceRef {
  id: string;
  /** Index of the sentence's link within its pair. */
  link: number;
  /** The link's confidence in percent, where the link is uncertain. */
  uncertain?: number;
}

/**
 * Reads a sentence element: its id, pair, side, number and link. Undefined for an element
 * that is not a sentence of the contract.
 *
 * @example readSentence(document.getElementById('p12.zh3')) // { id: 'p12.zh3', pairId: 'p12', side: 'zh', n: 3, link: 1 }
 */
export function readSentence(element: ElementLike | null): SentenceInfo | undefined {
  if (!element) return undefined;
  const ref = parseSentenceId(element.id);
  const link = Number(element.getAttribute(MARKUP.link));
  if (!ref || ref.side !== element.getAttribute(MARKUP.side) || !Number.isInteger(link))
    return undefined;
  const uncertain = Number(element.getAttribute(MARKUP.uncertain) ?? Number.NaN);
  return {
    id: element.id,
    ...ref,
    link,
    ...(Number.isFinite(uncertain) && { uncertain }),
  };
}

/**
 * The sentence an event happened in, if it happened inside the aligned text (a click on a
 * glossary term inside a sentence counts).
 *
 * @example sentenceAt(event.target) // the `span.sent` element, or null
 */
export function sentenceAt<T extends ElementLike>(target: T | null): T | null {
  const sentence = target?.closest(SELECT.sentence) ?? null;
  return sentence?.closest(SELECT.reader) ? (sentence as T) : null;
}

/**
 * The selector of the sentences linked to `info` on a side, within its pair.
 *
 * @example linkedSelector({ link: 2 }, 'en') // '.sent[data-side="en"][data-link="2"]'
 */
export const linkedSelector = (info: Pick<SentenceInfo, 'link'>, side: Side) =>
  `.sent[${MARKUP.side}="${side}"][${MARKUP.link}="${info.link}"]`;
