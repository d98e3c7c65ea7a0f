'use client';

import { useState } from 'react';
import { useT } from '@/lib/i18n/client';
import { TERMBASE_FILES, termbaseCsv, termbaseTbx } from '@/lib/termbase/export';
import type { TermbaseEntry } from '@/lib/termbase/schema';
import { offerDownload } from '../files/offer-download';

/** Download buttons: the termbase as TBX-Basic and as CSV (lib/export's glossary writers). */
export function TermbaseExport({ entries }: { entries: readonly TermbaseEntry[] }) {
  const { t } = useT('termbase');
  const [failure, setFailure] = useState<string | null>(null);
  const download = (name: string, type: string, build: () => string) => {
    try {
      offerDownload(name, type, build());
      setFailure(null);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <p className="termbase__actions">
        <button
          type="button"
          disabled={entries.length === 0}
          onClick={() =>
            download(TERMBASE_FILES.tbx, 'application/x-tbx+xml;charset=utf-8', () =>
              termbaseTbx(entries),
            )
          }
        >
          {t('export.tbx')}
        </button>
        <button
          type="button"
          disabled={entries.length === 0}
          onClick={() =>
            download(TERMBASE_FILES.csv, 'text/csv;charset=utf-8', () => termbaseCsv(entries))
          }
        >
          {t('export.csv')}
        </button>
      </p>
      {failure && <p role="alert">{t('errors.export', { message: failure })}</p>}
    </>
  );
}
