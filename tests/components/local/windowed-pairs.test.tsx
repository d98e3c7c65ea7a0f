// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blockSource } from '@/components/local/block-source';
import { WINDOW_BLOCK } from '@/components/local/view-blocks';
import { WindowedPairs } from '@/components/local/WindowedPairs';

/** jsdom lays nothing out: the observers are stubbed, and near the screen is what a test says. */
let near: (blocks: number[]) => void = () => undefined;
beforeEach(() => {
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      targets: Element[] = [];
      constructor(callback: IntersectionObserverCallback) {
        near = (blocks) =>
          callback(
            this.targets.map(
              (target) =>
                ({
                  target,
                  isIntersecting: blocks.includes(Number((target as HTMLElement).dataset.block)),
                }) as IntersectionObserverEntry,
            ),
            this as unknown as IntersectionObserver,
          );
      }
      observe(target: Element) {
        this.targets.push(target);
      }
      disconnect() {}
    },
  );
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
  vi.unstubAllGlobals();
  window.location.hash = '';
});

const TOTAL = 10 * WINDOW_BLOCK;
const ids = Array.from({ length: TOTAL }, (_, i) => `p${i + 1}`);
const pairsOf = (start: number) =>
  ids.slice(start, start + WINDOW_BLOCK).map((id) => ({ id, links: [] }));

function setUp(boxAttributes?: Record<`data-${string}`, ''>[]) {
  const asked: number[] = [];
  const source = blockSource<{ id: string; links: never[] }>(TOTAL, (start) => asked.push(start));
  const answer = (start: number) =>
    act(() =>
      source.receive({
        type: 'block',
        block: { view: 'reader', start, pairs: pairsOf(start), maxLinks: 0 },
      }),
    );
  render(
    <WindowedPairs
      ids={ids}
      source={source}
      version={[]}
      boxAttributes={boxAttributes}
      render={(pair) => (
        <p key={pair.id} id={pair.id} data-pair="">
          {pair.id}
        </p>
      )}
    />,
  );
  return { asked, answer };
}

describe('WindowedPairs', () => {
  it('renders the blocks near the screen, asked for as they come near, and a box for the rest', async () => {
    const { asked, answer } = setUp();
    expect(asked).toEqual([0]);
    answer(0);
    expect(document.querySelectorAll('[data-pair]')).toHaveLength(WINDOW_BLOCK);
    expect(document.querySelectorAll('[data-block]')).toHaveLength(10);
    act(() => near([4, 5]));
    expect(asked).toEqual([0, 4 * WINDOW_BLOCK, 5 * WINDOW_BLOCK]);
    answer(4 * WINDOW_BLOCK);
    answer(5 * WINDOW_BLOCK);
    // Block 0 left the screen: only blocks 4 and 5 are in the page, in order.
    const shown = () => [...document.querySelectorAll('[data-pair]')].map((p) => p.id);
    await waitFor(() =>
      expect(shown()).toEqual(
        [...pairsOf(4 * WINDOW_BLOCK), ...pairsOf(5 * WINDOW_BLOCK)].map((p) => p.id),
      ),
    );
  });

  it('follows a link to a far pair: its block, scrolled to, then its neighbours, a task each', async () => {
    window.location.hash = `#p${7 * WINDOW_BLOCK + 3}`;
    const { asked, answer } = setUp();
    expect(asked).toEqual(expect.arrayContaining([6, 7, 8].map((b) => b * WINDOW_BLOCK)));
    answer(6 * WINDOW_BLOCK);
    answer(7 * WINDOW_BLOCK);
    answer(8 * WINDOW_BLOCK);
    const target = await screen.findByText(`p${7 * WINDOW_BLOCK + 3}`);
    expect(target.scrollIntoView).toHaveBeenCalled();
    // The target's block alone first (a task laying out 150 rows took up to 600 ms).
    expect(document.querySelectorAll('[data-pair]')).toHaveLength(WINDOW_BLOCK);
    await waitFor(() =>
      expect(document.querySelectorAll('[data-pair]')).toHaveLength(3 * WINDOW_BLOCK),
    );
  });

  it('keeps the focused block and its neighbours, so the keyboard can step across an edge', async () => {
    const { asked, answer } = setUp();
    answer(0);
    act(() => near([2]));
    answer(2 * WINDOW_BLOCK);
    const last = await screen.findByText(`p${3 * WINDOW_BLOCK}`);
    last.tabIndex = 0;
    act(() => last.focus());
    expect(asked).toEqual(expect.arrayContaining([1, 3].map((b) => b * WINDOW_BLOCK)));
    answer(3 * WINDOW_BLOCK);
    expect(await screen.findByText(`p${3 * WINDOW_BLOCK + 1}`)).toBeTruthy();
  });

  it('marks each box with what its block holds (the review’s filters hide the boxes of none)', () => {
    setUp([{}, { 'data-flagged': '' }]);
    const boxes = [...document.querySelectorAll<HTMLElement>('[data-block]')];
    expect(boxes.map((box) => box.dataset.flagged !== undefined).slice(0, 3)).toEqual([
      false,
      true,
      false,
    ]);
  });
});
