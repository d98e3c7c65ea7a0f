'use client';

import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import type { TermbaseEntry } from '@/lib/termbase/schema';
import { TermbaseEntryForm } from './TermbaseEntryForm';

export interface TermbaseEntryListProps {
  entries: readonly TermbaseEntry[];
  /** The id of the entry being edited (or added), if any. */
  editing: TermbaseEntry | null;
  onEdit: (entry: TermbaseEntry | null) => void;
  onSave: (entry: TermbaseEntry) => Promise<void>;
  onDelete: (entry: TermbaseEntry) => void;
}

/** The entries, each with its renderings and its Edit and Delete buttons; one open in a form. */
export function TermbaseEntryList({
  entries,
  editing,
  onEdit,
  onSave,
  onDelete,
}: TermbaseEntryListProps) {
  const { t } = useT('termbase');
  const form = (entry: TermbaseEntry) => (
    <TermbaseEntryForm entry={entry} onSave={onSave} onCancel={() => onEdit(null)} />
  );
  const adding = editing !== null && !entries.some((e) => e.id === editing.id);
  return (
    <>
      {adding && form(editing)}
      {entries.length === 0 && !adding && <p>{t('entries.empty')}</p>}
      <ul className="termbase__list">
        {entries.map((entry) =>
          editing?.id === entry.id ? (
            <li key={entry.id}>{form(editing)}</li>
          ) : (
            <li key={entry.id} className="termbase__entry">
              <p className="termbase__term">
                <span lang={contentLang.zh}>{entry.term}</span>{' '}
                {entry.pinyin && <span lang={contentLang.pinyin}>{entry.pinyin}</span>}
              </p>
              <p lang={contentLang.en}>{entry.en.join('; ')}</p>
              {entry.definition && (
                <p lang={contentLang.en} className="termbase__definition">
                  {entry.definition}
                </p>
              )}
              <p className="termbase__actions">
                <button
                  type="button"
                  aria-label={t('entries.editLabel', { term: entry.term })}
                  onClick={() => onEdit(entry)}
                >
                  {t('entries.edit')}
                </button>
                <button
                  type="button"
                  aria-label={t('entries.deleteLabel', { term: entry.term })}
                  onClick={() => onDelete(entry)}
                >
                  {t('entries.delete')}
                </button>
              </p>
            </li>
          ),
        )}
      </ul>
    </>
  );
}
