import type { ViewBlock } from './view-blocks';
import { WINDOW_BLOCK } from './view-blocks';

/**
 * The view of a windowed own text, a block at a time, as the page shows it: blocks are asked
 * of the worker that opened the text (local-document.worker.ts) when they come near the
 * screen, kept once they have come, and listened to (`subscribe`, for useSyncExternalStore).
 */
export interface BlockSource<P> {
  /** Pairs in the text. */
  total: number;
  /** The pairs of block `block` (pairs block × WINDOW_BLOCK onwards), if they have come. */
  get(block: number): readonly P[] | undefined;
  /** Asks for a block (once; nothing if it is there or asked for). */
  request(block: number): void;
  subscribe(listener: () => void): () => void;
  /** Changes whenever a block comes (for useSyncExternalStore). */
  version(): number;
  /** The largest number of links in a pair of the blocks come so far (LinkStyles). */
  maxLinks(): number;
}

/** What a block worker answers. */
export interface BlockMessage<P> {
  type: 'block';
  block: Omit<ViewBlock, 'pairs'> & { pairs: P[] };
}

/**
 * A BlockSource over a worker: `ask(start)` posts the request, `receive` takes its answers.
 * `seed` are pairs already there (the first screenful, sent before the document).
 *
 * @example const source = blockSource<ReaderPair>(total, (start) => worker.postMessage({ block: start }), first)
 */
export function blockSource<P extends { links: readonly unknown[] }>(
  total: number,
  ask: (start: number) => void,
  seed: readonly P[] = [],
): BlockSource<P> & { receive(message: BlockMessage<P>): void } {
  const blocks = new Map<number, readonly P[]>();
  const asked = new Set<number>();
  const listeners = new Set<() => void>();
  let version = 0;
  let maxLinks = 0;
  const store = (block: number, pairs: readonly P[]) => {
    blocks.set(block, pairs);
    for (const pair of pairs) maxLinks = Math.max(maxLinks, pair.links.length);
    version++;
  };
  // Whole blocks of the seed only: a part of one would stand for the whole.
  for (let b = 0; (b + 1) * WINDOW_BLOCK <= seed.length; b++)
    store(b, seed.slice(b * WINDOW_BLOCK, (b + 1) * WINDOW_BLOCK));
  return {
    total,
    get: (block) => blocks.get(block),
    request(block) {
      if (block < 0 || block * WINDOW_BLOCK >= total || blocks.has(block) || asked.has(block))
        return;
      asked.add(block);
      ask(block * WINDOW_BLOCK);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    maxLinks: () => maxLinks,
    receive({ block }) {
      store(Math.floor(block.start / WINDOW_BLOCK), block.pairs);
      for (const listener of listeners) listener();
    },
  };
}
