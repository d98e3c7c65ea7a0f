import { useEffect, useState } from 'react';
import type { ReviewView } from '@/lib/review/build-review-view';
import type { OpenInWorker } from './local-document.worker';

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
    worker.onmessage = (event: MessageEvent<{ type: string; view?: ReviewView }>) => {
      if (event.data.type === 'checks' && event.data.view) setWhole(event.data.view);
      worker.terminate();
    };
    worker.postMessage({ id, view: 'checks' } satisfies OpenInWorker);
    return () => worker.terminate();
  }, [id, wanted]);
  return whole;
}
