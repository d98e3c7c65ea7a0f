import { useCallback, useRef, useState } from 'react';
import { type SaveResult, saveToServer } from '@/lib/edit/save-client';
import type { Losses } from '@/lib/save/protocol';

/** What the save dialog asks the user, if anything. */
export type SavePrompt =
  | { kind: 'confirm'; etag: string; losses: Losses; confirm: string }
  | { kind: 'stale'; etag: string; current: string }
  | { kind: 'token'; error: string };

/** What the editor says after a save: done, nothing to save, refused, or no answer. */
export type SaveReport =
  | { kind: 'saved' }
  | { kind: 'unchanged' }
  | { kind: 'refused'; error: string; details: string[] }
  | { kind: 'failed'; reason: string };

/** Where the save token lives: this tab's session only, never in the page or its address. */
const TOKEN_KEY = 'duizhao:save-token';

function storedToken(): string | undefined {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saving to the server from the editor: keeps the ETag of the version being edited, sends it
 * with every save, and turns a 409, 412 or 401 into a question for the user (`prompt`,
 * answered by `confirm`, `overwrite`, `loadServer`, `giveToken` or `cancel`).
 * `onServerVersion` receives the server's newer file when the user chooses to load it.
 */
export function useServerSave(options: {
  slug: string;
  etag: string;
  onServerVersion: (text: string) => void;
  onReport: (report: SaveReport) => void;
}) {
  const { slug, onServerVersion, onReport } = options;
  const [etag, setEtag] = useState(options.etag);
  const [prompt, setPrompt] = useState<SavePrompt | null>(null);
  const [busy, setBusy] = useState(false);
  /** The text of the save in progress, resent as it was once the user has answered. */
  const text = useRef('');
  const token = useRef<string | undefined>(undefined);

  const send = useCallback(
    async (base: string, confirm?: string) => {
      setBusy(true);
      const result: SaveResult = await saveToServer({
        slug,
        text: text.current,
        etag: base,
        confirm,
        token: token.current ?? storedToken(),
      });
      setBusy(false);
      setPrompt(null);
      switch (result.kind) {
        case 'saved':
          setEtag(result.etag);
          return onReport({ kind: result.unchanged ? 'unchanged' : 'saved' });
        case 'needs-confirmation':
          return setPrompt({
            kind: 'confirm',
            etag: result.etag,
            losses: result.losses,
            confirm: result.confirm,
          });
        case 'stale':
          return setPrompt({ kind: 'stale', etag: result.etag, current: result.current });
        case 'needs-token':
          return setPrompt({ kind: 'token', error: result.error });
        case 'refused':
          return onReport({ kind: 'refused', error: result.error, details: result.details });
        case 'failed':
          return onReport({ kind: 'failed', reason: result.reason });
      }
    },
    [slug, onReport],
  );

  return {
    prompt,
    busy,
    save: (file: string) => {
      text.current = file;
      return send(etag);
    },
    /** Save anyway, losing what the prompt listed. */
    confirm: () => (prompt?.kind === 'confirm' ? send(prompt.etag, prompt.confirm) : undefined),
    /** Replace the newer version on the server with this one. */
    overwrite: () => (prompt?.kind === 'stale' ? send(prompt.etag) : undefined),
    /** Take the server's newer version into the editor (an undoable step). */
    loadServer: () => {
      if (prompt?.kind !== 'stale') return;
      setEtag(prompt.etag);
      setPrompt(null);
      onServerVersion(prompt.current);
    },
    giveToken: (given: string) => {
      token.current = given;
      try {
        sessionStorage.setItem(TOKEN_KEY, given);
      } catch {
        // No session storage: the token is kept for this page only.
      }
      return send(etag);
    },
    cancel: () => setPrompt(null),
  };
}
