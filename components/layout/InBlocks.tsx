import { type MemoExoticComponent, memo, type ReactNode } from 'react';

/**
 * Items per block. A block is rendered in one task: 50 rows of a long pair are a few tens of
 * milliseconds on a slow machine, well under the 200 ms a task may take (issue 14, item 7).
 */
export const BLOCK_SIZE = 50;

export interface InBlocksProps<T> {
  items: readonly T[];
  /** How many of the items to render (the rest come later: useProgressiveCount); all if unset. */
  count?: number;
  /** One item's markup. It may read only its arguments and what `version` lists. */
  render: (item: T, index: number) => ReactNode;
  /** Everything else `render` reads (labels, language): a block is redrawn when one changes. */
  version: readonly unknown[];
  /** A React key for the block starting at the item given. */
  keyOf: (item: T) => string;
}

interface BlockProps {
  /** The block's items: compared, not read (`draw` renders them). */
  items: readonly unknown[];
  start: number;
  draw: () => ReactNode;
  version: readonly unknown[];
}

const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a[0] === b[0] && a[a.length - 1] === b[b.length - 1];

/**
 * A block of rows, redrawn only when its items or `version` change. Items are compared at the
 * ends: the views rendered here are immutable, and a new view has new item objects.
 */
const Block: MemoExoticComponent<(props: BlockProps) => ReactNode> = memo(
  function Block({ draw }: BlockProps) {
    return draw();
  },
  (a, b) =>
    a.start === b.start &&
    sameItems(a.items, b.items) &&
    a.version.length === b.version.length &&
    a.version.every((v, i) => Object.is(v, b.version[i])),
);

/**
 * A long list rendered in memoised blocks of BLOCK_SIZE items: when `count` grows by a block,
 * React draws that block and compares the others at their ends, so that a document of tens of
 * thousands of pairs is put on the page a block per task, its first screenful first, without
 * redrawing what is there (issue 14, item 7). Renders the same markup as `items.map(render)`.
 *
 * @example <InBlocks items={view.pairs} count={shown} keyOf={(p) => p.id} version={[lng]} render={(p, i) => <PairRow key={p.id} pair={p} first={i === 0} />} />
 */
export function InBlocks<T>({ items, count, render, version, keyOf }: InBlocksProps<T>) {
  const end = Math.min(count ?? items.length, items.length);
  const blocks: ReactNode[] = [];
  for (let start = 0; start < end; start += BLOCK_SIZE) {
    const block = items.slice(start, Math.min(start + BLOCK_SIZE, end));
    const first = block[0];
    if (first === undefined) break;
    blocks.push(
      <Block
        key={keyOf(first)}
        items={block}
        start={start}
        version={version}
        draw={() => block.map((item, i) => render(item, start + i))}
      />,
    );
  }
  return blocks;
}
