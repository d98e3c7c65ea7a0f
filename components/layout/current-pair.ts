/**
 * The id of the pair the reader is looking at: the first pair whose bottom is below the top
 * of the viewport (past the sticky header). Undefined on pages without pairs, and while the
 * first pair is still wholly in view (the reader is at the top of the document).
 */
export function currentPairId(): string | undefined {
  const pairs = [...document.querySelectorAll<HTMLElement>('[data-pair]')];
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const first = pairs[0];
  if (!first || first.getBoundingClientRect().top >= header) return undefined;
  // The reading line: where a fragment link puts the top of its target (scroll-padding-top),
  // a little lower so that sub-pixel layout cannot pick the pair that ends just above it.
  const padding = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
  const line = (Number.isFinite(padding) ? padding : header) + 4;
  for (const pair of pairs) {
    if (pair.getBoundingClientRect().bottom > line) return pair.id;
  }
  return undefined;
}
