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

/** At most EXCERPT characters of `text` from `start` (in characters), with ellipses where cut. */
const excerpt = (text: string, start = 0) => {
  const chars = [...text];
  const from = Math.max(0, Math.min(start, chars.length - EXCERPT));
  const shown = chars.slice(from, from + EXCERPT).join('');
  return `${from > 0 ? '…' : ''}${shown}${from + EXCERPT < chars.length ? '…' : ''}`;
};

/** Where two texts start to differ (in characters), less a little context before it. */
function changeStart(before: string, after: string): number {
  const a = [...before];
  const b = [...after];
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  return Math.max(0, same - 8);
}

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
                    <code>{pair.id}</code>{' '}
                    <del lang={contentLang.zh}>
                      {excerpt(pair.before, changeStart(pair.before, pair.after))}
                    </del>{' '}
                    →{' '}
                    <ins lang={contentLang.zh}>
                      {excerpt(pair.after, changeStart(pair.before, pair.after))}
                    </ins>
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
