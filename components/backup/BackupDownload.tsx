'use client';

import { useState } from 'react';
import { backupFileName, createBackup, type SkippedInSection } from '@/lib/backup/file';
import { backupSections } from '@/lib/backup/sections';
import { type BrowserDbProblem, problemOf } from '@/lib/browser-db/errors';
import { offerDownload } from '../files/offer-download';
import { browserStorage } from '../progress/browser-storage';
import styles from './backup.module.css';
import { useBackupWords } from './use-backup-words';

type DownloadState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; name: string; skipped: SkippedInSection[] }
  | { kind: 'error'; problem: BrowserDbProblem };

/** "Download backup": every section read out of the browser into one dated JSON file. */
export function BackupDownload() {
  const { t, sectionName } = useBackupWords();
  const [state, setState] = useState<DownloadState>({ kind: 'idle' });

  const download = async () => {
    setState({ kind: 'working' });
    try {
      const now = new Date();
      const { file, skipped } = await createBackup(backupSections, {
        storage: browserStorage(),
        now,
      });
      const name = backupFileName(now);
      offerDownload(name, 'application/json;charset=utf-8', `${JSON.stringify(file, null, 2)}\n`);
      setState({ kind: 'done', name, skipped });
    } catch (error) {
      setState({ kind: 'error', problem: problemOf(error) });
    }
  };

  const skipped =
    state.kind === 'done'
      ? state.skipped.flatMap((s) => s.records.map((r) => ({ ...r, section: s.section })))
      : [];
  return (
    <section aria-labelledby="backup-download" className={styles.panel}>
      <h2 id="backup-download">{t('download.heading')}</h2>
      <button type="button" onClick={download} disabled={state.kind === 'working'}>
        {t('download.button')}
      </button>
      <div role="status">
        {state.kind === 'working' && <p>{t('download.working')}</p>}
        {state.kind === 'done' && <p>{t('download.done', { name: state.name })}</p>}
        {skipped.length > 0 && (
          <>
            <p>{t('download.skipped', { count: skipped.length })}</p>
            <ul className={styles.list}>
              {skipped.map((record) => (
                <li key={`${record.section} ${record.key}`}>
                  {sectionName(record.section)} › <code>{record.key}</code>:{' '}
                  <span lang="en">{record.problem}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {state.kind === 'error' && <p role="alert">{t(`errors.${state.problem}`)}</p>}
    </section>
  );
}
