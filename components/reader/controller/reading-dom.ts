import { type Tone, toMarked, toneOf } from '@/lib/chinese/tones';
import { contentLang } from '@/lib/i18n/settings';
import { MARKUP, SELECT } from '@/lib/reader/markup';
import {
  isAbove,
  type ReadingData,
  type SentenceReading,
  type WordLevel,
  wordLevel,
} from '@/lib/reader/reading-data';
import type { ReaderSettings } from '@/lib/reader-settings/settings';

/**
 * Pinyin and traditional characters in the reader's Chinese sentences, written into the
 * server-rendered markup when the reader asks for them (loaded with a dynamic import on first
 * use). Each sentence's original content (text and glossary-term buttons) is captured the first
 * time, and every later view is rendered from that capture, so switching back gives the
 * server's markup exactly.
 *
 * Pinyin is grouped by word: one `<ruby>` per word, its syllables together over its characters
 * (`<ruby>第一次<rt>dìyīcì</rt></ruby>`), hidden from screen readers (`aria-hidden` on `<rt>`),
 * which read each character once. With tone colours, each character and syllable carries its
 * tone (`data-tone`).
 *
 * Words above the reader's HSK level (`above`) are wrapped in a mark carrying their level
 * (`<span data-hsk="5">…</span>`, `beyond` for a word no level covers), around their ruby
 * where there is pinyin; reading-options.css draws it.
 */

/** How the Chinese is to be shown. */
export type ReadingView = Pick<
  ReaderSettings,
  'pinyin' | 'tones' | 'toneColors' | 'sandhi' | 'script' | 'above'
>;

/** A piece of a sentence as the server rendered it: text, or a glossary term's button. */
interface Piece {
  text: string;
  /** The term's button, emptied: a shell to fill with the rendered term. */
  term?: HTMLElement;
}

const plainView = (view: ReadingView) =>
  !view.pinyin && view.script === 'simplified' && view.above === 'off';

/** Renders sentences for a reading view; holds each sentence's captured original. */
export interface ReadingRenderer {
  /** Renders every Chinese sentence under `root` for `view`, with `data` for what it needs. */
  render(root: ParentNode, view: ReadingView, data: ReadingData | undefined): void;
}

/**
 * @example
 * const renderer = createReadingRenderer();
 * renderer.render(document, { pinyin: true, tones: 'marks', toneColors: false, script: 'simplified', above: '4' }, data);
 */
export function createReadingRenderer(): ReadingRenderer {
  const originals = new WeakMap<Element, Piece[]>();

  const capture = (sentence: Element): Piece[] => {
    const known = originals.get(sentence);
    if (known) return known;
    const pieces = [...sentence.childNodes].map((node): Piece => {
      if (node instanceof HTMLElement && node.matches(SELECT.term)) {
        const shell = node.cloneNode(false);
        return {
          text: node.textContent ?? '',
          term: shell instanceof HTMLElement ? shell : undefined,
        };
      }
      return { text: node.textContent ?? '' };
    });
    originals.set(sentence, pieces);
    return pieces;
  };

  return {
    render(root, view, data) {
      for (const sentence of root.querySelectorAll<HTMLElement>(SELECT.zhSentence)) {
        if (plainView(view) && !originals.has(sentence)) continue; // still the server's markup
        const reading = data?.sentences[sentence.id];
        renderSentence(sentence, capture(sentence), view, plainView(view) ? undefined : reading);
      }
    },
  };
}

