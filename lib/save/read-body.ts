/**
 * Reads a request body without ever holding more than a limit: the declared Content-Length
 * is checked first, then the bytes are counted as they stream in, and reading stops (the
 * stream is cancelled) as soon as the count passes the limit. A client that lies about its
 * length, or sends none (chunked), costs at most `limit` bytes of memory.
 */

export type BodyResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' };

/**
 * @example await readBoundedBody(request, 2_000_000) // { ok: true, bytes } or { ok: false, reason: 'too-large' }
 */
export async function readBoundedBody(request: Request, limit: number): Promise<BodyResult> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit)
    return { ok: false, reason: 'too-large' };
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: 'too-large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}
