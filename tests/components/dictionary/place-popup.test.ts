import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placePopup, type Viewport } from '@/components/dictionary/place-popup';

/** A word's box in viewport coordinates (DOMRect's fields; Node has no DOMRect). */
const word = (left: number, top: number, width = 40, height = 24): DOMRect => ({
  left,
  top,
  width,
  height,
  x: left,
  y: top,
  right: left + width,
  bottom: top + height,
  toJSON: () => ({}),
});

/** A 390×844 phone scrolled 1,000 px down, and a 1280×800 laptop at the top. */
const phone: Viewport = { left: 0, top: 0, width: 390, height: 844, scrollX: 0, scrollY: 1000 };
const laptop: Viewport = { left: 0, top: 0, width: 1280, height: 800, scrollX: 0, scrollY: 0 };

describe('placePopup', () => {
  it('puts the popup just below the word when it fits, in page coordinates', () => {
    expect(placePopup(word(100, 200), { width: 250, height: 400 }, phone)).toEqual({
      top: 1000 + 224 + 6,
      left: 100,
      side: 'below',
    });
  });

  it('puts it above the word when there is no room below but room above', () => {
    const placed = placePopup(word(100, 700), { width: 300, height: 400 }, laptop);
    expect(placed).toEqual({ top: 700 - 6 - 400, left: 100, side: 'above' });
  });

  it('limits its height on the roomier side when it fits neither (a long entry on a phone)', () => {
    const placed = placePopup(word(100, 300), { width: 370, height: 900 }, phone);
    expect(placed.side).toBe('below');
    expect(placed.maxHeight).toBe(844 - 324 - 6 - 8);
    expect(placed.top).toBe(1000 + 324 + 6);
  });

  it('shifts it left to stay on a phone screen, and keeps the margin on the left', () => {
    expect(placePopup(word(330, 100), { width: 370, height: 300 }, phone).left).toBe(390 - 8 - 370);
    expect(placePopup(word(2, 100), { width: 200, height: 300 }, phone).left).toBe(8);
  });

  it('follows a pinch-zoomed visual viewport', () => {
    const zoomed: Viewport = {
      left: 200,
      top: 300,
      width: 195,
      height: 422,
      scrollX: 0,
      scrollY: 0,
    };
    const placed = placePopup(word(300, 350), { width: 170, height: 200 }, zoomed);
    expect(placed.left).toBe(200 + 195 - 8 - 170);
    expect(placed.top).toBe(350 + 24 + 6);
  });

  it('never leaves the screen sideways, and never exceeds its room (property)', () => {
    const viewport = fc.record({
      left: fc.integer({ min: 0, max: 400 }),
      top: fc.integer({ min: 0, max: 400 }),
      width: fc.integer({ min: 320, max: 1600 }),
      height: fc.integer({ min: 480, max: 1000 }),
      scrollX: fc.integer({ min: 0, max: 500 }),
      scrollY: fc.integer({ min: 0, max: 5000 }),
    });
    fc.assert(
      fc.property(
        viewport,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 60, max: 1200 }),
        (vp, x, y, w, height) => {
          // As wide as its content, up to the CSS limit: min(26rem, 100vw − 1rem).
          const width = Math.round(100 + w * (Math.min(416, vp.width - 16) - 100));
          const anchor = word(vp.left + x * (vp.width - 40), vp.top + y * (vp.height - 24));
          const placed = placePopup(anchor, { width, height }, vp);
          const left = placed.left - vp.scrollX;
          expect(left).toBeGreaterThanOrEqual(vp.left + 8);
          expect(left + width).toBeLessThanOrEqual(vp.left + vp.width - 8);
          const shown = Math.min(height, placed.maxHeight ?? height);
          const top = placed.top - vp.scrollY;
          if (placed.side === 'below') expect(top).toBeGreaterThanOrEqual(anchor.bottom);
          else expect(top + shown).toBeLessThanOrEqual(anchor.top);
          // On screen vertically, except where even the least height (120 px) has no room.
          if ((placed.maxHeight ?? 120) >= 120 && shown === height) {
            expect(top).toBeGreaterThanOrEqual(vp.top);
            expect(top + shown).toBeLessThanOrEqual(vp.top + vp.height);
          }
        },
      ),
    );
  });
});
