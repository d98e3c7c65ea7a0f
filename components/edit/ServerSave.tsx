'use client';

import { useRef, useState } from 'react';
import { parseDocumentFile } from '@/lib/content/parse';
import type { ParallelDocument } from '@/lib/content/schema';
import { useT } from '@/lib/i18n/client';
import { saveToServer } from './save-to-server';

export interface ServerSaveProps {
  slug: string;
  /** The file to send (computed when the button is pressed). */
  text: () => string;
  /** The ETag of the version the edits started from. */
  etag?: string;
  onSaved(etag: string | undefined, text: string): void;
  /** The server's newer version, to edit from instead. */
  onReload(text: string, etag: string | undefined, doc: ParallelDocument): void;
  onStatus(status: { kind: 'info' | 'error'; text: string } | null): void;
}

type Ask =
  | { kind: 'losses'; losses: string[]; token?: string }
  | { kind: 'stale'; etag?: string; current?: string };

/**
 * "Save to server" and the questions a save can raise (issue 14 item 2): confirm what would be
 * lost (pairs removed, Chinese changed) before sending the confirmation, and on a stale base
 * (someone saved since) load the server's version or overwrite it. Questions are asked in a
 * modal <dialog> (focus kept inside, Escape cancels).
 */
export function ServerSave({ slug, text, etag, onSaved, onReload, onStatus }: ServerSaveProps) {
  const { t } = useT('edit');
  const dialog = useRef<HTMLDialogElement>(null);
  const [ask, setAsk] = useState<Ask | null>(null);

  const send = async (options: { ifMatch?: string; confirm?: string }) => {
    const body = text();
    const outcome = await saveToServer(slug, body, options);
    switch (outcome.kind) {
      case 'saved':
        setAsk(null);
        dialog.current?.close();
        onSaved(outcome.etag, body);
        if (outcome.unchanged) onStatus({ kind: 'info', text: t('status.unchanged') });
        return;
      case 'needs-confirmation':
      case 'stale':
        setAsk(
          outcome.kind === 'stale'
            ? { kind: 'stale', etag: outcome.etag, current: outcome.current }
            : { kind: 'losses', losses: outcome.losses, token: outcome.token },
        );
        if (!dialog.current?.open) dialog.current?.showModal();
        return;
      case 'refused':
        onStatus({ kind: 'error', text: t('status.saveRefused', { reason: outcome.message }) });
        return;
      case 'failed':
        onStatus({ kind: 'error', text: t('status.saveFailed', { reason: outcome.message }) });
    }
  };

  const close = () => {
    setAsk(null);
    dialog.current?.close();
  };

  return (
    <>
      <button type="button" onClick={() => void send({ ifMatch: etag })}>
        {t('toolbar.save')}
      </button>
      <dialog
        ref={dialog}
        className="editor__dialog"
        aria-labelledby="save-dialog-title"
        onClose={() => setAsk(null)}
      >
        {ask?.kind === 'losses' && (
          <>
            <h2 id="save-dialog-title">{t('save.lossesTitle')}</h2>
            <p>{t('save.lossesIntro')}</p>
            <ul lang="en">
              {ask.losses.map((loss) => (
                <li key={loss}>{loss}</li>
              ))}
            </ul>
            <button
              type="button"
              onClick={() => void send({ ifMatch: etag, confirm: ask.token ?? 'yes' })}
            >
              {t('save.confirm')}
            </button>{' '}
            <button type="button" onClick={close}>
              {t('save.cancel')}
            </button>
          </>
        )}
        {ask?.kind === 'stale' && (
          <>
            <h2 id="save-dialog-title">{t('save.staleTitle')}</h2>
            <p>{t('save.staleIntro')}</p>
            {ask.current !== undefined && (
              <button
                type="button"
                onClick={() => {
                  const current = ask.current ?? '';
                  try {
                    onReload(current, ask.etag, parseDocumentFile(current, `${slug}.yaml`));
                    close();
                  } catch (error) {
                    onStatus({
                      kind: 'error',
                      text: t('status.saveRefused', { reason: String(error) }),
                    });
                  }
                }}
              >
                {t('save.reload')}
              </button>
            )}{' '}
            <button type="button" onClick={() => void send({ ifMatch: '*' })}>
              {t('save.overwrite')}
            </button>{' '}
            <button type="button" onClick={close}>
              {t('save.cancel')}
            </button>
          </>
        )}
      </dialog>
    </>
  );
}
