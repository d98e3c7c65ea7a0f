/**
 * Saving an edited document to the server (PUT /api/documents/<slug>), as the editor needs it:
 * an outcome to act on rather than a status code.
 *
 * SEAM: the robustness engineer is changing the endpoint (issue 14 item 2): it will require
 * `If-Match` with the ETag of the version edited (412 with the current version when it is
 * stale) and an explicit confirmation header when a save removes pairs or changes the Chinese
 * (409 with the losses), and is adding a save client (lib/edit/save-client.ts or similar) and a
 * small dialog. When that lands, this module becomes a thin adapter over their client (or goes,
 * with the editor calling theirs): `SaveOutcome` is what the editor's dialogs act on. Until
 * then it speaks the current endpoint (200, 403, 404, 413, 422) and already sends `If-Match`
 * and reads 409/412 bodies in the shape their branch answers with.
 */

/** Header that carries the confirmation of losses (the value the 409 answer gave). */
export const CONFIRM_HEADER = 'X-Duizhao-Confirm';

export type SaveOutcome =
  | { kind: 'saved'; etag?: string; unchanged: boolean }
  | { kind: 'needs-confirmation'; losses: string[]; token?: string }
  | { kind: 'stale'; etag?: string; current?: string }
  | { kind: 'refused'; message: string }
  | { kind: 'failed'; message: string };

export interface SaveOptions {
  /** The ETag of the version the edits started from; `*` to replace whatever is there. */
  ifMatch?: string;
  /** The confirmation a 409 answer asked for. */
  confirm?: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A 409's losses, as lines a person can read (strings, or objects with a `message`). */
function lossesOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item === 'string') return [item];
    if (item && typeof item === 'object' && 'message' in item && typeof item.message === 'string')
      return [item.message];
    return [JSON.stringify(item)];
  });
}

/**
 * @example await saveToServer('guxiang', yaml, { ifMatch: '"sha256-…"' }) // { kind: 'saved', … }
 */
export async function saveToServer(
  slug: string,
  body: string,
  options: SaveOptions = {},
): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(`/api/documents/${encodeURIComponent(slug)}`, {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/yaml; charset=utf-8',
        ...(options.ifMatch && { 'If-Match': options.ifMatch }),
        ...(options.confirm && { [CONFIRM_HEADER]: options.confirm }),
      },
      body,
    });
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  const json: unknown = await response.json().catch(() => ({}));
  const field = (name: string): unknown =>
    json && typeof json === 'object' && name in json ? Reflect.get(json, name) : undefined;
  const etag = response.headers.get('ETag') ?? text(field('etag'));
  if (response.ok) return { kind: 'saved', etag, unchanged: field('unchanged') === true };
  if (response.status === 409)
    return {
      kind: 'needs-confirmation',
      losses: lossesOf(field('losses')),
      token: text(field('confirm')),
    };
  if (response.status === 412) return { kind: 'stale', etag, current: text(field('current')) };
  const details = field('details');
  const message = [
    text(field('error')) ?? `HTTP ${response.status}`,
    ...(Array.isArray(details) ? details.filter((d) => typeof d === 'string') : []),
  ].join('\n');
  return { kind: 'refused', message };
}
