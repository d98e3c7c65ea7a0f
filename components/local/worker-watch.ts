/**
 * A watch on a worker that works for a long time before it answers (the review's checks of a
 * book; the opening of an own text in the reader, the review and the editor, until it is open): it turns the two ways such a worker can fall silent for good into a failure the page
 * can say. A worker can end without an `error` event (`close()`, or ended by the browser; in
 * Chromium 156 a worker's heap exhausted crashed the whole tab instead, which the page cannot
 * say), and it can wait for ever on a promise that never settles or a message never sent;
 * either way the page said "checking" for good (a bench:import run sat there for minutes, the
 * CPU idle). Timing the work itself would not do: it takes 44–97 s at load 2–11 here.
 *
 * - Gone: the worker holds a Web Lock while it lives (`holdWhileAlive`); the page asks for the
 *   same lock, which it is given only when the worker's context has ended, however it ended.
 * - Stuck: the page pings the worker; a worker that is working answers late (its event loop is
 *   busy), one that waits answers at once. Answered at once for IDLE_PINGS pings in a row,
 *   with no result between, it waits for something that is not coming.
 */

/** How often the page asks whether the worker is free (ms). */
export const PING_EVERY = 5_000;

/**
 * Prompt answers in a row (a minute of waiting) after which a worker with no result is stuck:
 * far above the seconds that reading a 35 MB record from IndexedDB takes (2–5 s, load 2).
 */
export const IDLE_PINGS = 12;

/** What the page sends to ask, and what the worker answers (with its last `duizhao:` mark). */
export type WatchPing = { type: 'ping' };
export type WatchPong = { type: 'pong'; last?: string };
/** The worker holds its lock: the page may now ask for it. */
export type WatchHeld = { type: 'held' };

/** The watch's side of the worker: it is asked to ping. */
export interface Watched {
  postMessage(message: WatchPing): void;
}

export interface WorkerWatch {
  /**
   * Every message of the worker, first: true for the watch's own (a pong; `held`, its lock
   * taken, upon which the page asks for it), which the caller then drops; any other is a result
   * or part of one, so its waiting, if any, was not for nothing.
   *
   * @example worker.onmessage = (e) => { if (watch.receive(e.data)) return; … }
   */
  receive(message: unknown): message is WatchPong | WatchHeld;
  /** The work is done or abandoned: no more pings, no more lock. */
  stop(): void;
}

const isWatchMessage = (message: unknown): message is WatchPong | WatchHeld =>
  typeof message === 'object' &&
  message !== null &&
  'type' in message &&
  (message.type === 'pong' || message.type === 'held');

export interface WatchOptions {
  /** The lock's name, shared with the worker (`holdWhileAlive`); none: no death watch. */
  lock?: string;
  /** The worker as the failure names it, in English (the checks' by default). */
  name?: string;
  every?: number;
  idlePings?: number;
}

/**
 * A lock name of one worker's own (`holdWhileAlive`): a retry or another tab opening the same
 * text in the same millisecond starts another worker, which must not share it.
 *
 * @example workerLock('checks', 'local-1') // 'duizhao-checks-local-1-…'
 */
export const workerLock = (kind: string, id: string): string =>
  `duizhao-${kind}-${id}-${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * Watches `worker`: `failed` is called once, in English, when it is stuck or gone.
 *
 * @example const watch = watchWorker(worker, fail, { lock }); worker.onmessage = (e) => { if (watch.receive(e.data)) return; … }
 */
export function watchWorker(
  worker: Watched,
  failed: (why: string) => void,
  {
    lock,
    name = 'the checks’ worker',
    every = PING_EVERY,
    idlePings = IDLE_PINGS,
  }: WatchOptions = {},
): WorkerWatch {
  let idle = 0; // prompt answers in a row since the last result
  let waiting = false; // a ping not answered yet
  let late = false; // the ping outstanding has waited past a tick: the worker is busy
  let last: string | undefined;
  const release = new AbortController();
  const stop = () => {
    clearInterval(timer);
    release.abort();
  };
  const fail = (why: string) => {
    stop();
    failed(why);
  };
  const timer = setInterval(() => {
    if (waiting) {
      late = true;
      return;
    }
    if (idle >= idlePings) {
      const seconds = Math.round((idle * every) / 1000);
      const after = last ? ` (its last step: ${last})` : '';
      return fail(`${name} waited ${seconds} s for something that did not come${after}`);
    }
    waiting = true;
    worker.postMessage({ type: 'ping' });
  }, every);
  const answered = (pong: WatchPong) => {
    last = pong.last;
    idle = late ? 0 : idle + 1;
    waiting = false;
    late = false;
  };
  const held = () => {
    if (!lock || typeof navigator === 'undefined' || !navigator.locks) return;
    navigator.locks
      .request(lock, { signal: release.signal }, () =>
        fail(`${name} stopped without a word (the browser may have ended it)`),
      )
      .catch(() => undefined); // aborted by `stop`: the work ended first
  };
  return {
    receive: (message): message is WatchPong | WatchHeld => {
      if (!isWatchMessage(message)) {
        idle = 0;
        return false;
      }
      if (message.type === 'pong') answered(message);
      else held();
      return true;
    },
    stop,
  };
}

/**
 * In the worker: holds lock `name` until the worker's context ends, then tells the page
 * (`held`), which asks for the same lock to hear of the end. Without Web Locks, nothing.
 *
 * @example holdWhileAlive(message.lock, (m) => self.postMessage(m))
 */
export function holdWhileAlive(name: string, post: (message: WatchHeld) => void): void {
  if (typeof navigator === 'undefined' || !navigator.locks) return;
  navigator.locks
    .request(name, () => {
      post({ type: 'held' });
      return new Promise<never>(() => {}); // held for the worker's life
    })
    .catch(() => undefined);
}

/**
 * The worker's answer to a ping: it is free (it answers now), and the last step it marked.
 *
 * @example self.postMessage(pong())
 */
export function pong(): WatchPong {
  const marks = typeof performance === 'undefined' ? [] : performance.getEntriesByType('mark');
  const name = marks.at(-1)?.name;
  return name ? { type: 'pong', last: name.replace(/^duizhao:open /, '') } : { type: 'pong' };
}
