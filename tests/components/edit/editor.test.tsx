// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DocumentEditor } from '@/components/edit/DocumentEditor';
import type { HistoryStore } from '@/components/edit/use-document-history';
import type { ParallelDocument } from '@/lib/content/schema';
import type { History } from '@/lib/edit/history';
import { TranslationsProvider } from '@/lib/i18n/client';
import { resources } from '@/lib/i18n/resources';

const doc: ParallelDocument = {
  slug: 'd',
  title: { zh: '题', en: 'T' },
  byline: [],
  source: { name: { zh: '源', en: 'S' }, url: 'https://example.com' },
  date: '2023',
  speakers: {},
  pairs: [
    { id: 'p1', kind: 'paragraph', notes: [], zh: '一。', en: 'One.' },
    { id: 'p2', kind: 'paragraph', notes: [], zh: '二。三。', en: 'Two. Three.' },
    {
      id: 'p3',
      kind: 'paragraph',
      notes: [],
      zh: '这个项目花了三千万元。',
      en: 'It cost 3 million yuan.',
    },
  ],
  furniture: [],
};

/** A store that records what was written, in order, and can be told to refuse. */
function memoryStore() {
  const saved: History[] = [];
  let refuse = false;
  const store: HistoryStore = {
    load: async () => undefined,
    save: async (history) => {
      if (refuse) throw new Error('QuotaExceededError');
      saved.push(history);
    },
  };
  return { store, saved, refuseNext: () => (refuse = true) };
}

beforeAll(() => {
  // jsdom has no layout: the link lines measure nothing, which is all they need here.
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
    unobserve() {}
  };
  globalThis.requestAnimationFrame = (fn) => setTimeout(() => fn(0), 0) as unknown as number;
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(cleanup);
// A first render aligns and checks the document: well under a second, but not under load.
vi.setConfig({ testTimeout: 30_000 });

function renderEditor(store: HistoryStore) {
  render(
    <TranslationsProvider value={{ lng: 'en', resources: resources.en }}>
      <DocumentEditor doc={doc} original="" glossary={[]} store={store} />
    </TranslationsProvider>,
  );
}

const unit = (pairId: string, side: 'zh' | 'en', index: number) => {
  const el = document.querySelector<HTMLElement>(
    `[id="${pairId}"] .ed-unit[data-side="${side}"][data-index="${index}"]`,
  );
  if (!el) throw new Error(`no unit ${pairId} ${side} ${index}`);
  return el;
};
const texts = (side: 'zh' | 'en') =>
  [...document.querySelectorAll('.ed-row')].map((row) =>
    [...row.querySelectorAll(`.ed-unit[data-side="${side}"] .ed-unit__text`)]
      .map((u) => u.textContent)
      .join(''),
  );

describe('DocumentEditor', () => {
  it('moves a sentence across a pair boundary with Alt+↑, stores it before showing it, and undoes with Ctrl+Z', async () => {
    const { store, saved } = memoryStore();
    renderEditor(store);
    await screen.findByText('No changes');
    act(() => unit('p2', 'en', 0).focus());
    fireEvent.keyDown(unit('p2', 'en', 0), { key: 'ArrowUp', altKey: true });
    await waitFor(() =>
      expect(texts('en')).toEqual(['One. Two. ', 'Three.', 'It cost 3 million yuan.']),
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]?.present.pairs[0]?.en).toBe('One. Two. ');
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(texts('en')[0]).toBe('One.'));
    fireEvent.keyDown(window, { key: 'y', ctrlKey: true });
    await waitFor(() => expect(texts('en')[0]).toBe('One. Two. '));
    fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(saved.length).toBe(3);
  });

  it('does not show an edit the store refused, and says why', async () => {
    const { store, refuseNext } = memoryStore();
    renderEditor(store);
    await screen.findByText('No changes');
    refuseNext();
    act(() => unit('p1', 'zh', 0).focus());
    fireEvent.keyDown(unit('p1', 'zh', 0), { key: 'c' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/would not store the change/);
    expect(document.querySelector('[id="p1"]')?.hasAttribute('data-confirmed')).toBe(false);
  });

  it('confirms with C and goes to the next pair to check with N', async () => {
    const { store } = memoryStore();
    renderEditor(store);
    await screen.findByText('No changes');
    await waitFor(() =>
      expect(document.querySelector('[id="p3"]')?.hasAttribute('data-attention')).toBe(true),
    );
    act(() => unit('p1', 'zh', 0).focus());
    fireEvent.keyDown(unit('p1', 'zh', 0), { key: 'c' });
    await waitFor(() =>
      expect(document.querySelector('[id="p1"]')?.hasAttribute('data-confirmed')).toBe(true),
    );
    fireEvent.keyDown(unit('p1', 'zh', 0), { key: 'n' });
    await waitFor(() => expect(document.activeElement).toBe(unit('p3', 'zh', 0)));
    expect(screen.getByText(/Number off by a power of ten/)).toBeTruthy();
  });
});
