import { isConcealed } from '@/components/reader/controller/study';
import type { SpeechLanguage } from '@/lib/speech/voices';

/**
 * The reader's sentences as read-aloud sees them in the page: `span.sent[data-side][id]`
 * inside `div.pair[data-pair]`, inside the aligned text `.parallel` (see SentenceBlock).
 */
const SENTENCE = '.parallel .sent[data-side]';

/** Where a sentence is, for the "current sentence" label. */
export interface SentencePlace {
  id: string;
  language: SpeechLanguage;
  /** 1-based position among the sentences of its language in its pair. */
  index: number;
  /** The paragraph's number (`p12` → 12); undefined for a caption or another kind of pair. */
  paragraph?: number;
  caption: boolean;
  pairId: string;
}

const languageOf = (sentence: Element): SpeechLanguage | undefined => {
  const side = sentence.getAttribute('data-side');
  return side === 'zh' || side === 'en' ? side : undefined;
};

/** The reader sentence an event happened in (a click on a glossary term inside it counts). */
export function sentenceFrom(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const sentence = target.closest<HTMLElement>('.sent[data-side]');
  return sentence?.closest('.parallel') ? sentence : null;
}

/**
 * Whether a sentence can be read aloud: it is rendered (a layout may hide a whole language
 * with `display: none`, leaving it no boxes) and not veiled by study mode (reading out what
 * the reader chose to hide would give the answer away).
 */
export function isPlayable(sentence: Element): boolean {
  return sentence.getClientRects().length > 0 && !isConcealed(sentence);
}

/** The sentences of the same language in the same pair that can be read, in reading order. */
export function paragraphOf(sentence: HTMLElement): HTMLElement[] {
  const pair = sentence.closest('[data-pair]');
  const side = sentence.getAttribute('data-side');
  if (!pair || !side) return [sentence];
  return [...pair.querySelectorAll<HTMLElement>(`.sent[data-side="${side}"]`)].filter(isPlayable);
}

/**
 * The sentence to read when `sentence` cannot be (its language hidden, or no choice made
 * yet): its counterpart in the other language, else the first Chinese sentence that can be
 * read, else the first English one.
 */
export function playableSentence(
  root: ParentNode,
  sentence: HTMLElement | null,
): HTMLElement | null {
  if (sentence?.isConnected && isPlayable(sentence)) return sentence;
  const pair = sentence?.closest('[data-pair]');
  const other = sentence?.getAttribute('data-side') === 'zh' ? 'en' : 'zh';
  const link = sentence?.getAttribute('data-link');
  const counterpart = pair?.querySelector<HTMLElement>(
    `.sent[data-side="${other}"][data-link="${link}"]`,
  );
  if (counterpart && isPlayable(counterpart)) return counterpart;
  for (const side of ['zh', 'en']) {
    for (const candidate of root.querySelectorAll<HTMLElement>(
      `${SENTENCE}[data-side="${side}"]`,
    )) {
      if (isPlayable(candidate)) return candidate;
    }
  }
  return null;
}

/** Where a sentence is: its language, its place in its pair, the pair's number or kind. */
export function placeOf(sentence: HTMLElement): SentencePlace | null {
  const language = languageOf(sentence);
  const pair = sentence.closest<HTMLElement>('[data-pair]');
  if (!language || !pair) return null;
  const siblings = [...pair.querySelectorAll(`.sent[data-side="${language}"]`)];
  const number = /^p(\d+)$/.exec(pair.id)?.[1];
  return {
    id: sentence.id,
    language,
    index: siblings.indexOf(sentence) + 1,
    paragraph: number === undefined ? undefined : Number(number),
    caption: pair.dataset.kind === 'caption',
    pairId: pair.id,
  };
}
