/** What went wrong with the browser's storage, for the interface to say in words. */
export type BrowserDbProblem = 'unavailable' | 'quota' | 'failed';

/**
 * The browser's database could not be used. `problem` is `unavailable` where the browser offers
 * no IndexedDB (some private windows, storage turned off), `quota` when its storage is full,
 * `failed` for anything else.
 *
 * @example
 * try { await store.put(record) } catch (e) { show(t(`errors.${problemOf(e)}`)) }
 */
export class BrowserDbError extends Error {
  override readonly name = 'BrowserDbError';
  constructor(
    readonly problem: BrowserDbProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * The problem an error stands for: a BrowserDbError's own, `quota` for a QuotaExceededError
 * however it arrived, `failed` for anything else.
 *
 * @example problemOf(new DOMException('full', 'QuotaExceededError')) // 'quota'
 */
export function problemOf(error: unknown): BrowserDbProblem {
  if (error instanceof BrowserDbError) return error.problem;
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'quota';
  return 'failed';
}

/** A BrowserDbError for whatever a request or transaction failed with. */
export function storageError(error: unknown): BrowserDbError {
  if (error instanceof BrowserDbError) return error;
  const problem = problemOf(error);
  const message =
    problem === 'quota'
      ? 'The browser’s storage for this site is full'
      : error instanceof Error
        ? error.message
        : 'The transaction failed';
  return new BrowserDbError(problem, message, { cause: error });
}
