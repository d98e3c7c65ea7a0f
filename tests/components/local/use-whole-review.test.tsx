// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWholeReview } from '@/components/local/use-whole-review';
import type { WholeChecks } from '@/components/local/whole-checks';

/** The checks' worker as the hook sees it: what it is asked is kept; answers are given. */
class FakeWorker {
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

function started() {
  const worker = FakeWorker.last;
  if (!worker) throw new Error('no worker started');
  return worker;
}

beforeEach(() => {
  FakeWorker.last = undefined;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const checks = { total: 2, boxes: [] } as unknown as WholeChecks;

describe('useWholeReview', () => {
  it('asks for the checks of the text and gives them with every flagged pair’s flags', () => {
    const { result } = renderHook(() => useWholeReview('own-book', true));
    const worker = started();
    expect(worker.posted).toEqual([{ id: 'own-book', view: 'checks' }]);
    expect(result.current).toEqual({});
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
    expect(result.current).toEqual({ failed: 'line 3: bad indentation' });
    expect(started().terminated).toBe(true);
  });

  it('says so when the worker dies or ends without checks', () => {
    const { result } = renderHook(() => useWholeReview('own-book', true));
    act(() => started().onerror?.(new ErrorEvent('error', { message: 'Out of memory' })));
    expect(result.current).toEqual({ failed: 'Out of memory' });

    const second = renderHook(() => useWholeReview('other', true));
    started().answer({ type: 'checks-end' });
    expect(second.result.current.failed).toMatch(/without a result/);
  });

  it('starts no worker for a text that is not windowed', () => {
    renderHook(() => useWholeReview('short', false));
    expect(FakeWorker.last).toBeUndefined();
  });
});
