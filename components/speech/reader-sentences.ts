import { isConcealed } from '@/components/reader/controller/study';
import { linkedSelector, readSentence, SELECT, type Side } from '@/lib/reader/markup';
import type { ReadScope } from '@/lib/speech/player';

/**
 * The reader's sentences as read aloud walks them, through the markup contract
 * (lib/reader/markup.ts): a sentence, its paragraph, the column of its language in reading
 * order, and the sentence to start from.
 */

/**
 * Whether a sentence can be read aloud: it is rendered (a layout may hide a whole language
 * with `display: none`, leaving it no boxes) and not veiled by study mode (reading out what
 * the reader chose to hide would give the answer away).
 */
export function isPlayable(sentence: Element): boolean {
  return sentence.getClientRects().length > 0 && !isConcealed(sentence);
}

const sideOf = (sentence: Element): Side =>
  sentence.getAttribute('data-side') === 'en' ? 'en' : 'zh';

/** Every sentence of a language in the aligned text, in reading order (shown or not). */
function column(sentence: Element): HTMLElement[] {
  const root = sentence.closest(SELECT.reader) ?? sentence.ownerDocument;
  const selector = sideOf(sentence) === 'en' ? SELECT.enSentence : SELECT.zhSentence;
  return [...root.querySelectorAll<HTMLElement>(selector)];
}

/** The sentences of the same language in the same pair that can be read, in reading order. */
export function paragraphOf(sentence: HTMLElement): HTMLElement[] {
  const pair = sentence.closest(SELECT.pair);
  if (!pair) return [sentence];
  const selector = sideOf(sentence) === 'en' ? SELECT.enSentence : SELECT.zhSentence;
  return [...pair.querySelectorAll<HTMLElement>(selector)].filter(isPlayable);
}

/**
 * The sentences one utterance plan reads, from `from` on: `from` alone, or the rest of its
 * paragraph (for the rest of the document too: the next paragraph is planned when this one
 * ends, so no plan outgrows what the reader hears next).
 */
export function readingFrom(scope: ReadScope, from: HTMLElement): HTMLElement[] {
  if (scope === 'sentence') return [from];
  const paragraph = paragraphOf(from);
  const at = paragraph.indexOf(from);
  return at < 0 ? [from] : paragraph.slice(at);
}

/** The readable sentence of the same language before (`step` -1) or after (1) `sentence`. */
export function stepSentence(sentence: HTMLElement, step: 1 | -1): HTMLElement | null {
  const sentences = column(sentence);
  for (let i = sentences.indexOf(sentence) + step; i >= 0 && i < sentences.length; i += step) {
    const candidate = sentences[i];
    if (candidate && isPlayable(candidate)) return candidate;
  }
  return null;
}

/** The first sentence linked to `sentence` in `side` (itself when it is on that side). */
function linkedIn(sentence: HTMLElement, side: Side): HTMLElement | null {
  const info = readSentence(sentence);
  if (!info) return null;
  if (info.side === side) return sentence;
  return (
    sentence.closest(SELECT.pair)?.querySelector<HTMLElement>(linkedSelector(info, side)) ?? null
  );
}

/** Whether any of an element's boxes is inside the window. */
function onScreen(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  const height = view?.innerHeight ?? 0;
  return [...element.getClientRects()].some((r) => r.bottom > 0 && r.top < height);
}

/** Where a reading was asked for: a sentence (or none yet) and the language chosen. */
export interface ReadingPlace {
  sentence: HTMLElement | null;
  language: Side;
}

/**
 * The sentence to start reading from. The chosen language wins where it can be read: the
 * sentence itself, or the sentence linked to it in that language (Chinese is read unless the
 * reader chose English). Where that language is hidden or veiled, the other language's linked
 * sentence. With `onScreen` (the toolbar's Listen, whose "current sentence" may be long
 * scrolled away), a current sentence not on screen gives way to the first readable one that
 * is. At last, the first readable sentence of the chosen language, then of the other.
 *
 * @example startSentence(document, { sentence: p5en2, language: 'zh' }) // p5.zh2 (its link)
 */
export function startSentence(
  root: ParentNode,
  { sentence, language }: ReadingPlace,
  { onScreen: wantOnScreen = false }: { onScreen?: boolean } = {},
): HTMLElement | null {
  const other: Side = language === 'zh' ? 'en' : 'zh';
  if (sentence?.isConnected && (!wantOnScreen || onScreen(sentence))) {
    for (const side of [language, other]) {
      const linked = linkedIn(sentence, side);
      if (linked && isPlayable(linked)) return linked;
    }
  }
  for (const side of [language, other]) {
    const all = [
      ...root.querySelectorAll<HTMLElement>(side === 'en' ? SELECT.enSentence : SELECT.zhSentence),
    ];
    const found =
      (wantOnScreen ? all.find((el) => isPlayable(el) && onScreen(el)) : undefined) ??
      all.find(isPlayable);
    if (found) return found;
  }
  return null;
}

/** Where a sentence is, for the player's label. */
export interface SentencePlace {
  language: Side;
  /** 1-based position among the sentences of its language in its pair. */
  index: number;
  /** The paragraph's number (`p12` → 12); undefined for a caption or another kind of pair. */
  paragraph?: number;
  caption: boolean;
  pairId: string;
}

/**
 * Where a sentence is: its language, its place in its pair, the pair's number or kind.
 *
 * @example placeOf(document.getElementById('p5.zh2')) // { language: 'zh', index: 2, paragraph: 5, … }
 */
export function placeOf(sentence: HTMLElement): SentencePlace | null {
  const info = readSentence(sentence);
  const pair = sentence.closest<HTMLElement>(SELECT.pair);
  if (!info || !pair) return null;
  const number = /^p(\d+)$/.exec(pair.id)?.[1];
  return {
    language: info.side,
    index: info.n,
    paragraph: number === undefined ? undefined : Number(number),
    caption: pair.dataset.kind === 'caption',
    pairId: pair.id,
  };
}
