import type { ClipboardEvent } from 'react';
import { utf8Length } from '@/lib/bitext/input';

/**
 * Texts longer than this (characters) are held aside, not put in their text box: Chromium lays
 * out a text box's whole value, and a few megabytes froze the page for seconds (15 MB: minutes;
 * issue 14, item 7). Half a million characters still lays out in a moment.
 */
export const HOLD_ABOVE = 500_000;

/** A side's text held aside (pasted or opened), too long for its box. */
export interface HeldText {
  text: string;
  /** Its size in MB, one decimal, for the note that stands in for the box. */
  mb: string;
}

/**
 * The text held for `text`, or null when it is short enough for the box.
 *
 * @example heldText('短') // null; heldText(book).mb // '15.0'
 */
export function heldText(text: string): HeldText | null {
  if (text.length <= HOLD_ABOVE) return null;
  return { text, mb: (utf8Length(text) / 2 ** 20).toFixed(1) };
}

/**
 * The box's value as a paste would leave it, if that is too long for the box (the paste is
 * then stopped, and the caller holds the text); else undefined (the paste goes ahead).
 *
 * @example pastedLongText(event) // the whole text, when the clipboard held a book
 */
export function pastedLongText(event: ClipboardEvent<HTMLTextAreaElement>): string | undefined {
  const pasted = event.clipboardData.getData('text/plain');
  const box = event.currentTarget;
  if (pasted.length + box.value.length <= HOLD_ABOVE) return undefined;
  const text = box.value.slice(0, box.selectionStart) + pasted + box.value.slice(box.selectionEnd);
  if (text.length <= HOLD_ABOVE) return undefined;
  event.preventDefault();
  return text;
}
