'use client';

import { useCallback, useEffect, useState } from 'react';
import { type BrowserDbProblem, problemOf } from '@/lib/browser-db/errors';
import type { SkippedRecord } from '@/lib/browser-db/records';
import { useT } from '@/lib/i18n/client';
import { type LocalDocument, listLocalDocuments } from '@/lib/local-library/store';
import { newEntryId } from '@/lib/termbase/merge';
import {
  NOT_APPLIED,
  type TermbaseApplication,
  type TermbaseEntry,
  type TermbaseEntryDraft,
} from '@/lib/termbase/schema';
import {
  deleteTermbaseEntry,
  getTermbaseApplication,
  importTermbaseEntries,
  listTermbase,
  saveTermbaseEntry,
  setTermbaseApplication,
} from '@/lib/termbase/store';
import { TermbaseApply } from './TermbaseApply';
import { TermbaseEntryList } from './TermbaseEntryList';
import { TermbaseExport } from './TermbaseExport';
import { TermbaseImport } from './TermbaseImport';
import './termbase.css';

type Loaded = {
  entries: TermbaseEntry[];
  skipped: SkippedRecord[];
  application: TermbaseApplication;
  documents: Pick<LocalDocument, 'id' | 'title'>[];
};

const blank = (): TermbaseEntry => ({
  id: newEntryId(),
  term: '',
  pinyin: '',
  en: [],
  definition: '',
  note: '',
});

/**
 * The termbase page: import a TBX or CSV file, apply the termbase to own texts, list, add, edit
 * and delete entries, export as TBX or CSV. Everything is kept in the browser (lib/termbase);
 * a storage problem is said in words and the rest of the page still works.
 */
export function TermbasePage() {
  const { t } = useT('termbase');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<BrowserDbProblem | null>(null);
  const [editing, setEditing] = useState<TermbaseEntry | null>(null);
  const [applied, setApplied] = useState(false);

  const load = useCallback(async () => {
    try {
      const [termbase, application, library] = await Promise.all([
        listTermbase(),
        getTermbaseApplication(),
        listLocalDocuments().catch(() => ({ documents: [] })),
      ]);
      setLoaded({ ...termbase, application, documents: library.documents });
    } catch (error) {
      setProblem(problemOf(error));
      setLoaded(
        (now) => now ?? { entries: [], skipped: [], application: NOT_APPLIED, documents: [] },
      );
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  /** Runs a change to the store, then lists the termbase again; a failure is said. */
  const change = async <T,>(act: () => Promise<T>): Promise<{ value: T } | undefined> => {
    try {
      const value = await act();
      setProblem(null);
      await load();
      return { value };
    } catch (error) {
      setProblem(problemOf(error));
      return undefined;
    }
  };

  const importEntries = async (drafts: TermbaseEntryDraft[]) =>
    (await change(() => importTermbaseEntries(drafts)))?.value;
  const save = async (entry: TermbaseEntry) => {
    if (await change(() => saveTermbaseEntry(entry))) setEditing(null);
  };
  const apply = async (application: TermbaseApplication) => {
    setApplied(false);
    // Shown at once (a radio button that waits for the store seems not to answer).
    setLoaded((now) => now && { ...now, application });
    if (await change(() => setTermbaseApplication(application))) setApplied(true);
    else void load(); // show what is stored again
  };

  if (!loaded) return <p role="status">{t('loading')}</p>;
  return (
    <div className="termbase">
      {problem && <p role="alert">{t(`errors.${problem}`)}</p>}
      <section aria-labelledby="termbase-import">
        <h2 id="termbase-import">{t('import.heading')}</h2>
        <TermbaseImport onEntries={importEntries} />
      </section>
      <section aria-labelledby="termbase-apply">
        <h2 id="termbase-apply">{t('apply.heading')}</h2>
        <TermbaseApply
          application={loaded.application}
          documents={loaded.documents}
          onChange={apply}
          saved={applied}
        />
      </section>
      <section aria-labelledby="termbase-entries">
        <h2 id="termbase-entries">{t('entries.heading')}</h2>
        <p>
          {t('entries.count', { count: loaded.entries.length })}{' '}
          <button type="button" onClick={() => setEditing(blank())}>
            {t('entries.add')}
          </button>
        </p>
        {loaded.skipped.length > 0 && (
          <div role="status">
            <p>{t('entries.skipped', { count: loaded.skipped.length })}</p>
            <ul>
              {loaded.skipped.map((record) => (
                <li key={record.key}>
                  {record.key}: {record.problem}
                </li>
              ))}
            </ul>
          </div>
        )}
        <TermbaseEntryList
          entries={loaded.entries}
          editing={editing}
          onEdit={setEditing}
          onSave={save}
          onDelete={(entry) => void change(() => deleteTermbaseEntry(entry.id))}
        />
      </section>
      <section aria-labelledby="termbase-export">
        <h2 id="termbase-export">{t('export.heading')}</h2>
        <TermbaseExport entries={loaded.entries} />
      </section>
    </div>
  );
}
