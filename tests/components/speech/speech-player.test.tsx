// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SpeechRequest } from '@/components/reader/controller/use-speech-keys';
import { SpeechPlayer } from '@/components/speech/SpeechPlayer';
import { resources } from '@/lib/i18n/resources';
import { TranslationsProvider } from '@/lib/i18n/translations-context';
import { FakeSynthesis, FakeUtterance, voice } from '../../lib/speech/fake-synthesis';

/** Two paragraphs of the reader's markup (lib/reader/markup.ts), Chinese and English. */
const TEXT = `
<section class="parallel" data-reader>
  <div class="pair" id="p1" data-pair data-kind="paragraph">
    <div class="pair__zh"><p>
      <span class="sent" tabindex="-1" id="p1.zh1" data-side="zh" data-link="0">数据是燃料。</span>
      <span class="sent" tabindex="-1" id="p1.zh2" data-side="zh" data-link="1">算力是引擎。</span>
    </p></div>
    <div class="pair__en"><p>
      <span class="sent" tabindex="-1" id="p1.en1" data-side="en" data-link="0">Data is fuel.</span>
      <span class="sent" tabindex="-1" id="p1.en2" data-side="en" data-link="1">Compute is the engine.</span>
    </p></div>
  </div>
  <div class="pair" id="p2" data-pair data-kind="paragraph">
    <div class="pair__zh"><p><span class="sent" tabindex="-1" id="p2.zh1" data-side="zh" data-link="0">场景决定方向。</span></p></div>
    <div class="pair__en"><p><span class="sent" tabindex="-1" id="p2.en1" data-side="en" data-link="0">Scenarios set the course.</span></p></div>
  </div>
</section>`;

let synth: FakeSynthesis;

beforeEach(() => {
  document.body.innerHTML = TEXT;
  // jsdom lays nothing out: every sentence counts as shown, and scrolling is a no-op.
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(
    () => [new DOMRect(0, 0, 100, 20)] as unknown as DOMRectList,
  );
  Element.prototype.scrollIntoView = () => {};
  synth = new FakeSynthesis([voice('zh-CN', 'Tingting'), voice('en-US', 'Samantha')]);
  Object.assign(window, { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  Reflect.deleteProperty(window, 'speechSynthesis');
  Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
});

const el = (id: string) => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`no #${id}`);
  return found;
};

function renderPlayer(request: SpeechRequest) {
  const onClose = vi.fn();
  const ui = (r: SpeechRequest) => (
    <TranslationsProvider value={{ lng: 'en', resources: resources.en }}>
      <SpeechPlayer request={r} onClose={onClose} />
    </TranslationsProvider>
  );
  const view = render(ui(request));
  return { onClose, rerender: (r: SpeechRequest) => view.rerender(ui(r)) };
}

const speaking = () => [...document.querySelectorAll('[data-speaking]')].map((e) => e.id);
const button = (name: string) => screen.getByRole('button', { name });
const state = () => document.querySelector('.speech-player')?.getAttribute('data-state');
/** Lets the player's promise (waiting for voices) settle. */
const settle = () => act(async () => {});

