'use client';

import {
  memo,
  type ReactNode,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { BlockSource } from './block-source';
import { WINDOW_BLOCK } from './view-blocks';

export interface WindowedPairsProps<P> {
  /** Every pair id of the text, in order: a link to `#p40000` finds its block. */
  ids: readonly string[];
  source: BlockSource<P>;
  /** One pair's row (its `id` attribute is the pair id). */
  render: (pair: P, index: number) => ReactNode;
  /** Everything else `render` reads (labels, language): blocks are redrawn when one changes. */
  version: readonly unknown[];
  /** The height of a block not yet seen, in pixels (then the height it had). */
  estimate?: number;
  /**
   * Attributes of each block's box, by block (the review's: which filters keep a pair of it,
   * from the checks of the whole, so that a filter hides the boxes not yet rendered too).
   */
  boxAttributes?: readonly Readonly<Record<`data-${string}`, ''>>[];
}

/** Blocks around the one a fragment or the focus is in that are rendered too. */
const AROUND = 1;

const Block = memo(
  function Block({
    draw,
  }: {
    pairs: readonly unknown[];
    version: readonly unknown[];
    draw: () => ReactNode;
  }) {
    return draw();
  },
  (a, b) =>
    a.pairs === b.pairs &&
    a.version.length === b.version.length &&
    a.version.every((v, i) => Object.is(v, b.version[i])),
);

/** The pair id a fragment names: `p12` or a sentence of it, `p12.zh3`. */
const pairOfHash = (hash: string) => decodeURIComponent(hash.slice(1)).split('.')[0] ?? '';

/**
 * A windowed own text (tens of thousands of pairs): only the blocks of WINDOW_BLOCK pairs near
 * the screen are rendered, each of the others is an empty box of the height it had (or an
 * estimate), so that the page holds a few hundred rows whatever the length (issue 14, item 7:
 * rendering all of a 15 MB text's 53,322 pairs took minutes and crashed the review tab).
 * Blocks come into the window by an IntersectionObserver (a screen above and below), and
 * with a fragment (`#p40000`, on load and on hashchange: scrolled to once its block is there)
 * and the focus (the focused block and its neighbours stay, so the keyboard steps across a
 * block's edge). The boxes are in document order, so reading order is the text's; what is
 * outside the window cannot be found with the browser's find in page.
 *
 * @example <WindowedPairs ids={ids} source={source} version={[lng]} render={(p, i) => <PairRow key={p.id} pair={p} first={i === 0} />} />
 */
export function WindowedPairs<P>({
  ids,
  source,
  render,
  version,
  estimate = WINDOW_BLOCK * 150,
  boxAttributes,
}: WindowedPairsProps<P>) {
  const count = Math.ceil(ids.length / WINDOW_BLOCK);
  const indexOf = useMemo(() => new Map(ids.map((id, index) => [id, index])), [ids]);
  const [near, setNear] = useState<ReadonlySet<number>>(() => new Set([0]));
  const [focused, setFocused] = useState<number | undefined>();
  // The pair a fragment names: its block stays in the window (scrolled to once, `done`).
  const [target, setTarget] = useState<{ id: string; block: number; done?: true } | undefined>();
  const boxes = useRef(new Map<number, HTMLDivElement>());
  const heights = useRef(new Map<number, number>());
  const root = useRef<HTMLDivElement>(null);

  const wanted = useMemo(() => {
    const all = new Set(near);
    for (const at of [focused, target?.block])
      if (at !== undefined) for (let b = at - AROUND; b <= at + AROUND; b++) all.add(b);
    return all;
  }, [near, focused, target]);
  useEffect(() => {
    for (const block of wanted) source.request(block);
  }, [wanted, source]);
  // The blocks rendered: wanted ones that have come, put in one per task (the target's first,
  // then the nearest to it). A jump to a far pair rendered three blocks' 150 rows at once,
  // and the task that laid them out and scrolled to them took 300 to 600 ms (a Chromium trace,
  // a 15 MB own text's review); one block is a third of that.
  const [mounted, setMounted] = useState<ReadonlySet<number>>(() => new Set([0]));
  // Re-rendered when a block comes.
  useSyncExternalStore(source.subscribe, source.version, source.version);
  const centre = target?.block ?? focused ?? Math.min(...near);
  const next = [...wanted]
    .filter((b) => !mounted.has(b) && source.get(b) !== undefined)
    .sort((a, b) => Math.abs(a - centre) - Math.abs(b - centre))[0];
  useEffect(() => {
    if (next === undefined) return;
    const handle = setTimeout(() =>
      setMounted((old) => new Set([...old].filter((b) => wanted.has(b))).add(next)),
    );
    return () => clearTimeout(handle);
  }, [next, wanted]);

  // The blocks near the screen.
  useEffect(() => {
    const intersecting = new Set<number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const block = Number((entry.target as HTMLElement).dataset.block);
          if (entry.isIntersecting) intersecting.add(block);
          else intersecting.delete(block);
        }
        setNear(new Set(intersecting));
      },
      { rootMargin: '100% 0px' },
    );
    const sizes = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const box = entry.target as HTMLElement;
        if (box.dataset.shown !== undefined)
          heights.current.set(Number(box.dataset.block), box.getBoundingClientRect().height);
      }
    });
    for (const box of boxes.current.values()) {
      observer.observe(box);
      sizes.observe(box);
    }
    return () => {
      observer.disconnect();
      sizes.disconnect();
    };
  }, []);

  // A fragment naming a pair: its block is rendered, then scrolled to.
  useEffect(() => {
    const follow = () => {
      const id = pairOfHash(location.hash);
      const index = indexOf.get(id);
      if (index !== undefined)
        setTarget({
          id: decodeURIComponent(location.hash.slice(1)),
          block: Math.floor(index / WINDOW_BLOCK),
        });
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [indexOf]);
  useEffect(() => {
    if (!target || target.done) return;
    const element = document.getElementById(target.id);
    if (!element) return;
    element.scrollIntoView({ block: 'start' });
    // Navigating to the fragment again, now that its element is there, makes it the :target
    // (the highlight a bundled text's pair gets: the first navigation found no element); the
    // same fragment fires no hashchange.
    if (decodeURIComponent(location.hash.slice(1)) === target.id) location.replace(location.hash);
    setTarget({ ...target, done: true });
  });

  // The focused block stays, with its neighbours: ↑/↓ step across its edges.
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onFocus = (event: FocusEvent) => {
      const box =
        event.target instanceof HTMLElement
          ? event.target.closest<HTMLElement>('[data-block]')
          : null;
      if (box) setFocused(Number(box.dataset.block));
    };
    element.addEventListener('focusin', onFocus);
    return () => element.removeEventListener('focusin', onFocus);
  }, []);

  const blocks: ReactNode[] = [];
  for (let b = 0; b < count; b++) {
    const pairs = wanted.has(b) && mounted.has(b) ? source.get(b) : undefined;
    const start = b * WINDOW_BLOCK;
    blocks.push(
      <div
        key={b}
        data-block={b}
        {...boxAttributes?.[b]}
        {...(pairs && { 'data-shown': '' })}
        className={pairs ? 'window-block' : 'window-block window-block--gap'}
        style={pairs ? undefined : { height: heights.current.get(b) ?? estimate }}
        ref={(box) => {
          if (box) boxes.current.set(b, box);
          else boxes.current.delete(b);
        }}
      >
        {pairs && (
          <Block
            pairs={pairs}
            version={version}
            draw={() => pairs.map((pair, i) => render(pair, start + i))}
          />
        )}
      </div>,
    );
  }
  return (
    <div ref={root} data-windowed="">
      {blocks}
    </div>
  );
}

const none = () => 0;
const unsubscribed = () => () => {};

/**
 * The largest number of links in a pair of the blocks come so far (for LinkStyles), or 0.
 *
 * @example const maxLinks = useBlockMaxLinks(state.readerBlocks)
 */
export function useBlockMaxLinks(source: BlockSource<unknown> | undefined): number {
  return useSyncExternalStore(
    source?.subscribe ?? unsubscribed,
    source?.maxLinks ?? none,
    source?.maxLinks ?? none,
  );
}
