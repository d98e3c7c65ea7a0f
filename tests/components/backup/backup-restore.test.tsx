// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupRestore } from '@/components/backup/BackupRestore';
import { createBackup } from '@/lib/backup/file';
import { backupSections } from '@/lib/backup/sections';
import { TranslationsProvider } from '@/lib/i18n/client';
import { resources } from '@/lib/i18n/resources';
import { listLocalDocuments, saveLocalDocument } from '@/lib/local-library/store';

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderRestore(lng: 'en' | 'zh' = 'en') {
  render(
    <TranslationsProvider value={{ lng, resources: resources[lng] }}>
      <BackupRestore />
    </TranslationsProvider>,
  );
}

function choose(text: string, label: RegExp) {
  const input = screen.getByLabelText(label);
  const file = new File([text], 'duizhao-backup.json', { type: 'application/json' });
  fireEvent.change(input, { target: { files: [file] } });
}

const doc = {
  id: 'local-1',
  title: { zh: '故乡', en: 'My Old Home' },
  savedAt: '2026-12-01T10:00:00.000Z',
  yaml: 'slug: guxiang\n',
};

describe('BackupRestore', () => {
  it('restores a backup and says what it added', async () => {
    await saveLocalDocument(doc);
    const { file } = await createBackup(backupSections, { storage: undefined });
    vi.stubGlobal('indexedDB', new IDBFactory()); // an empty browser
    renderRestore();
    choose(JSON.stringify(file), /Backup file/);
    expect(await screen.findByText('Backup restored.')).toBeTruthy();
    expect(screen.getByTestId('restore-summary').textContent).toContain(
      'Your texts: 1 added or updated, 0 already here',
    );
    expect((await listLocalDocuments()).documents).toEqual([doc]);
  });

  it('refuses a damaged file, naming the section and field, in Chinese too', async () => {
    const { file } = await createBackup(backupSections, { storage: undefined });
    const bad = {
      ...file,
      sections: {
        ...file.sections,
        library: { version: 1, data: [{ ...doc, title: { zh: 1, en: '' } }] },
      },
    };
    renderRestore('zh');
    choose(JSON.stringify(bad), /备份文件/);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('这个文件无法恢复，没有做任何改动');
    expect(alert.textContent).toContain('你的文本 › 0 › title › zh');
    await waitFor(async () => expect((await listLocalDocuments()).documents).toEqual([]));
  });

  it('says a file that is not JSON is not a backup', async () => {
    renderRestore();
    choose('not json at all', /Backup file/);
    expect((await screen.findByRole('alert')).textContent).toMatch(/the file: not JSON/);
  });
});
