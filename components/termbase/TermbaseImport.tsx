'use client';

import { type ChangeEvent, useId, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import { formatProblem } from '@/lib/import/types';
import { readTermbaseFile, TERMBASE_FILE_TYPES } from '@/lib/termbase/read-file';
import type { TermbaseEntryDraft } from '@/lib/termbase/schema';

export interface TermbaseImportProps {
  /**
   * Stores the entries read; resolves with how many were added and updated, or undefined when
   * they could not be stored (the page says why).
   */
  onEntries: (
    entries: TermbaseEntryDraft[],
  ) => Promise<{ added: number; updated: number } | undefined>;
}

type Outcome = { message: string; problems: string[] };

/**
 * A file input for a TBX or CSV termbase. What was read is added at once; what was left out is
 * listed, each line naming the file, the place and the problem.
 */
export function TermbaseImport({ onEntries }: TermbaseImportProps) {
  const { t } = useT('termbase');
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setOutcome({ message: t('import.reading', { file: file.name }), problems: [] });
    const read = readTermbaseFile(file.name, await file.arrayBuffer());
    input.value = ''; // the same file can be opened again after it is fixed
    if (read === 'unsupported')
      return setOutcome({ message: t('import.unsupported', { file: file.name }), problems: [] });
    const problems = read.problems.map(formatProblem);
    if (read.entries.length === 0)
      return setOutcome({ message: t('import.nothing', { file: file.name }), problems });
    const counts = await onEntries(read.entries);
    if (!counts) return setOutcome(null);
    setOutcome({ message: t('import.done', { file: file.name, ...counts }), problems });
  };

  return (
    <>
      <p>
        <label htmlFor={`${id}-file`}>{t('import.file')}</label>{' '}
        <input
          id={`${id}-file`}
          type="file"
          accept={TERMBASE_FILE_TYPES}
          aria-describedby={`${id}-hint`}
          onChange={open}
        />
      </p>
      <p id={`${id}-hint`} className="termbase__hint">
        {t('import.hint')}
      </p>
      <div role="status">
        {outcome && <p>{outcome.message}</p>}
        {outcome && outcome.problems.length > 0 && (
          <>
            <p>{t('import.problems')}</p>
            <ul>
              {outcome.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}
