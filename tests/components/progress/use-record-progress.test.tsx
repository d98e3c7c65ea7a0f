// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DWELL_MS, useRecordProgress } from '@/components/progress/use-record-progress';
import { readProgress } from '@/lib/progress/store';

/** Renders the hook and waits for the store it loads on demand. */
async function mount(root: HTMLElement | null) {
  const hook = renderHook(() => useRecordProgress(root, { document: document_, title }));
  await vi.dynamicImportSettled();
  return hook;
}

/** A stand-in for the browser's IntersectionObserver that a test drives by hand. */
class FakeObserver {
  static current: FakeObserver | undefined;
  readonly targets: Element[] = [];
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.current = this;
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.targets.length = 0;
  }
  /** Reports pairs as in view (all of them visible) or out of it. */
  report(ids: string[], inView: boolean) {
    const entries = this.targets
      .filter((target) => ids.includes(target.id))
      .map((target) => ({
        target,
        isIntersecting: inView,
        intersectionRatio: inView ? 1 : 0,
        intersectionRect: { height: inView ? 100 : 0 },
        rootBounds: { height: 800 },
      }));
    // A fake entry carries only what the hook reads.
    this.callback(entries as unknown as IntersectionObserverEntry[], this as never);
  }
}

const document_ = { kind: 'bundled', slug: 'kong-yiji' } as const;
const title = { zh: '孔乙己', en: 'Kong Yiji' };

function readerRoot() {
  const root = document.createElement('section');
  root.setAttribute('data-reader', '');
  // Chinese characters per pair: 10, 30, 60 (the English and the ids do not count).
  for (const [id, zh] of [
    ['p1', '一二三四五六七八九十'],
    ['p2', '一二三四五六七八九十'.repeat(3)],
    ['p3', '一二三四五六七八九十'.repeat(6)],
  ] as const) {
    const pair = document.createElement('div');
    pair.id = id;
    pair.setAttribute('data-pair', '');
    pair.innerHTML = `<div lang="zh-Hans">${zh}</div><div lang="en">English text 2023</div>`;
    root.append(pair);
  }
  document.body.append(root);
  return root;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('useRecordProgress', () => {
  it('records a pair once it has stayed in view for the dwell time', async () => {
    const root = readerRoot();
    await mount(root);
    FakeObserver.current?.report(['p2'], true);
    vi.advanceTimersByTime(DWELL_MS - 1);
    expect(readProgress(localStorage, document_)).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(readProgress(localStorage, document_)).toMatchObject({
      pair: 'p2',
      index: 1,
      pairs: 3,
      share: 0.4, // 40 of the 100 Chinese characters
      title,
    });
  });

  it('does not count a pair scrolled past before the dwell time', async () => {
    const root = readerRoot();
    await mount(root);
    FakeObserver.current?.report(['p3'], true);
    vi.advanceTimersByTime(DWELL_MS / 2);
    FakeObserver.current?.report(['p3'], false);
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(readProgress(localStorage, document_)).toBeUndefined();
  });

  it('keeps the furthest pair when the reader goes back', async () => {
    const root = readerRoot();
    await mount(root);
    FakeObserver.current?.report(['p3'], true);
    vi.advanceTimersByTime(DWELL_MS);
    FakeObserver.current?.report(['p3'], false);
    FakeObserver.current?.report(['p1'], true);
    vi.advanceTimersByTime(DWELL_MS);
    expect(readProgress(localStorage, document_)).toMatchObject({ pair: 'p3', share: 1 });
  });

  it('waits for the text (no root, no observer)', async () => {
    FakeObserver.current = undefined;
    await mount(null);
    expect(FakeObserver.current).toBeUndefined();
  });

  it('stops observing when unmounted', async () => {
    const root = readerRoot();
    const { unmount } = await mount(root);
    FakeObserver.current?.report(['p1'], true);
    unmount();
    vi.advanceTimersByTime(DWELL_MS);
    expect(readProgress(localStorage, document_)).toBeUndefined();
  });
});
