// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KnownWordButton } from '@/components/dictionary/KnownWordButton';
import { listKnown, markKnown } from '@/lib/learning/known-store';
import { saveWord } from '@/lib/vocabulary/store';
import type { WordToSave } from '@/lib/vocabulary/types';

const labels = {
  known: 'Known',
  knownLabel: 'Known: 行业',
  marked: 'Marked 行业 as known.',
  unmarked: '行业 is no longer marked as known.',
  failed: 'This could not be kept.',
};

const knownWords = async () => (await listKnown()).map((k) => k.word);
const button = () => screen.getByRole('button', { name: 'Known: 行业' });

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory()); // a fresh, empty browser profile
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('KnownWordButton', () => {
  it('marks the word known with one press and takes the mark off with another', async () => {
    render(<KnownWordButton word="行业" labels={labels} />);
    expect(button().getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(button());
    await waitFor(() => expect(button().getAttribute('aria-pressed')).toBe('true'));
    expect(await knownWords()).toEqual(['行业']);
    expect(screen.getByRole('status').textContent).toBe(labels.marked);

    fireEvent.click(button());
    await waitFor(() => expect(button().getAttribute('aria-pressed')).toBe('false'));
    expect(await knownWords()).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe(labels.unmarked);
  });

  it('shows a word marked known before as pressed', async () => {
    await markKnown(['行业']);
    render(<KnownWordButton word="行业" labels={labels} />);
    await waitFor(() => expect(button().getAttribute('aria-pressed')).toBe('true'));
  });

  it('is not pressed for a word saved after it was marked known (it is being learnt again)', async () => {
    await markKnown(['行业'], { now: new Date(Date.UTC(2026, 0, 1)) });
    const word: WordToSave = {
      simplified: '行业',
      traditional: '行業',
      pinyin: 'háng yè',
      senses: ['industry'],
      source: 'cedict',
      context: {
        sentence: '这个行业',
        translation: 'this industry',
        documentId: 'd',
        documentTitle: { zh: '题', en: 'T' },
        href: '/en/read/d#p1.zh1',
      },
    };
    await saveWord(word);
    const { container } = render(<KnownWordButton word="行业" labels={labels} />);
    await waitFor(() =>
      expect(container.querySelector('[data-status]')?.getAttribute('data-status')).toBe(
        'learning',
      ),
    );
    expect(button().getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button());
    await waitFor(() => expect(button().getAttribute('aria-pressed')).toBe('true'));
  });

  it('says so when the browser keeps no data, and stays unpressed', async () => {
    vi.stubGlobal('indexedDB', undefined);
    render(<KnownWordButton word="行业" labels={labels} />);
    fireEvent.click(button());
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(labels.failed));
    expect(button().getAttribute('aria-pressed')).toBe('false');
  });
});