function renderSentence(
  sentence: HTMLElement,
  pieces: readonly Piece[],
  view: ReadingView,
  reading: SentenceReading | undefined,
) {
  const simplified = [...pieces.map((piece) => piece.text).join('')];
  const traditional = reading?.traditional ? [...reading.traditional] : undefined;
  const showTraditional =
    view.script === 'traditional' && traditional?.length === simplified.length;
  const chars = showTraditional && traditional ? traditional : simplified;
  const marking = view.above !== 'off' && reading?.levels !== undefined;
  const words =
    reading && (view.pinyin || marking)
      ? wordsOf(reading, simplified.length, view.sandhi)
      : undefined;

  const doc = sentence.ownerDocument;
  const out: Node[] = [];
  let at = 0;
  for (const piece of pieces) {
    const length = [...piece.text].length;
    const nodes = renderRange(doc, chars, words, at, at + length, view);
    at += length;
    const term = piece.term?.cloneNode(false);
    if (term instanceof Element) {
      term.append(...nodes);
      out.push(term);
    } else out.push(...nodes);
  }
  sentence.replaceChildren(...out);
  sentence.normalize(); // one text node for each run of unmarked words without pinyin
  if (showTraditional) {
    sentence.setAttribute('lang', contentLang.zhTraditional);
    sentence.setAttribute(MARKUP.simplified, simplified.join(''));
  } else {
    sentence.removeAttribute('lang');
    sentence.removeAttribute(MARKUP.simplified);
  }
}

/** Per code point: its reading, the index of the word it belongs to and that word's level. */
interface CharReading {
  reading: string;
  word: number;
  level: WordLevel;
}

function wordsOf(
  reading: SentenceReading,
  length: number,
  spoken: boolean,
): CharReading[] | undefined {
  const out: CharReading[] = [];
  const source = spoken && reading.spoken ? reading.spoken : reading.pinyin;
  reading.words.forEach((size, word) => {
    const syllables = (source[word] ?? '').split(' ');
    const level = wordLevel(reading, word);
    for (let i = 0; i < size; i++) out.push({ reading: syllables[i] ?? '-', word, level });
  });
  return out.length === length ? out : undefined;
}

/** The level a word is marked with, or undefined when the view does not mark it. */
function markOf(view: ReadingView, level: WordLevel): string | undefined {
  if (view.above === 'off' || !isAbove(level, Number(view.above))) return undefined;
  return level === undefined ? undefined : String(level);
}

/**
 * The nodes of code points `[from, to)`: plain text, or per (part of a) word its ruby (with
 * pinyin) or text, in a mark where the word is above the reader's level.
 */
function renderRange(
  doc: Document,
  chars: readonly string[],
  words: readonly CharReading[] | undefined,
  from: number,
  to: number,
  view: ReadingView,
): Node[] {
  if (!words) return [doc.createTextNode(chars.slice(from, to).join(''))];
  const nodes: Node[] = [];
  let start = from;
  while (start < to) {
    const word = words[start]?.word;
    let end = start + 1;
    while (end < to && words[end]?.word === word) end++;
    const part = words.slice(start, end);
    const text = chars.slice(start, end);
    const plain = !view.pinyin || part.every((r) => r.reading === '-');
    const node = plain ? doc.createTextNode(text.join('')) : wordRuby(doc, text, part, view);
    const mark = markOf(view, part[0]?.level);
    if (mark === undefined) nodes.push(node);
    else {
      const span = doc.createElement('span');
      span.setAttribute(MARKUP.hsk, mark);
      span.append(node);
      nodes.push(span);
    }
    start = end;
  }
  return nodes;
}

function wordRuby(
  doc: Document,
  chars: readonly string[],
  readings: readonly CharReading[],
  view: ReadingView,
): HTMLElement {
  const ruby = doc.createElement('ruby');
  const rt = doc.createElement('rt');
  rt.setAttribute('aria-hidden', 'true');
  const shown = (reading: string) => (view.tones === 'marks' ? toMarked(reading) : reading);
  if (!view.toneColors) {
    ruby.append(chars.join(''));
    rt.append(readings.map((r) => (r.reading === '-' ? '' : shown(r.reading))).join(''));
  } else {
    chars.forEach((char, i) => {
      const reading = readings[i]?.reading ?? '-';
      ruby.append(toned(doc, char, reading === '-' ? undefined : toneOf(reading)));
      if (reading !== '-') rt.append(toned(doc, shown(reading), toneOf(reading)));
    });
  }
  ruby.append(rt);
  return ruby;
}

function toned(doc: Document, text: string, tone: Tone | undefined): Node {
  if (tone === undefined) return doc.createTextNode(text);
  const span = doc.createElement('span');
  span.dataset.tone = String(tone);
  span.textContent = text;
  return span;
}
