// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type SpeechRequest, useSpeechKeys } from '@/components/reader/controller/use-speech-keys';

const TEXT = `
<section class="parallel" data-reader>
  <div class="pair" id="p1" data-pair>
    <span class="sent" tabindex="0" id="p1.zh1" data-side="zh" data-link="0">数据是燃料。</span>
    <span class="sent" tabindex="0" id="p1.en1" data-side="en" data-link="0">Data is fuel.</span>
  </div>
</section>`;

const el = (id: string) => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`no #${id}`);
  return found;
};

function setUp() {
  const root = document.querySelector<HTMLElement>('[data-reader]');
  const requests: SpeechRequest[] = [];
  const { result } = renderHook(() => useSpeechKeys(root, (r) => requests.push(r)));
  return { requests, result };
}

beforeEach(() => {
  document.body.innerHTML = TEXT;
});
afterEach(() => cleanup());

describe('useSpeechKeys', () => {
  it('reads a focused sentence with P, its paragraph with Shift+P, in its own language', () => {
    const { requests } = setUp();
    el('p1.en1').focus();
    el('p1.en1').dispatchEvent(new KeyboardEvent('keydown', { key: 'p', bubbles: true }));
    el('p1.zh1').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'P', shiftKey: true, bubbles: true }),
    );
    expect(requests).toEqual([
      { scope: 'sentence', sentence: el('p1.en1'), language: 'en', toggle: true },
      { scope: 'paragraph', sentence: el('p1.zh1'), language: 'zh', toggle: true },
    ]);
  });

  it('ignores P with a modifier, held down, or on anything but a sentence', () => {
    const { requests } = setUp();
    const key = (init: KeyboardEventInit, target: Element = el('p1.zh1')) =>
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', bubbles: true, ...init }));
    key({ ctrlKey: true });
    key({ repeat: true });
    key({}, el('p1'));
    expect(requests).toEqual([]);
  });

  it('Listen reads Chinese from the current sentence until English is tapped', () => {
    const { requests, result } = setUp();
    act(() => result.current.listen());
    el('p1.en1').focus(); // keyboard focus (or a tap that revealed it in study mode): a place only
    act(() => result.current.listen());
    el('p1.en1').click(); // a tap on the English chooses it
    act(() => result.current.listen());
    expect(requests.map((r) => [r.scope, r.sentence?.id ?? null, r.language, r.current])).toEqual([
      ['document', null, 'zh', true],
      ['document', 'p1.en1', 'zh', true],
      ['document', 'p1.en1', 'en', true],
    ]);
  });

  it('a tap swallowed by study mode (a reveal) chooses nothing', () => {
    const { requests, result } = setUp();
    const root = document.querySelector('[data-reader]');
    const reveal = (event: Event) => event.stopPropagation();
    root?.addEventListener('click', reveal, true);
    el('p1.en1').click();
    act(() => result.current.listen());
    expect(requests[0]?.language).toBe('zh');
  });

  it("the popup's Read sentence reads that sentence and makes it current", () => {
    const { requests, result } = setUp();
    act(() => result.current.readSentence(el('p1.zh1')));
    act(() => result.current.listen());
    expect(requests.map((r) => [r.scope, r.sentence?.id, r.language])).toEqual([
      ['sentence', 'p1.zh1', 'zh'],
      ['document', 'p1.zh1', 'zh'],
    ]);
  });

  it('speaks an empty utterance inside the first gesture, to unlock speech on iOS', () => {
    const speak = vi.fn();
    Object.assign(window, {
      speechSynthesis: { speak },
      SpeechSynthesisUtterance: class {
        constructor(public text: string) {}
      },
    });
    const { result } = setUp();
    act(() => result.current.listen());
    act(() => result.current.listen());
    expect(speak).toHaveBeenCalledOnce();
    expect(speak.mock.calls[0]?.[0]).toMatchObject({ text: '' });
    Reflect.deleteProperty(window, 'speechSynthesis');
    Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
  });
});
