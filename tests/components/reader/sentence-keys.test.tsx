// @vitest-environment jsdom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSentenceKeys } from '@/components/reader/controller/use-sentence-keys';

/** The roving Tab stops the server renders (sentences are focusable text, as in SentenceBlock). */
const TAB_STOP = { tabIndex: 0 };
const NOT_A_STOP = { tabIndex: -1 };

/** Two pairs in the markup contract: p1 with two Chinese sentences linked to one English one. */
function AlignedText() {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  useSentenceKeys(root);
  return (
    <section data-reader="" ref={setRoot}>
      <div className="pair" id="p1" data-pair="">
        <div className="pair__zh">
          <span className="sent" id="p1.zh1" data-side="zh" data-link="0" {...TAB_STOP}>
            一。
          </span>
          <span className="sent" id="p1.zh2" data-side="zh" data-link="0" {...NOT_A_STOP}>
            二。
          </span>
        </div>
        <div className="pair__en">
          <span className="sent" id="p1.en1" data-side="en" data-link="0" {...TAB_STOP}>
            One, two.
          </span>
        </div>
      </div>
      <div className="pair" id="p2" data-pair="">
        <div className="pair__zh">
          <span className="sent" id="p2.zh1" data-side="zh" data-link="0" {...NOT_A_STOP}>
            三。
          </span>
        </div>
        <div className="pair__en">
          <span className="sent" id="p2.en1" data-side="en" data-link="0" {...NOT_A_STOP}>
            Three.
          </span>
        </div>
      </div>
    </section>
  );
}

const byId = (id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no element #${id}`);
  return element;
};

/** Presses a key on the focused element and returns the id of the element focused after it. */
function press(key: string) {
  fireEvent.keyDown(document.activeElement ?? document.body, { key });
  return document.activeElement?.id;
}

describe('useSentenceKeys', () => {
  beforeEach(() => {
    // jsdom lays nothing out: every sentence counts as shown (a hidden layout is an e2e matter).
    vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([
      new DOMRect(0, 0, 10, 10),
    ] as unknown as DOMRectList);
  });
  afterEach(() => {
    cleanup(); // Testing Library unmounts by itself only with Vitest's globals on
    vi.restoreAllMocks();
  });

  it('moves to the next and previous sentence of the same language across pairs with ↓ and ↑', () => {
    render(<AlignedText />);
    byId('p1.zh1').focus();
    expect(press('ArrowDown')).toBe('p1.zh2');
    expect(press('ArrowDown')).toBe('p2.zh1');
    expect(press('ArrowDown')).toBe('p2.zh1'); // the last sentence stays put
    expect(press('ArrowUp')).toBe('p1.zh2');
  });

  it('jumps to the first linked sentence in the other language with ← and →, and back', () => {
    render(<AlignedText />);
    byId('p1.zh2').focus();
    expect(press('ArrowRight')).toBe('p1.en1');
    expect(press('ArrowLeft')).toBe('p1.zh1');
  });

  it('keeps one Tab stop per language column: the sentence focused last', () => {
    render(<AlignedText />);
    byId('p2.zh1').focus();
    fireEvent.focusIn(byId('p2.zh1')); // jsdom's focus() does not fire focusin
    const stops = [...document.querySelectorAll('[tabindex="0"]')].map((el) => el.id);
    expect(stops).toEqual(['p1.en1', 'p2.zh1']);
  });

  it('leaves keys with a modifier, and keys outside sentences, to the browser', () => {
    render(<AlignedText />);
    byId('p1.zh1').focus();
    const event = new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true });
    byId('p1.zh1').dispatchEvent(event);
    expect(document.activeElement?.id).toBe('p1.zh1');
    expect(event.defaultPrevented).toBe(false);
  });
});
