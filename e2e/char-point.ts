import { expect, type Locator, type Page } from '@playwright/test';

/*
 * Pointing at one character of the reader's text, as a reader taps or clicks it: the dictionary
 * journeys of bundled documents (e2e/dictionary.spec.ts) and of own texts
 * (e2e/own-text-learning.spec.ts).
 */

/**
 * Where the `nth` occurrence of `text` is drawn in an element (pinyin left out, unless the
 * element is pinyin), after scrolling it into view: in the coordinates of the visual viewport,
 * which the mouse and the touch screen use.
 */
export async function charPoint(target: Locator, text: string, nth = 0) {
  await target.scrollIntoViewIfNeeded();
  const point = await target.evaluate(
    (el, { text, nth }) => {
      let seen = 0;
      const dx = window.visualViewport?.offsetLeft ?? 0;
      const dy = window.visualViewport?.offsetTop ?? 0;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!(node instanceof Text)) continue;
        if (el.tagName !== 'RT' && node.parentElement?.closest('rt')) continue;
        for (let at = node.data.indexOf(text); at >= 0; at = node.data.indexOf(text, at + 1)) {
          if (seen++ < nth) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          const box = range.getBoundingClientRect();
          return { x: box.x + box.width / 2 - dx, y: box.y + box.height / 2 - dy };
        }
      }
      return null;
    },
    { text, nth },
  );
  expect(point, `"${text}" is drawn in the sentence`).not.toBeNull();
  return point ?? { x: 0, y: 0 };
}

/** Clicks (taps, on a phone) a character of a sentence, where it is on screen. */
export async function pressChar(
  page: Page,
  target: Locator,
  char: string,
  touch: boolean,
  nth = 0,
) {
  const { x, y } = await charPoint(target, char, nth);
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}
