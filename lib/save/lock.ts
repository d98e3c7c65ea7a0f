/**
 * Runs tasks one after another per key (a document's slug), in the order they asked: the
 * save endpoint's read–compare–write must not interleave with another save of the same
 * document, or a version would be replaced before it was kept. Keys are forgotten when their
 * last task ends, so the lock holds nothing between saves.
 *
 * This serialises within one process; one server process per content folder is assumed (as
 * `npm start` runs it).
 */
export class KeyedLock {
  readonly #tails = new Map<string, Promise<unknown>>();

  /**
   * @example await lock.run('apus-li-tao-interview', () => save())
   */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.#tails.get(key) ?? Promise.resolve();
    const mine = before.then(task, task);
    // The chain continues whether this task succeeds or fails.
    const tail = mine.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    try {
      return await mine;
    } finally {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }

  /** Keys with a task running or waiting (for tests). */
  get size(): number {
    return this.#tails.size;
  }
}
