// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TranslationsProvider, useT } from '@/lib/i18n/client';
import { pickResources } from '@/lib/i18n/resources';

afterEach(cleanup);

function Heading() {
  const { t } = useT('termbase');
  return <h1>{t('title')}</h1>;
}

function Both() {
  const { t } = useT('backup');
  const { t: tLocal } = useT('local');
  return (
    <p>
      {t('title')} / {tLocal('heading')}
    </p>
  );
}

describe('useT', () => {
  it('reads a namespace that a provider above hands down, merged with the outer ones', () => {
    render(
      <TranslationsProvider value={{ lng: 'zh', resources: pickResources('zh', ['backup']) }}>
        <TranslationsProvider value={{ lng: 'zh', resources: pickResources('zh', ['local']) }}>
          <Both />
        </TranslationsProvider>
      </TranslationsProvider>,
    );
    const backup = pickResources('zh', ['backup']).backup?.title;
    const local = pickResources('zh', ['local']).local?.heading;
    expect(screen.getByText(`${String(backup)} / ${String(local)}`)).toBeTruthy();
  });

  it('loads a namespace no provider gave, showing the string and never its key', async () => {
    const view = (
      <TranslationsProvider value={{ lng: 'en', resources: pickResources('en', []) }}>
        <Suspense fallback={<p>waiting</p>}>
          <Heading />
        </Suspense>
      </TranslationsProvider>
    );
    await act(async () => {
      render(view);
    });
    expect(screen.queryByText('title')).toBeNull();
    const heading = await screen.findByRole('heading');
    expect(heading.textContent).toBe(pickResources('en', ['termbase']).termbase?.title);
    expect(heading.textContent).not.toBe('title');
  });
});
