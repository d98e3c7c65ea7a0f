import { useEffect, useState } from 'react';
import type { QaFlag } from '@/lib/qa/types';
import type { OpenInWorker } from './local-document.worker';
import type { CheckedSlice, WholeChecks } from './whole-checks';

/** What the checks' worker posts: the counts and map, the flags in slices, the end. */
type WholeReviewMessage =
  | { type: 'checks'; checks: WholeChecks }
  | { type: 'checked'; flags: CheckedSlice }
  | { type: 'checks-end' }
  | { type: 'invalid' | 'missing' };

/** The checks of the whole, with every flagged pair's flags by pair index. */
export interface WholeReviewChecks extends WholeChecks {
  flagsAt: ReadonlyMap<number, readonly QaFlag[]>;
}

/**
 * The checks of a whole windowed text for its review (counts, map, flags of every pair: the
 * checks across pairs need the whole), made once in a worker of its own while the first
 * worker answers the blocks shown; undefined until they are in, or when not `wanted`.
 *
 * @example const whole = useWholeReview(id, Boolean(state.reviewBlocks))
 */
export function useWholeReview(id: string, wanted: boolean): WholeReviewChecks | undefined {
  const [whole, setWhole] = useState<WholeReviewChecks>();
  useEffect(() => {
    if (!wanted) return;
    const worker = new Worker(new URL('./local-document.worker.ts', import.meta.url), {
      type: 'module',
    });
    let checks: WholeChecks | undefined;
    const flagsAt = new Map<number, readonly QaFlag[]>();
    worker.onmessage = (event: MessageEvent<WholeReviewMessage>) => {
      const message = event.data;
      if (message.type === 'checks') checks = message.checks;
      else if (message.type === 'checked')
        for (const [index, flags] of message.flags) flagsAt.set(index, flags);
      else {
        // The end, or the text could not be read (the first worker says why).
        if (message.type === 'checks-end' && checks) setWhole({ ...checks, flagsAt });
        worker.terminate();
      }
    };
    worker.postMessage({ id, view: 'checks' } satisfies OpenInWorker);
    return () => worker.terminate();
  }, [id, wanted]);
  return whole;
}
