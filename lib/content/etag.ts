import { createHash } from 'node:crypto';

/**
 * The entity tag of a content file: a strong ETag (RFC 9110 §8.8.3) from the SHA-256 of its
 * bytes, so that the edit page (built from the file) and the save endpoint (reading it now)
 * agree exactly when the file is the same.
 *
 * @example contentEtag('slug: x\n') // '"sha256-…"' (43 base64url characters)
 */
export function contentEtag(bytes: string | Uint8Array): string {
  return `"sha256-${createHash('sha256').update(bytes).digest('base64url')}"`;
}

/**
 * Whether an `If-Match` header value matches `etag`: `*` matches any current file; otherwise
 * one of the comma-separated tags must equal it (strong comparison; weak tags never match).
 *
 * @example ifMatches('"a", "b"', '"b"') // true
 */
export function ifMatches(header: string, etag: string): boolean {
  const value = header.trim();
  if (value === '*') return true;
  return value
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === etag);
}
