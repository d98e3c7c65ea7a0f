'use client';

import { type ChangeEvent, useId, useState } from 'react';
import { BackupFileError, type RestoreSummary, restoreBackup } from '@/lib/backup/file';
import type { BackupProblem } from '@/lib/backup/section';
import { backupSections } from '@/lib/backup/sections';
import { type BrowserDbProblem, problemOf } from '@/lib/browser-db/errors';
import { browserStorage } from '../progress/browser-storage';
import styles from './backup.module.css';
import { useBackupWords } from './use-backup-words';

type RestoreState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; summary: RestoreSummary }
  | { kind: 'invalid'; problems: BackupProblem[] }
  | { kind: 'error'; problem: BrowserDbProblem | 'read' };

/**
 * "Restore from a file": the whole file is checked before anything is written; a file with a
 * fault is refused with every section and field named, a valid one merged section by section.
 */
export function BackupRestore() {
  const { t, sectionName, place } = useBackupWords();
  const inputId = useId();
  const hintId = useId();
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });

  const restore = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setState({ kind: 'working' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setState({ kind: 'error', problem: 'read' });
    }
    try {
      const summary = await restoreBackup(text, backupSections, { storage: browserStorage() });
      setState({ kind: 'done', summary });
    } catch (error) {
      if (error instanceof BackupFileError) setState({ kind: 'invalid', problems: error.problems });
      else setState({ kind: 'error', problem: problemOf(error) });
    } finally {
      event.target.value = ''; // the same file can be chosen again (after freeing space)
    }
  };

  return (
    <section aria-labelledby="backup-restore" className={styles.panel}>
      <h2 id="backup-restore">{t('restore.heading')}</h2>
      <p id={hintId}>{t('restore.hint')}</p>
      <div className={styles.field}>
        <label htmlFor={inputId}>{t('restore.label')}</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          onChange={restore}
          disabled={state.kind === 'working'}
        />
      </div>
      <div role="status">
        {state.kind === 'working' && <p>{t('restore.working')}</p>}
        {state.kind === 'done' && (
          <>
            <p>{t('restore.done')}</p>
            <ul className={styles.list} data-testid="restore-summary">
              {state.summary.sections
                // A section the file holds nothing of (no reading options chosen) is not listed.
                .filter(({ counts }) => counts.restored + counts.unchanged + counts.kept > 0)
                .map(({ name, counts }) => (
                  <li key={name}>
                    {t('restore.section', { section: sectionName(name), ...counts })}
                  </li>
                ))}
            </ul>
            {state.summary.unknown.length > 0 && (
              <p>{t('restore.unknown', { names: state.summary.unknown.join(', ') })}</p>
            )}
          </>
        )}
      </div>
      {state.kind === 'invalid' && (
        <div role="alert">
          <p>{t('restore.invalid')}</p>
          <ul className={styles.list}>
            {state.problems.map((problem) => (
              <li key={`${place(problem)} ${problem.message}`}>
                {place(problem)}: <span lang="en">{problem.message}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === 'error' && <p role="alert">{t(`errors.${state.problem}`)}</p>}
    </section>
  );
}
