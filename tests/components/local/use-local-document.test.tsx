// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useLocalDocument } from '@/components/local/use-local-document';
import { IDLE_PINGS, PING_EVERY } from '@/components/local/worker-watch';
import { FakeLocks, type FakeWorker, started, withFakeWorkers } from './fake-worker';

withFakeWorkers();

const pings = (worker: FakeWorker) =>
  worker.posted.filter((message) => (message as { type?: string }).type === 'ping').length;

describe('useLocalDocument', () => {
  it('says the text could not be opened when its worker waits for ever, instead of loading for good', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useLocalDocument('own-book', 'reader'));
    const worker = started();
    expect(worker.posted[0]).toEqual({ id: 'own-book', view: 'reader', lock: expect.any(String) });
    // Awaiting a read that never ends: the worker is free, so it answers every ping at once.
    for (let tick = 0; tick < IDLE_PINGS; tick++) {
      act(() => vi.advanceTimersByTime(PING_EVERY));
      worker.answer({ type: 'pong', last: 'read' });
    }
    expect(result.current.kind).toBe('loading');
    act(() => vi.advanceTimersByTime(PING_EVERY));
    expect(result.current).toEqual({
      kind: 'invalid',
      message: expect.stringMatching(/opening the text waited 60 s .*read/),
    });
    expect(worker.terminated).toBe(true);
  });

  it('says so when the worker ends without an error event (its lock is released)', () => {
    const locks = new FakeLocks();
    vi.stubGlobal('navigator', { locks });
    const { result } = renderHook(() => useLocalDocument('own-book', 'review'));
    const worker = started();
    const { lock } = worker.posted[0] as { lock: string };
    expect(lock).toMatch(/^duizhao-open-own-book-/);
    worker.answer({ type: 'held' });
    expect(result.current.kind).toBe('loading');
    act(() => locks.endHolder(lock));
    expect(result.current).toEqual({
      kind: 'invalid',
      message: expect.stringMatching(/stopped without a word/),
    });
  });

  it('stops watching once the worker has answered (a worker then waiting is no failure)', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useLocalDocument('gone', 'reader'));
    const worker = started();
    worker.answer({ type: 'missing' });
    expect(result.current.kind).toBe('missing');
    const asked = pings(worker);
    act(() => vi.advanceTimersByTime(PING_EVERY * IDLE_PINGS * 3));
    expect(pings(worker)).toBe(asked);
    expect(result.current.kind).toBe('missing');
  });
});
