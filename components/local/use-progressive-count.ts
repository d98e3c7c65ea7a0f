import { useEffect, useState } from 'react';
import { BLOCK_SIZE } from '../layout/InBlocks';

/** Items in the first render: more than a screen holds, on any screen (whole blocks). */
const FIRST = 2 * BLOCK_SIZE;

/**
 * How many of `total` items to render now: the first screenful at once, then one more block
 * (InBlocks) per task, each after the browser has had the thread (a timeout runs after input
 * and paint), so that a very long document (an imported book) shows its beginning in a moment
 * and stays responsive while the rest is added: no render draws more than a block (issue 14,
 * item 7; growing fourfold made the last render three quarters of the book, seconds long).
 * Short lists are rendered whole at once.
 *
 * @example const shown = useProgressiveCount(view.pairs.length); <InBlocks items={view.pairs} count={shown} … />
 */
export function useProgressiveCount(total: number): number {
  const [shown, setShown] = useState(Math.min(total, FIRST));
  useEffect(() => {
    if (shown >= total) return;
    // (From at least a screenful: the count starts at 0 while the document is loading.)
    const timer = setTimeout(
      () => setShown((n) => Math.min(total, Math.max(FIRST, n + BLOCK_SIZE))),
      0,
    );
    return () => clearTimeout(timer);
  }, [shown, total]);
  return Math.min(shown, total);
}
