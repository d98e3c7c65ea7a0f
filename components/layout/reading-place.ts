import { readSentence, SELECT } from '@/lib/reader/markup';

/**
 * The reader's place on the page, kept across a change of interface language: the sentence at
 * the reading line and how far below the top of the window it stands. Both language versions
 * of a reader page carry the same sentence ids, so the place is found again there and put back
 * at the same height, within a line, without making it the page's fragment (which would style
 * it as a link target).
 */
export interface ReadingPlace {
  /** The path the place is for (the page being opened). */
  path: string;
  /** A sentence id (`p20.zh2`). */
  id: string;
  /** Its top, in CSS pixels below the top of the window. */
  offset: number;
  /** When it was taken (ms since the epoch): a place is put back only once, and only soon. */
  at: number;
}

const KEY = 'duizhao-place';
/** A place older than this is not put back (the reader opened the page some other way). */
const FRESH_MS = 60_000;

/** Where sticky bars end: the top of the window a fragment link scrolls to (scroll-padding-top). */
function readingLine(): number {
  const padding = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
  return Number.isFinite(padding) ? padding : 0;
}

/**
 * The sentence at the reading line: the first shown sentence whose bottom is below it.
 * Undefined on pages without sentences, and at the very top of a document.
 */
export function currentPlace(): { id: string; offset: number } | undefined {
  if (window.scrollY < 1) return undefined;
  const line = readingLine() + 2;
  for (const sentence of document.querySelectorAll<HTMLElement>(SELECT.sentence)) {
    const box = sentence.getBoundingClientRect();
    if (box.height > 0 && box.bottom > line && readSentence(sentence))
      return { id: sentence.id, offset: box.top };
  }
  return undefined;
}

/**
 * Remembers the current place for the page at `path`, about to be opened (in this tab).
 *
 * @example rememberPlace('/zh/read/kong-yiji')
 */
export function rememberPlace(path: string) {
  const place = currentPlace();
  try {
    if (!place) sessionStorage.removeItem(KEY);
    else
      sessionStorage.setItem(
        KEY,
        JSON.stringify({ path, ...place, at: Date.now() } satisfies ReadingPlace),
      );
  } catch {
    // Storage blocked: the new page opens at the top, as a plain link would.
  }
}

function takePlace(): ReadingPlace | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    const place: unknown = raw ? JSON.parse(raw) : null;
    if (!place || typeof place !== 'object') return undefined;
    const { path, id, offset, at } = place as Record<string, unknown>;
    return typeof path === 'string' &&
      typeof id === 'string' &&
      typeof offset === 'number' &&
      typeof at === 'number'
      ? { path, id, offset, at }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Puts back a place remembered for this page (once, and only if fresh): scrolls so the same
 * sentence stands at the same height. Returns a function that puts it back again, for when
 * the text moves afterwards (web fonts, pinyin written in), or undefined if there was none.
 */
export function restorePlace(now = Date.now()): (() => void) | undefined {
  const place = takePlace();
  if (!place || place.path !== location.pathname || now - place.at > FRESH_MS) return undefined;
  const sentence = document.getElementById(place.id);
  if (!sentence) return undefined;
  const off = () => sentence.getBoundingClientRect().top - place.offset;
  const scrollOnce = () => window.scrollTo({ top: window.scrollY + off(), behavior: 'instant' });
  // Pairs off screen are laid out only once they near the viewport (content-visibility: auto,
  // components/reader/reader.css), in the frames after a scroll: one above the sentence may
  // then change height and move it. Put it back on each of the next few frames.
  const scroll = () => {
    scrollOnce();
    let frames = SETTLE_FRAMES;
    const check = () => {
      if (Math.abs(off()) >= 1) scrollOnce();
      if (--frames > 0) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };
  scroll();
  void document.fonts?.ready.then(scroll);
  return scroll;
}

/** Frames after a scroll in which the place is checked and put back (see `restorePlace`). */
const SETTLE_FRAMES = 4;
