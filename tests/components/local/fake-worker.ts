import { act, cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

/** A worker as a hook sees it: what it is asked is kept; answers are given. */
export class FakeWorker {
  static last: FakeWorker | undefined;
  posted: unknown[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    act(() => this.onmessage?.(new MessageEvent('message', { data })));
  }
}

/**
 * Web Locks as the hook and its worker use them: the worker's hold lasts until `endHolder`;
 * the page's request for the same lock is granted then, unless aborted first.
 */
export class FakeLocks {
  private waiting = new Map<string, { grant: () => void; signal?: AbortSignal }>();
  request(name: string, options: { signal?: AbortSignal }, grant: () => void) {
    this.waiting.set(name, { grant, signal: options.signal });
    return new Promise<void>((resolve, reject) => {
      options.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
      this.waiting.set(name, {
        grant: () => resolve(grant()),
        signal: options.signal,
      });
    });
  }
  endHolder(name: string) {
    const request = this.waiting.get(name);
    if (request && !request.signal?.aborted) request.grant();
  }
}

export function started() {
  const worker = FakeWorker.last;
  if (!worker) throw new Error('no worker started');
  return worker;
}

/** In a test file: every `Worker` a fake (`FakeWorker.last` the latest), timers and globals put back after each test. */
export function withFakeWorkers() {
  beforeEach(() => {
    FakeWorker.last = undefined;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
}
