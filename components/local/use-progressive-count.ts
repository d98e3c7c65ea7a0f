import { useEffect, useState } from 'react';
import { BLOCK_SIZE } from '../layout/InBlocks';

/** Items in the first render: more than a screen holds, on any screen (whole blocks). */
const FIRST = 2 * BLOCK_SIZE;
/** Each later render shows this many times as many (the work of all is ~4/3 of the last). */
const GROWTH = 4;

/** The count after `n`: `first`, then a whole block, then GROWTH times as many. */
const after = (n: number, first: number) =>
  n < first ? first : n < BLOCK_SIZE ? BLOCK_SIZE : n * GROWTH;

/**
 * How many of `total` items to render now: the first screenful at once, then four times as
 * many after each paint until all are shown, so that a very long document (an imported book)
 * shows its beginning in a moment instead of after rendering tens of thousands of rows. Short
 * lists are rendered whole at once. With InBlocks, a render draws only the rows it adds.
 *
 * `first` is the count of the first render (FIRST, two blocks, by default). A view of heavy
 * rows gives fewer: the review of a book's head rendered its 100 rows in one task of 300 ms
 * and laid them out in one of 520 ms (issue 14.7, a trace at load 2–5); from fewer, the count
 * goes to a whole block, then grows as usual.
 *
 * Why not a block per task (tried for issue 14.7): every commit into the reader restyles the
 * whole text so far (a Chromium trace shows UpdateLayoutTree's element count growing with the
 * page, 4.7 s at 36,000 elements), so a render per block made the total quadratic; a 2 MB text
 * was not all shown after 10 minutes. Few renders keep it linear until that is found.
 *
 * @example const shown = useProgressiveCount(view.pairs.length); <InBlocks items={view.pairs} count={shown} … />
 */
export function useProgressiveCount(total: number, first: number = FIRST): number {
  const [shown, setShown] = useState(Math.min(total, first));
  useEffect(() => {
    if (shown >= total) return;
    // After the browser has painted what is there (a timeout runs after the frame).
    // (From at least a screenful: the count starts at 0 while the document is loading.)
    const timer = setTimeout(() => setShown((n) => Math.min(total, after(n, first))), 0);
    return () => clearTimeout(timer);
  }, [shown, total, first]);
  return Math.min(shown, total);
}
