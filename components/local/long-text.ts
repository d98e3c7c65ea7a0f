import './long-text.css';

/**
 * Own texts with more pairs than this are marked `data-long-text` (long-text.css): their rows
 * off screen are skipped by style, layout and paint. Shorter ones are left as bundled texts are.
 */
export const LONG_TEXT_PAIRS = 1000;

/**
 * The attribute that marks a long text's container, or none.
 *
 * @example <article {...longTextProps(view.pairs.length)} />
 */
export function longTextProps(pairs: number): { 'data-long-text'?: '' } {
  return pairs > LONG_TEXT_PAIRS ? { 'data-long-text': '' } : {};
}
