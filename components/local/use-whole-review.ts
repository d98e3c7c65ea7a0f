import { useEffect, useState } from 'react';
import type { ReviewPair, ReviewView } from '@/lib/review/build-review-view';
import type { OpenInWorker } from './local-document.worker';

/** What the checks' worker posts: the view without its pairs, the pairs in slices, the end. */
type WholeReviewMessage =
  | { type: 'checks'; view: ReviewView }
  | { type: 'checked'; pairs: ReviewPair[] }
  | { type: 'checks-end' }
  | { type: 'invalid' | 'missing' };

/**
 * The checks of a whole windowed text for its review (counts, map, flags of every pair: the
 * checks across pairs need the whole), made once in a worker of its own while the first
 * worker answers the blocks shown; undefined until they are in, or when not `wanted`.
 *
 * @example const whole = useWholeReview(id, Boolean(state.reviewBlocks))
 */
export function useWholeReview(id: string, wanted: boolean): ReviewView | undefined {
  const [whole, setWhole] = useState<ReviewView>();
  useEffect(() => {
    if (!wanted) return;
    const worker = new Worker(new URL('./local-document.worker.ts', import.meta.url), {
      type: 'module',
    });
    let whole: ReviewView | undefined;
    worker.onmessage = (event: MessageEvent<WholeReviewMessage>) => {
      const message = event.data;
      if (message.type === 'checks') whole = message.view;
      else if (message.type === 'checked') whole?.pairs.push(...message.pairs);
      else {
        // The end, or the text could not be read (the first worker says why).
        if (message.type === 'checks-end' && whole) setWhole(whole);
        worker.terminate();
      }
    };
    worker.postMessage({ id, view: 'checks' } satisfies OpenInWorker);
    return () => worker.terminate();
  }, [id, wanted]);
  return whole;
}
