// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ChosenVariants, TmxVariants } from '@/components/import/TmxVariants';
import { TranslationsProvider } from '@/lib/i18n/client';
import { resources } from '@/lib/i18n/resources';
import type { Locale } from '@/lib/i18n/settings';
import type { LanguageVariants } from '@/lib/import/types';

const variants: LanguageVariants = {
  zh: [
    { code: 'zh-CN', units: 5 },
    { code: 'zh-TW', units: 4 },
  ],
  en: [
    { code: 'en-US', units: 5 },
    { code: 'en_GB', units: 1 },
  ],
};

function show(
  lng: Locale,
  props: { variants?: LanguageVariants; locked?: boolean; onChoose?: (w: ChosenVariants) => void },
) {
  return render(
    <TranslationsProvider value={{ lng, resources: resources[lng] }}>
      <TmxVariants
        file="museum.tmx"
        variants={props.variants ?? variants}
        chosen={{ zh: 'zh-CN', en: 'en-US' }}
        locked={props.locked ?? false}
        onChoose={props.onChoose ?? (() => {})}
      />
    </TranslationsProvider>,
  );
}

const optionsOf = (select: HTMLElement) =>
  [...select.querySelectorAll('option')].map((o) => o.textContent);

afterEach(cleanup);

describe('TmxVariants', () => {
  it('lists each variant with its tag, its name and its units, the one read selected', () => {
    show('en', {});
    const zh = screen.getByLabelText('Chinese variant');
    expect(optionsOf(zh)).toEqual([
      'zh-CN: Chinese (China), 5 units',
      'zh-TW: Chinese (Taiwan), 4 units',
    ]);
    expect(zh).toHaveProperty('value', 'zh-CN');
    // A tag Intl cannot name is shown alone.
    expect(optionsOf(screen.getByLabelText('English variant'))).toEqual([
      'en-US: American English, 5 units',
      'en_GB, 1 unit',
    ]);
    expect(screen.getByRole('group', { name: 'Language variants in museum.tmx' })).toBeTruthy();
  });

  it('says it in Chinese in the Chinese interface', () => {
    show('zh', {});
    expect(optionsOf(screen.getByLabelText('中文版本'))).toEqual([
      'zh-CN：中文（中国），5 个单元',
      'zh-TW：中文（台湾），4 个单元',
    ]);
    expect(screen.getByLabelText('英文版本')).toBeTruthy();
  });

  it('asks for the variant chosen, keeping the other side', () => {
    const onChoose = vi.fn();
    show('en', { onChoose });
    fireEvent.change(screen.getByLabelText('Chinese variant'), { target: { value: 'zh-TW' } });
    expect(onChoose).toHaveBeenCalledWith({ zh: 'zh-TW', en: 'en-US' });
  });

  it('is closed, saying why, once the texts are edited', () => {
    show('en', { locked: true });
    expect(screen.getByLabelText('Chinese variant')).toHaveProperty('disabled', true);
    expect(screen.getByText(/open the file again/)).toBeTruthy();
  });

  it('shows nothing when the file holds one variant of each', () => {
    const { container } = show('en', {
      variants: { zh: [{ code: 'zh-CN', units: 5 }], en: [{ code: 'en-US', units: 5 }] },
    });
    expect(container.textContent).toBe('');
  });
});
