'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import { contentLang } from '@/lib/i18n/settings';
import styles from './save-dialog.module.css';
import type { SavePrompt } from './use-server-save';

export interface SaveDialogProps {
  prompt: SavePrompt | null;
  busy: boolean;
  onConfirm: () => void;
  onOverwrite: () => void;
  onLoadServer: () => void;
  onToken: (token: string) => void;
  onCancel: () => void;
}

/** Items listed in full; the rest are counted ("and 12 more"). */
const SHOWN = 12;
/** Characters of a Chinese paragraph shown in the list. */
const EXCERPT = 40;

const excerpt = (text: string) => {
  const chars = [...text];
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join('')}…` : text;
};

/**
 * The questions a save to the server can raise, in one modal dialog: what a save would lose
 * (pairs removed, Chinese changed) before it is sent again with the confirmation; a newer
 * version on the server (load it, or overwrite it); the server's save token. Escape or Cancel
 * closes it and nothing is sent.
 */
export function SaveDialog(props: SaveDialogProps) {
  const { prompt, busy, onCancel } = props;
  const { t } = useT('edit');
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const tokenId = useId();
  const [token, setToken] = useState('');

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (prompt && !element.open) element.showModal();
    if (!prompt && element.open) element.close();
  }, [prompt]);

  const more = (count: number) =>
    count > SHOWN ? <li>{t('server.more', { count: count - SHOWN })}</li> : null;

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault(); // closed by the prompt going away, not by the browser alone
        onCancel();
      }}
    >
      {prompt?.kind === 'confirm' && (
        <>
          <h2 id={headingId}>{t('server.confirmHeading')}</h2>
          {prompt.losses.removedPairs.length > 0 && (
            <>
              <p>{t('server.removed', { count: prompt.losses.removedPairs.length })}</p>
              <ul className={styles.list}>
                {prompt.losses.removedPairs.slice(0, SHOWN).map((pair) => (
                  <li key={pair.id}>
                    <code>{pair.id}</code> <span lang={contentLang.zh}>{excerpt(pair.zh)}</span>
                  </li>
                ))}
                {more(prompt.losses.removedPairs.length)}
              </ul>
            </>
          )}
          {prompt.losses.changedChinese.length > 0 && (
            <>
              <p>{t('server.changed', { count: prompt.losses.changedChinese.length })}</p>
              <ul className={styles.list}>
                {prompt.losses.changedChinese.slice(0, SHOWN).map((pair) => (
                  <li key={pair.id}>
                    <code>{pair.id}</code> <del lang={contentLang.zh}>{excerpt(pair.before)}</del> →{' '}
                    <ins lang={contentLang.zh}>{excerpt(pair.after)}</ins>
                  </li>
                ))}
                {more(prompt.losses.changedChinese.length)}
              </ul>
            </>
          )}
          <div className={styles.actions}>
            <button type="button" disabled={busy} onClick={props.onConfirm}>
              {t('server.saveAnyway')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('server.cancel')}
            </button>
          </div>
        </>
      )}
      {prompt?.kind === 'stale' && (
        <>
          <h2 id={headingId}>{t('server.staleHeading')}</h2>
          <p>{t('server.stale')}</p>
          <div className={styles.actions}>
            <button type="button" disabled={busy} onClick={props.onLoadServer}>
              {t('server.loadServer')}
            </button>
            <button type="button" disabled={busy} onClick={props.onOverwrite}>
              {t('server.overwrite')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('server.cancel')}
            </button>
          </div>
        </>
      )}
      {prompt?.kind === 'token' && (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            if (token.trim()) props.onToken(token.trim());
          }}
        >
          <h2 id={headingId}>{t('server.tokenHeading')}</h2>
          <p>{t('server.token')}</p>
          <label htmlFor={tokenId}>{t('server.tokenLabel')}</label>{' '}
          <input
            id={tokenId}
            type="password"
            autoComplete="off"
            value={token}
            onChange={(event) => setToken(event.target.value)}
          />
          <div className={styles.actions}>
            <button type="submit" disabled={busy || token.trim() === ''}>
              {t('server.sendToken')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('server.cancel')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