describe('SpeechPlayer', () => {
  it('reads the sentence asked for, marks it and names it', async () => {
    renderPlayer({ scope: 'sentence', sentence: el('p1.zh2'), language: 'zh' });
    await settle();
    expect(synth.received.map((u) => u.text)).toEqual(['算力是引擎。']);
    expect(speaking()).toEqual(['p1.zh2']);
    expect(state()).toBe('speaking');
    expect(screen.getByText('Paragraph 1, sentence 2 (Chinese)')).toBeTruthy();
    act(() => synth.finish());
    expect(speaking()).toEqual([]);
    expect(state()).toBe('ended');
    expect(button('Play')).toBeTruthy();
  });

  it('pauses by cancelling, keeps the mark, and resumes the sentence from its start', async () => {
    renderPlayer({ scope: 'sentence', sentence: el('p1.zh1'), language: 'zh' });
    await settle();
    fireEvent.click(button('Pause'));
    expect(state()).toBe('paused');
    expect(synth.speaking).toBe(false);
    expect(speaking()).toEqual(['p1.zh1']);
    fireEvent.click(button('Resume'));
    await settle();
    expect(synth.reading).toBe('数据是燃料。');
    expect(state()).toBe('speaking');
  });

  it('steps to the next and previous sentence of the language, across paragraphs', async () => {
    renderPlayer({ scope: 'sentence', sentence: el('p1.zh2'), language: 'zh' });
    await settle();
    expect(button('Next sentence').getAttribute('aria-disabled')).toBe('false');
    fireEvent.click(button('Next sentence'));
    await settle();
    expect(speaking()).toEqual(['p2.zh1']);
    expect(button('Next sentence').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button('Previous sentence'));
    await settle();
    expect(speaking()).toEqual(['p1.zh2']);
  });

  it('reads through the document a paragraph at a time', async () => {
    renderPlayer({ scope: 'document', sentence: el('p1.zh2'), language: 'zh' });
    await settle();
    expect(synth.received.map((u) => u.text)).toEqual(['算力是引擎。']);
    act(() => synth.finish());
    await settle();
    expect(speaking()).toEqual(['p2.zh1']);
    act(() => synth.finish());
    expect(state()).toBe('ended');
  });

  it('reads the Chinese linked to an English sentence unless English was chosen', async () => {
    const { rerender } = renderPlayer({
      scope: 'sentence',
      sentence: el('p1.en2'),
      language: 'zh',
    });
    await settle();
    expect(speaking()).toEqual(['p1.zh2']);
    rerender({ scope: 'sentence', sentence: el('p1.en2'), language: 'en' });
    await settle();
    expect(speaking()).toEqual(['p1.en2']);
    expect(synth.received.at(-1)?.lang).toBe('en-US');
  });

  it('pauses and resumes when P is pressed again on the sentence being read', async () => {
    const { rerender } = renderPlayer({
      scope: 'sentence',
      sentence: el('p1.zh1'),
      language: 'zh',
      toggle: true,
    });
    await settle();
    rerender({ scope: 'sentence', sentence: el('p1.zh1'), language: 'zh', toggle: true });
    expect(state()).toBe('paused');
    rerender({ scope: 'sentence', sentence: el('p1.zh1'), language: 'zh', toggle: true });
    await settle();
    expect(state()).toBe('speaking');
    expect(synth.received).toHaveLength(2);
  });

  it('reads slower at once, from the start of the sentence', async () => {
    renderPlayer({ scope: 'sentence', sentence: el('p1.zh1'), language: 'zh' });
    await settle();
    fireEvent.click(button('Slower'));
    await settle();
    expect(button('Slower').getAttribute('aria-pressed')).toBe('true');
    expect(synth.received.map((u) => u.rate)).toEqual([1, 0.7]);
  });

  it('says when no voice reads the language, with how to add one', async () => {
    synth.setVoices([voice('en-US', 'Samantha')]);
    renderPlayer({ scope: 'sentence', sentence: el('p1.zh1'), language: 'zh' });
    await settle();
    expect(screen.getByRole('status').textContent).toMatch(/No Mandarin voice/);
    expect(screen.getByText('How to add a voice')).toBeTruthy();
    expect(synth.received).toEqual([]);
    expect(state()).toBe('ended');
  });

  it('stops and closes; Esc from the keyboard puts focus back on the sentence', async () => {
    const { onClose } = renderPlayer({ scope: 'sentence', sentence: el('p1.zh1'), language: 'zh' });
    await settle();
    fireEvent.keyDown(button('Pause'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
    expect(synth.speaking).toBe(false);
    expect(speaking()).toEqual([]);
    expect(document.activeElement?.id).toBe('p1.zh1');
  });
});
