// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocalReview } from '@/components/local/LocalReview';
import { TranslationsProvider } from '@/lib/i18n/client';
import { resources } from '@/lib/i18n/resources';
import { saveLocalDocument } from '@/lib/local-library/store';
import { importTermbaseEntries, setTermbaseApplication } from '@/lib/termbase/store';
import { parseTbx } from '@/lib/termbase/tbx';

vi.mock('next/navigation', () => ({ useSearchParams: () => new URLSearchParams('id=own') }));

beforeEach(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  await saveLocalDocument({
    id: 'own',
    title: { zh: '李涛访谈', en: 'Li Tao interview' },
    savedAt: '2026-12-05T10:00:00.000Z',
    yaml: readFileSync('content/documents/apus-li-tao-interview.yaml', 'utf8'),
  });
  const tbx = readFileSync('tests/fixtures/termbase/ai-terms.tbx', 'utf8');
  await importTermbaseEntries(parseTbx(tbx, 'ai-terms.tbx').entries);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const renderReview = () =>
  render(
    <TranslationsProvider value={{ lng: 'en', resources: resources.en }}>
      <LocalReview />
    </TranslationsProvider>,
  );

describe('LocalReview with a termbase', () => {
  it('checks the terms of the termbase applied to all own texts', async () => {
    await setTermbaseApplication({ id: 'application', all: true, documents: [] });
    renderReview();
    const pair = await screen.findByRole('article', { name: 'p26' });
    expect((await within(pair).findByText(/场景 is rendered “use case” here/)).textContent).toMatch(
      /but “scenario” in/,
    );
  });
});
