// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TermbaseEntryForm } from '@/components/termbase/TermbaseEntryForm';
import { TranslationsProvider } from '@/lib/i18n/client';
import { resources } from '@/lib/i18n/resources';
import type { TermbaseEntry } from '@/lib/termbase/schema';

afterEach(cleanup);

const entry: TermbaseEntry = {
  id: 'tb-1',
  term: '算力',
  pinyin: '',
  en: ['compute'],
  definition: '',
  note: '',
};

function renderForm(lng: 'en' | 'zh' = 'en') {
  const onSave = vi.fn(async () => undefined);
  const onCancel = vi.fn();
  render(
    <TranslationsProvider value={{ lng, resources: resources[lng] }}>
      <TermbaseEntryForm entry={entry} onSave={onSave} onCancel={onCancel} />
    </TranslationsProvider>,
  );
  return { onSave, onCancel };
}

describe('TermbaseEntryForm', () => {
  it('saves the fields typed, renderings one per line, and starts on the term', async () => {
    const { onSave } = renderForm();
    expect(screen.getByLabelText('Term (Chinese)')).toHaveProperty('value', '算力');
    expect(document.activeElement).toBe(screen.getByLabelText('Term (Chinese)'));
    fireEvent.change(screen.getByLabelText('Renderings'), {
      target: { value: 'computing power\n\n compute \n' },
    });
    fireEvent.change(screen.getByLabelText('Pinyin'), { target: { value: 'suànlì' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        ...entry,
        pinyin: 'suànlì',
        en: ['computing power', 'compute'],
      }),
    );
  });

  it('says what is wrong and does not save an entry without a rendering or Chinese', async () => {
    const { onSave } = renderForm();
    fireEvent.change(screen.getByLabelText('Renderings'), { target: { value: ' \n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not saved: en: needs at least one English rendering',
    );
    fireEvent.change(screen.getByLabelText('Renderings'), { target: { value: 'x' } });
    fireEvent.change(screen.getByLabelText('Term (Chinese)'), { target: { value: 'AI' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Not saved: term: must contain Chinese characters',
      ),
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('leaves on Escape, in Chinese too', () => {
    const { onCancel } = renderForm('zh');
    fireEvent.keyDown(screen.getByLabelText('拼音'), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalled();
    expect(screen.getByRole('form', { name: '编辑“算力”' })).toBeTruthy();
  });
});
