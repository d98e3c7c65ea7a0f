// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ImportResult } from '@/components/import/ImportResult';
import { previewStore } from '@/components/import/preview-store';
import type { ParallelDocument } from '@/lib/content/schema';
import { TranslationsProvider } from '@/lib/i18n/client';
import { resources } from '@/lib/i18n/resources';
import { reviewCounts } from '@/lib/review/document-counts';

/** As the import aligns e2e/import-preview.spec.ts's texts: p1's link is uncertain (0.79). */
const doc: ParallelDocument = {
  slug: 'my-text',
  title: { zh: '今天天气很好', en: 'The weather is nice today' },
  byline: [],
  source: { name: { zh: '用户提供', en: 'User-supplied' }, url: 'https://example.org/' },
  date: '2026-12-05',
  speakers: {},
  pairs: [
    {
      id: 'p1',
      kind: 'paragraph',
      notes: [],
      zh: '今天天气很好。我们去公园吧。',
      en: 'The weather is nice today.',
      links: ['1,2:1'],
      confidence: [0.79],
    },
    {
      id: 'p2',
      kind: 'paragraph',
      notes: [],
      zh: '他说：“好。”我们就出发了。',
      en: 'Let us go to the park. He said, “Fine.” So we set off.',
      links: [':1', '1:2', '2:3'],
      confidence: [0.906, 0.904, 0.912],
    },
  ],
  furniture: [],
};

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
    unobserve() {}
  };
  globalThis.requestAnimationFrame = (fn) => setTimeout(() => fn(0), 0) as unknown as number;
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(cleanup);
vi.setConfig({ testTimeout: 30_000 });

const unit = (pairId: string, side: 'zh' | 'en', index: number) => {
  const el = document.querySelector<HTMLElement>(
    `[id="${pairId}"] .ed-unit[data-side="${side}"][data-index="${index}"]`,
  );
  if (!el) throw new Error(`no unit ${pairId} ${side} ${index}`);
  return el;
};

describe('the import preview', () => {
  it('marks the uncertain link with the review page’s count, and keeps a fix in its store', async () => {
    const store = previewStore();
    const counts = reviewCounts(doc);
    render(
      <TranslationsProvider value={{ lng: 'en', resources: resources.en }}>
        <ImportResult
          result={{
            type: 'done',
            pairs: doc.pairs,
            pairCount: doc.pairs.length,
            links: counts.links,
            needsReview: counts.needsReview,
          }}
          doc={doc}
          store={store}
          savedId={null}
          saving={false}
          stale={false}
          onBack={() => {}}
          onDownload={() => {}}
          onSave={() => {}}
        />
      </TranslationsProvider>,
    );
    const summary = await screen.findByText(/paragraph pairs/);
    expect(summary.textContent).toBe('2 paragraph pairs, 4 sentence links, 1 to review');
    expect(counts.needsReview).toBe(1);

    // Move "Let us go to the park." up into p1, by keyboard.
    act(() => unit('p2', 'en', 0).focus());
    fireEvent.keyDown(unit('p2', 'en', 0), { key: 'ArrowUp', altKey: true });
    await waitFor(() =>
      expect(store.present()?.pairs[0]?.en.trim()).toBe(
        'The weather is nice today. Let us go to the park.',
      ),
    );
    const fixed = store.present();
    if (!fixed) throw new Error('nothing stored');
    // The count shown is the one the review page will show for the fixed document.
    const after = reviewCounts(fixed);
    await waitFor(() =>
      expect(summary.textContent).toBe(
        `2 paragraph pairs, ${after.links} sentence links, ${after.needsReview} to review`,
      ),
    );
    expect(after.needsReview).toBe(0);
  });

  it('shows a long result by its counts only (its pairs stay in the worker), and saves it', async () => {
    const onSave = vi.fn();
    render(
      <TranslationsProvider value={{ lng: 'en', resources: resources.en }}>
        <ImportResult
          result={{ type: 'done', pairs: null, pairCount: 57_000, links: 90_000, needsReview: 12 }}
          doc={{ ...doc, pairs: [] }}
          store={previewStore()}
          savedId={null}
          saving={false}
          stale={false}
          onBack={() => {}}
          onDownload={() => {}}
          onSave={onSave}
        />
      </TranslationsProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe(
      '57000 paragraph pairs, 90000 sentence links, 12 to review',
    );
    expect(screen.getByText(/too many to check here/)).toBeTruthy();
    expect(document.querySelector('.ed-unit')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save to my library' }));
    expect(onSave).toHaveBeenCalledOnce();
  });
});
