/** Where the popup goes: page coordinates (it scrolls with the text), and its height limit. */
export interface Placement {
  top: number;
  left: number;
  /** Set when the popup fits neither below nor above the word at its natural height. */
  maxHeight?: number;
  side: 'below' | 'above';
}

/**
 * What the reader sees: the visual viewport, in the layout viewport's coordinates (they
 * differ on a pinch-zoomed phone, or where something overflows the page's width), and the
 * page's scroll position.
 */
export interface Viewport {
  left: number;
  top: number;
  width: number;
  height: number;
  scrollX: number;
  scrollY: number;
}

/** Space kept between the popup and the word, and between the popup and the screen's edges. */
const GAP = 6;
const MARGIN = 8;

/**
 * Places a popup of `size` next to a word (`anchor`, viewport coordinates): below it if it
 * fits, else above, else on the roomier side with a height limit, and shifted sideways to
 * stay on screen (a 412 px phone included).
 */
export function placePopup(
  anchor: DOMRect,
  size: { width: number; height: number },
  viewport: Viewport,
): Placement {
  const below = viewport.top + viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - viewport.top - GAP - MARGIN;
  const side = size.height <= below || below >= above ? 'below' : 'above';
  const room = side === 'below' ? below : above;
  const height = Math.min(size.height, Math.max(room, 0));
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  const maxLeft = viewport.left + viewport.width - MARGIN - size.width;
  const left = Math.max(viewport.left + MARGIN, Math.min(anchor.left, maxLeft));
  return {
    top: top + viewport.scrollY,
    left: left + viewport.scrollX,
    ...(size.height > room ? { maxHeight: Math.max(room, 120) } : {}),
    side,
  };
}
