import * as z from 'zod/mini';
import {
  CONFIRM_HEADER,
  type Losses,
  needsConfirmationSchema,
  refusalSchema,
  savedSchema,
  staleSchema,
} from '../save/protocol';

/**
 * The editor's side of `PUT /api/documents/<slug>` (lib/save/protocol.ts): sends the file with
 * the ETag of the version it was edited from, and the loss confirmation or the save token when
 * the user gave them; reads every answer through a schema into one of a few outcomes the
 * interface can act on. Free of React, so a redesigned editor keeps it as it is.
 */

export type SaveResult =
  /** Saved (or nothing to save); `etag` is the server's version now. */
  | { kind: 'saved'; etag: string; unchanged: boolean }
  /** Someone saved another version since `etag` was loaded; `current` is that file. */
  | { kind: 'stale'; etag: string; current: string }
  /** Pairs would be removed or their Chinese changed: show `losses`, send `confirm` back. */
  | { kind: 'needs-confirmation'; etag: string; losses: Losses; confirm: string }
  /** The server wants its save token (started with DUIZHAO_SAVE_TOKEN). */
  | { kind: 'needs-token'; error: string }
  /** Refused for a reason the user must fix (invalid content, saving disabled…). */
  | { kind: 'refused'; status: number; error: string; details: string[] }
  /** No answer, or one that is not the endpoint's. */
  | { kind: 'failed'; reason: string };

export interface SaveRequest {
  slug: string;
  /** The content file to save. */
  text: string;
  /** The ETag of the version the edits started from. */
  etag: string;
  /** The token of a 409 answer, once the user has confirmed its losses. */
  confirm?: string;
  /** The server's save token, when it asks for one. */
  token?: string;
}

function parsed<T>(schema: z.ZodMiniType<T>, body: unknown): T | undefined {
  const result = z.safeParse(schema, body);
  return result.success ? result.data : undefined;
}

/** The outcome of an answer's status and JSON body. */
export function saveResultOf(status: number, body: unknown): SaveResult {
  if (status === 200) {
    const ok = parsed(savedSchema, body);
    if (ok) return { kind: 'saved', etag: ok.etag, unchanged: ok.unchanged };
  }
  if (status === 412) {
    const stale = parsed(staleSchema, body);
    if (stale) return { kind: 'stale', etag: stale.etag, current: stale.current };
  }
  if (status === 409) {
    const asked = parsed(needsConfirmationSchema, body);
    if (asked)
      return {
        kind: 'needs-confirmation',
        etag: asked.etag,
        losses: asked.losses,
        confirm: asked.confirm,
      };
  }
  const refusal = parsed(refusalSchema, body);
  if (status === 401) return { kind: 'needs-token', error: refusal?.error ?? 'HTTP 401' };
  if (status >= 400 && status < 600 && status !== 412 && status !== 409)
    return {
      kind: 'refused',
      status,
      error: refusal?.error ?? `HTTP ${status}`,
      details: refusal?.details ?? [],
    };
  return { kind: 'failed', reason: `unexpected answer (HTTP ${status})` };
}

/**
 * @example
 * const result = await saveToServer({ slug, text: serializeDocument(doc), etag });
 * if (result.kind === 'needs-confirmation') show(result.losses) // then save again with confirm
 */
export async function saveToServer(
  request: SaveRequest,
  send: typeof fetch = fetch,
): Promise<SaveResult> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/yaml; charset=utf-8',
    'If-Match': request.etag,
  };
  if (request.confirm) headers[CONFIRM_HEADER] = request.confirm;
  if (request.token) headers.Authorization = `Bearer ${request.token}`;
  let response: Response;
  try {
    response = await send(`/api/documents/${encodeURIComponent(request.slug)}`, {
      method: 'PUT',
      headers,
      body: request.text,
    });
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
  const body: unknown = await response.json().catch(() => undefined);
  return saveResultOf(response.status, body);
}
