// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useWholeReview } from '@/components/local/use-whole-review';
import type { WholeChecks } from '@/components/local/whole-checks';
import { IDLE_PINGS, PING_EVERY } from '@/components/local/worker-watch';
import { FakeLocks, FakeWorker, started, withFakeWorkers } from './fake-worker';

withFakeWorkers();

const checks = { total: 2, boxes: [] } as unknown as WholeChecks;

describe('useWholeReview', () => {
  it('asks for the checks of the text and gives them with every flagged pair’s flags', () => {
    const { result } = renderHook(() => useWholeReview('own-book', true));
    const worker = started();
    expect(worker.posted).toEqual([{ id: 'own-book', view: 'checks', lock: expect.any(String) }]);
    expect([result.current.whole, result.current.failed]).toEqual([undefined, undefined]);
    worker.answer({ type: 'checks', checks });
    worker.answer({ type: 'checked', flags: [[1, [{ pairId: 'p2' }]]] });
    worker.answer({ type: 'checks-end' });
    expect(result.current.failed).toBeUndefined();
    expect(result.current.whole?.total).toBe(2);
    expect(result.current.whole?.flagsAt.get(1)).toEqual([{ pairId: 'p2' }]);
    expect(worker.terminated).toBe(true);
  });

  it('says why when the worker cannot read the text, instead of checking for ever', () => {
    const { result } = renderHook(() => useWholeReview('own-book', true));
    started().answer({ type: 'invalid', message: 'line 3: bad indentation' });
    expect(result.current.failed).toBe('line 3: bad indentation');
    expect(started().terminated).toBe(true);
  });

  it('says so when the worker dies or ends without checks', () => {
    const { result } = renderHook(() => useWholeReview('own-book', true));
    act(() => started().onerror?.(new ErrorEvent('error', { message: 'Out of memory' })));
    expect(result.current.failed).toBe('Out of memory');

    const second = renderHook(() => useWholeReview('other', true));
    started().answer({ type: 'checks-end' });
    expect(second.result.current.failed).toMatch(/without a result/);
  });

  it('says so when the worker waits for ever (it answers pings, and no result comes)', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useWholeReview('own-book', true));
    const worker = started();
    // A worker awaiting a promise that never settles: its event loop is free, so every ping
    // is answered before the next (the old hook said "checking" for good here).
    for (let tick = 0; tick < IDLE_PINGS; tick++) {
      act(() => vi.advanceTimersByTime(PING_EVERY));
      expect(worker.posted.at(-1)).toEqual({ type: 'ping' });
      worker.answer({ type: 'pong', last: 'read' });
    }
    expect(result.current.failed).toBeUndefined();
    act(() => vi.advanceTimersByTime(PING_EVERY));
    expect(result.current.failed).toMatch(/waited 60 s for something that did not come.*read/);
    expect(worker.terminated).toBe(true);
  });

  it('keeps checking while the worker is busy (its answers come late) or sends results', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useWholeReview('own-book', true));
    const worker = started();
    for (let tick = 0; tick < IDLE_PINGS * 3; tick++) {
      act(() => vi.advanceTimersByTime(PING_EVERY));
      // Every fourth ping is answered only after the next tick: the worker was computing.
      if (tick % 4 !== 3) worker.answer({ type: 'pong' });
    }
    expect(result.current.failed).toBeUndefined();
    for (let tick = 0; tick < IDLE_PINGS * 2; tick++) {
      act(() => vi.advanceTimersByTime(PING_EVERY));
      worker.answer({ type: 'pong' });
      if (tick % 10 === 0) worker.answer({ type: 'checked', flags: [] });
    }
    expect(result.current.failed).toBeUndefined();
    expect(worker.terminated).toBe(false);
  });

  it('says so when the worker ends without an error event (its lock is released)', () => {
    const locks = new FakeLocks();
    vi.stubGlobal('navigator', { locks });
    const { result } = renderHook(() => useWholeReview('own-book', true));
    const worker = started();
    const { lock } = worker.posted[0] as { lock: string };
    expect(lock).toMatch(/^duizhao-checks-own-book-/);
    worker.answer({ type: 'held' });
    expect(result.current.failed).toBeUndefined();
    act(() => locks.endHolder(lock)); // the worker's context is gone: killed, no event
    expect(result.current.failed).toMatch(/stopped without a word/);
  });

  it('asks for no lock once the checks are in (a worker it ends itself is no failure)', async () => {
    const locks = new FakeLocks();
    vi.stubGlobal('navigator', { locks });
    const { result } = renderHook(() => useWholeReview('own-book', true));
    const worker = started();
    worker.answer({ type: 'held' });
    worker.answer({ type: 'checks', checks });
    worker.answer({ type: 'checks-end' });
    const { lock } = worker.posted[0] as { lock: string };
    await act(async () => locks.endHolder(lock));
    expect(result.current.failed).toBeUndefined();
    expect(result.current.whole?.total).toBe(2);
  });

  it('checks again in a new worker when asked (retry)', () => {
    const { result } = renderHook(() => useWholeReview('own-book', true));
    const first = started();
    first.answer({ type: 'invalid', message: 'the storage did not answer' });
    expect(result.current.failed).toBe('the storage did not answer');
    act(() => result.current.retry());
    const second = started();
    expect(second).not.toBe(first);
    expect(result.current.failed).toBeUndefined();
    second.answer({ type: 'checks', checks });
    second.answer({ type: 'checks-end' });
    expect(result.current.whole?.total).toBe(2);
  });

  it('starts no worker for a text that is not windowed', () => {
    renderHook(() => useWholeReview('short', false));
    expect(FakeWorker.last).toBeUndefined();
  });
});
