import { useCallback, useEffect, useState } from 'react';
import type { QaFlag } from '@/lib/qa/types';
import type { OpenInWorker } from './local-document.worker';
import type { CheckedSlice, WholeChecks } from './whole-checks';
import { type WatchHeld, type WatchPong, watchWorker, workerLock } from './worker-watch';

/** What the checks' worker posts: the counts and map, the flags in slices, the end. */
type WholeReviewMessage =
  | { type: 'checks'; checks: WholeChecks }
  | { type: 'checked'; flags: CheckedSlice }
  | { type: 'checks-end' }
  | { type: 'invalid'; message?: string }
  | { type: 'missing' }
  | WatchPong
  | WatchHeld;

/** The checks of the whole, with every flagged pair's flags by pair index. */
export interface WholeReviewChecks extends WholeChecks {
  flagsAt: ReadonlyMap<number, readonly QaFlag[]>;
}

/** The checks of the whole when they are in (`whole`), or why they could not be made. */
export interface WholeReview {
  whole?: WholeReviewChecks;
  /** What went wrong in the checks' worker (in English, as the worker says it). */
  failed?: string;
}

/**
 * The checks of a whole windowed text for its review (counts, map, flags of every pair: the
 * checks across pairs need the whole), made once in a worker of its own while the first
 * worker answers the blocks shown; `whole` undefined until they are in, or when not `wanted`.
 * A worker that fails, dies or waits for ever says so in `failed` (worker-watch.ts): the page
 * said "checking" for good before (bench:import runs that never left it, the CPU idle), and
 * `retry` starts the checks again in a new worker.
 *
 * @example const { whole, failed, retry } = useWholeReview(id, Boolean(state.reviewBlocks))
 */
export function useWholeReview(id: string, wanted: boolean): WholeReview & { retry: () => void } {
  const [state, setState] = useState<WholeReview>({});
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    if (!wanted) return;
    setState({});
    const worker = new Worker(new URL('./local-document.worker.ts', import.meta.url), {
      type: 'module',
    });
    let checks: WholeChecks | undefined;
    const flagsAt = new Map<number, readonly QaFlag[]>();
    const end = () => {
      watch.stop();
      worker.terminate();
    };
    const fail = (failed: string) => {
      setState({ failed });
      end();
    };
    // A lock of this worker's own (a retry, another tab: another worker, another name).
    const lock = workerLock('checks', `${id}-${attempt}`);
    const watch = watchWorker(worker, fail, { lock });
    worker.onmessage = (event: MessageEvent<WholeReviewMessage>) => {
      const message = event.data;
      if (watch.receive(message)) return;
      if (message.type === 'checks') checks = message.checks;
      else if (message.type === 'checked')
        for (const [index, flags] of message.flags) flagsAt.set(index, flags);
      else if (message.type === 'checks-end' && checks) {
        setState({ whole: { ...checks, flagsAt } });
        end();
      } else if (message.type === 'invalid') fail(message.message || 'the text could not be read');
      else if (message.type === 'missing') fail('the text is no longer in this browser');
      else fail('the checks ended without a result');
    };
    worker.onerror = (event) => fail(event.message || 'the checks’ worker stopped');
    worker.onmessageerror = () => fail('a message of the checks’ worker could not be read');
    worker.postMessage({ id, view: 'checks', lock } satisfies OpenInWorker);
    return end;
  }, [id, wanted, attempt]);
  return { ...state, retry };
}
