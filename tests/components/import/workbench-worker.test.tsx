// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AlignMessage, AlignRequest } from '@/components/import/align.worker';
import { ImportWorkbench } from '@/components/import/ImportWorkbench';
import { TranslationsProvider } from '@/lib/i18n/client';
import { resources } from '@/lib/i18n/resources';

/** The align worker as the page sees it: what the page posts is kept; answers are given. */
class FakeWorker extends EventTarget {
  static last: FakeWorker | undefined;
  posted: AlignRequest[] = [];
  onmessage: ((event: MessageEvent<AlignMessage>) => void) | null = null;
  constructor() {
    super();
    FakeWorker.last = this;
  }
  postMessage(request: AlignRequest) {
    this.posted.push(request);
  }
  terminate() {}
  answer(data: AlignMessage) {
    const event = new MessageEvent('message', { data });
    act(() => {
      this.onmessage?.(event);
      this.dispatchEvent(event);
    });
  }
}

beforeEach(() => {
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ZH = '今天天气很好。我们去公园吧。';
const EN = 'The weather is nice today. Let us go to the park.';

function typeInto(label: string, text: string) {
  const box = screen.getByLabelText(label, { exact: true }) as HTMLTextAreaElement;
  box.value = text;
  fireEvent.input(box);
}

describe('the import page and its align worker', () => {
  it('sends the texts in pieces, a task each, then saves a long result from the worker', async () => {
    render(
      <TranslationsProvider value={{ lng: 'en', resources: resources.en }}>
        <ImportWorkbench />
      </TranslationsProvider>,
    );
    typeInto('Chinese text', ZH);
    typeInto('English translation', EN);
    fireEvent.click(screen.getByRole('button', { name: 'Align' }));
    const worker = FakeWorker.last;
    if (!worker) throw new Error('no worker started');
    await waitFor(() => expect(worker.posted.at(-1)?.mode).toBe('texts'));
    const text = (side: 'zh' | 'en') =>
      worker.posted.map((r) => (r.mode === 'piece' && r.side === side ? r.text : '')).join('');
    expect([text('zh'), text('en')]).toEqual([ZH, EN]);
    expect(worker.posted.at(-1)).toMatchObject({ mode: 'texts', check: [] });

    // A long result: its pairs stay in the worker, which saves it.
    worker.answer({ type: 'done', pairs: null, pairCount: 5000, links: 9000, needsReview: 12 });
    fireEvent.click(await screen.findByRole('button', { name: 'Save to my library' }));
    await waitFor(() => expect(worker.posted.at(-1)?.mode).toBe('save'));
    const save = worker.posted.at(-1);
    if (save?.mode !== 'save') throw new Error('no save asked');
    // Named by each text's first line, as the page names a result.
    expect(save.record.title).toEqual({ zh: ZH.slice(0, -1), en: EN.slice(0, -1) });
    expect(save.doc.pairs).toBeUndefined(); // the worker's pairs are saved
    worker.answer({ type: 'saved', id: save.id, ok: false, problem: 'quota', message: 'full' });
    expect((await screen.findByRole('alert')).textContent).toContain(
      'storage for this site is full',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save to my library' }));
    await waitFor(() => expect(worker.posted.filter((r) => r.mode === 'save')).toHaveLength(2));
    const again = worker.posted.at(-1);
    if (again?.mode !== 'save') throw new Error('no save asked');
    worker.answer({ type: 'saved', id: again.id, ok: true });
    const link = await screen.findByRole('link', { name: 'Read it now' });
    expect(link.getAttribute('href')).toBe(`/en/local?id=${encodeURIComponent(again.record.id)}`);
  });
});
