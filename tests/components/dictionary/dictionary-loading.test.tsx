// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DictionaryLoading } from '@/components/dictionary/DictionaryLoading';
import type { DictionaryProgress } from '@/components/dictionary/dictionary-loader';
import { TranslationsProvider } from '@/lib/i18n/client';
import { resources } from '@/lib/i18n/resources';
import type { Locale } from '@/lib/i18n/settings';

const show = (lng: Locale, progress?: DictionaryProgress) =>
  render(
    <TranslationsProvider value={{ lng, resources: resources[lng] }}>
      <DictionaryLoading progress={progress} />
    </TranslationsProvider>,
  );

afterEach(cleanup);

describe('DictionaryLoading', () => {
  it('says the dictionary is loading while nothing more is known', () => {
    show('en');
    expect(screen.getByText('Loading the dictionary…')).toBeTruthy();
  });

  it('shows how far a first download has come, in both languages', () => {
    const progress = { stage: 'download', done: 1.5 * 2 ** 20, total: 9 * 2 ** 20 } as const;
    show('en', progress);
    const bar = screen.getByRole('progressbar', { name: /Fetching the dictionary/ });
    expect(bar.getAttribute('value')).toBe(String(progress.done));
    expect(screen.getByText('1.5 of 9.0 MB')).toBeTruthy();
    cleanup();
    show('zh', progress);
    expect(screen.getByRole('progressbar', { name: /正在下载/ })).toBeTruthy();
    expect(screen.getByText('已下载 1.5 / 9.0 MB')).toBeTruthy();
  });

  it('says the text’s words are being found once the file has come', () => {
    show('zh', { stage: 'words', done: 0, total: undefined });
    expect(screen.getByText('正在从词典中找出本文的词语……')).toBeTruthy();
  });
});
