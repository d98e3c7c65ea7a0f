// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Unreadable, type UnreadableProps } from '@/components/local/Unreadable';
import { TranslationsProvider } from '@/lib/i18n/client';
import { resources } from '@/lib/i18n/resources';
import type { Locale } from '@/lib/i18n/settings';

const show = (lng: Locale, props: UnreadableProps) =>
  render(
    <TranslationsProvider value={{ lng, resources: resources[lng] }}>
      <Unreadable {...props} />
    </TranslationsProvider>,
  );

afterEach(cleanup);

describe('Unreadable', () => {
  it('says why in English, marked as English, in the Chinese interface too', () => {
    show('zh', { ns: 'local', message: 'line 3: bad indentation' });
    const status = screen.getByRole('status');
    expect(status.textContent).toBe(
      '无法读取这篇已保存的文本（原因以英文给出）：line 3: bad indentation',
    );
    const why = screen.getByText('line 3: bad indentation');
    expect(why.getAttribute('lang')).toBe('en');
  });

  it('gives the editor its own sentence', () => {
    show('en', { ns: 'edit', message: 'the worker opening the text stopped' });
    expect(screen.getByRole('status').textContent).toBe(
      'This text cannot be edited: the worker opening the text stopped',
    );
  });

  it('shows a reason that looks like markup as text', () => {
    const message = '<why/><b>1</b> & <0>x</0>';
    show('en', { ns: 'local', message });
    expect(screen.getByRole('status').textContent).toBe(
      `This saved document cannot be read: ${message}`,
    );
    expect(screen.getByRole('status').querySelector('b')).toBeNull();
  });
});
