import { useEffect, useState } from 'react';

/** Items in the first render: more than a screen holds, on any screen. */
const FIRST = 60;
/** Each later render shows this many times as many (the work of all is ~4/3 of the last). */
const GROWTH = 4;

/**
 * How many of `total` items to render now: the first screenful at once, then four times as
 * many after each paint until all are shown, so that a very long document (an imported book)
 * shows its beginning in a moment instead of after rendering tens of thousands of rows. Short
 * lists are rendered whole at once.
 *
 * @example const shown = useProgressiveCount(view.pairs.length); view.pairs.slice(0, shown)
 */
export function useProgressiveCount(total: number): number {
  const [shown, setShown] = useState(Math.min(total, FIRST));
  useEffect(() => {
    if (shown >= total) return;
    // After the browser has painted what is there (a timeout runs after the frame).
    // (From at least a screenful: the count starts at 0 while the document is loading.)
    const timer = setTimeout(
      () => setShown((n) => Math.min(total, Math.max(FIRST, n * GROWTH))),
      0,
    );
    return () => clearTimeout(timer);
  }, [shown, total]);
  return Math.min(shown, total);
}
