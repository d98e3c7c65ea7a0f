'use client';

import { useId } from 'react';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import type { LocalDocument } from '@/lib/local-library/store';
import type { TermbaseApplication } from '@/lib/termbase/schema';

type Scope = 'none' | 'all' | 'some';

const scopeOf = (application: TermbaseApplication): Scope =>
  application.all ? 'all' : application.documents.length > 0 ? 'some' : 'none';

export interface TermbaseApplyProps {
  application: TermbaseApplication;
  documents: readonly Pick<LocalDocument, 'id' | 'title'>[];
  onChange: (application: TermbaseApplication) => void;
  /** Said once a change is stored. */
  saved: boolean;
}

/**
 * Where the termbase is used: no text, every own text, or the texts ticked (radio buttons and
 * checkboxes, so the keyboard works as everywhere). Each change is stored at once.
 */
export function TermbaseApply({ application, documents, onChange, saved }: TermbaseApplyProps) {
  const { t, lng } = useT('termbase');
  const id = useId();
  const scope = scopeOf(application);
  const setScope = (next: Scope) =>
    onChange({
      id: 'application',
      all: next === 'all',
      documents:
        next === 'some'
          ? application.documents.length > 0
            ? application.documents
            : documents.slice(0, 1).map((d) => d.id)
          : next === 'all'
            ? application.documents
            : [],
    });
  const toggle = (docId: string, on: boolean) =>
    onChange({
      id: 'application',
      all: false,
      documents: on
        ? [...application.documents, docId]
        : application.documents.filter((d) => d !== docId),
    });

  return (
    <>
      <fieldset className="termbase__scope">
        <legend>{t('apply.legend')}</legend>
        {(['none', 'all', 'some'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-scope`}
              value={value}
              checked={scope === value}
              disabled={value !== 'none' && documents.length === 0}
              onChange={() => setScope(value)}
            />{' '}
            {t(`apply.${value}`)}
          </label>
        ))}
      </fieldset>
      {documents.length === 0 && <p>{t('apply.noDocuments')}</p>}
      {scope === 'some' && (
        <fieldset className="termbase__documents">
          <legend>{t('apply.documents')}</legend>
          {documents.map((doc) => (
            <label key={doc.id}>
              <input
                type="checkbox"
                checked={application.documents.includes(doc.id)}
                onChange={(e) => toggle(doc.id, e.target.checked)}
              />{' '}
              <span lang={contentLang[lng]}>{doc.title[lng]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <p role="status">{saved ? t('apply.saved') : ''}</p>
    </>
  );
}
