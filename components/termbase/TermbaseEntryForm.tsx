'use client';

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { parseRecord } from '@/lib/browser-db/records';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import { type TermbaseEntry, termbaseEntrySchema } from '@/lib/termbase/schema';

export interface TermbaseEntryFormProps {
  /** The entry to edit; a new one has an id already and empty fields. */
  entry: TermbaseEntry;
  onSave: (entry: TermbaseEntry) => Promise<void>;
  onCancel: () => void;
}

/**
 * A form for one entry: every field labelled, renderings one per line, Enter in a one-line
 * field or the Save button saves, Escape or Cancel leaves it. The entry is checked against
 * the store's schema before it is saved, and what is wrong is said.
 */
export function TermbaseEntryForm({ entry, onSave, onCancel }: TermbaseEntryFormProps) {
  const { t } = useT('termbase');
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fields, setFields] = useState({ ...entry, en: entry.en.join('\n') });

  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const candidate: TermbaseEntry = {
      ...fields,
      term: fields.term.trim(),
      pinyin: fields.pinyin.trim(),
      en: fields.en
        .split('\n')
        .map((r) => r.trim())
        .filter((r) => r !== ''),
      definition: fields.definition.trim(),
      note: fields.note.trim(),
    };
    const parsed = parseRecord(termbaseEntrySchema, candidate);
    if (!parsed.ok) return setProblem(parsed.problem);
    await onSave(parsed.value);
  };

  const field = (name: 'term' | 'pinyin', lang: string) => (
    <p>
      <label htmlFor={`${id}-${name}`}>{t(`entries.${name}`)}</label>
      <input
        id={`${id}-${name}`}
        ref={name === 'term' ? first : undefined}
        lang={lang}
        value={fields[name]}
        required={name === 'term'}
        onChange={(e) => setFields({ ...fields, [name]: e.target.value })}
      />
    </p>
  );
  const area = (name: 'en' | 'definition' | 'note', hint?: string) => (
    <p>
      <label htmlFor={`${id}-${name}`}>{t(`entries.${name}`)}</label>
      {hint && (
        <span id={`${id}-${name}-hint`} className="termbase__hint">
          {hint}
        </span>
      )}
      <textarea
        id={`${id}-${name}`}
        lang={contentLang.en}
        rows={name === 'en' ? 3 : 2}
        value={fields[name]}
        aria-describedby={hint ? `${id}-${name}-hint` : undefined}
        onChange={(e) => setFields({ ...fields, [name]: e.target.value })}
      />
    </p>
  );

  return (
    <form
      className="termbase__form"
      aria-label={entry.term ? t('entries.editLabel', { term: entry.term }) : t('entries.add')}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      {field('term', contentLang.zh)}
      {field('pinyin', contentLang.pinyin)}
      {area('en', t('entries.enHint'))}
      {area('definition')}
      {area('note')}
      {problem && <p role="alert">{t('entries.invalid', { problem })}</p>}
      <p className="termbase__actions">
        <button type="submit">{t('entries.save')}</button>
        <button type="button" onClick={onCancel}>
          {t('entries.cancel')}
        </button>
      </p>
    </form>
  );
}
