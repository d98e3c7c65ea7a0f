'use client';

import { useRef } from 'react';
import { parseDocumentFile } from '@/lib/content/parse';
import type { ParallelDocument } from '@/lib/content/schema';
import { useT } from '@/lib/i18n/client';
import { SaveDialog } from './SaveDialog';
import { type SaveReport, useServerSave } from './use-server-save';

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

/**
 * "Save to server" and the questions a save can raise, through the endpoint's client
 * (`useServerSave`, lib/edit/save-client.ts) and its dialog (`SaveDialog`): confirm what would
 * be lost (pairs removed, Chinese changed) before sending the confirmation; on a stale base
 * (someone saved since) load the server's version or overwrite it; give the save token where
 * the server has one.
 */
export function ServerSave({ slug, text, etag, onSaved, onReload, onStatus }: ServerSaveProps) {
  const { t } = useT('edit');
  const sent = useRef('');
  const report = (result: SaveReport) => {
    switch (result.kind) {
      case 'saved':
        return onSaved(undefined, sent.current);
      case 'unchanged':
        onSaved(undefined, sent.current);
        return onStatus({ kind: 'info', text: t('status.unchanged') });
      case 'refused':
        return onStatus({
          kind: 'error',
          text: t('status.saveRefused', { reason: [result.error, ...result.details].join('\n') }),
        });
      case 'failed':
        return onStatus({ kind: 'error', text: t('status.saveFailed', { reason: result.reason }) });
    }
  };
  const server = useServerSave({
    slug,
    etag: etag ?? '*',
    onServerVersion: (current) => {
      try {
        onReload(current, undefined, parseDocumentFile(current, `${slug}.yaml`));
      } catch (error) {
        onStatus({ kind: 'error', text: t('status.saveRefused', { reason: String(error) }) });
      }
    },
    onReport: report,
  });

  return (
    <>
      <button
        type="button"
        disabled={server.busy}
        onClick={() => {
          sent.current = text();
          void server.save(sent.current);
        }}
      >
        {t('toolbar.save')}
      </button>
      <SaveDialog
        prompt={server.prompt}
        busy={server.busy}
        onConfirm={server.confirm}
        onOverwrite={server.overwrite}
        onLoadServer={server.loadServer}
        onToken={server.giveToken}
        onCancel={server.cancel}
      />
    </>
  );
}
