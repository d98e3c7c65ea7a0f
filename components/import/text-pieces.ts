/**
 * Texts go to the align worker in pieces of this many UTF-16 code units, each posted in a task
 * of its own: a 15 MB side posted whole was copied (structured clone) in one task of 1–1.7 s on
 * the page's main thread (issue 14, item 7); a piece takes a few tens of milliseconds.
 * (A UTF-8 copy, a Blob, took longer still: 2.5–3.9 s in the same measurement.)
 */
export const PIECE_UNITS = 256 * 1024;

/**
 * The pieces of `text`, in order; their concatenation is `text` (a surrogate pair cut in two
 * is whole again once joined). An empty text is one empty piece.
 *
 * @example [...textPieces('abcde', 2)] // ['ab', 'cd', 'e']
 */
export function* textPieces(text: string, size: number = PIECE_UNITS): Generator<string> {
  if (text === '') yield '';
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
}

/** Waits for the next task of the event loop: the page paints and handles input in between. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
