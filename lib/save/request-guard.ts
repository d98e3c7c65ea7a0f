import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Who may write: the checks a save request passes before its body is read.
 * - Host: a loopback name (localhost, 127.0.0.1, [::1]) or a host the owner listed in
 *   `DUIZHAO_ALLOWED_HOSTS`. A page on another site that rebinds its DNS name to this machine
 *   (DNS rebinding) still sends its own name as Host, and is refused.
 * - Origin (sent by browsers with every PUT): the same scheme-less host as Host; `Sec-Fetch-Site`,
 *   where sent, same-origin. A page on another origin cannot save (CSRF), even on localhost.
 * - A token (`DUIZHAO_SAVE_TOKEN`, sent as `Authorization: Bearer …`): required when set, and
 *   always for a host that is not loopback, since any machine on the network can send a
 *   request with any Host header.
 */

export interface GuardSettings {
  /** Host names (no port) accepted besides the loopback names. */
  allowedHosts: readonly string[];
  token?: string;
}

export type GuardResult =
  | { ok: true }
  | { ok: false; status: 400 | 401 | 403; message: string; authenticate?: boolean };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * @example guardSettingsFromEnv({ DUIZHAO_ALLOWED_HOSTS: 'desk.local', DUIZHAO_SAVE_TOKEN: 's3cret…' })
 */
export function guardSettingsFromEnv(env: Record<string, string | undefined>): GuardSettings {
  const allowedHosts = (env.DUIZHAO_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
  const token = env.DUIZHAO_SAVE_TOKEN?.trim();
  return { allowedHosts, ...(token ? { token } : {}) };
}

function hostOf(value: string): { host: string; hostname: string } | undefined {
  if (!URL.canParse(`http://${value}`)) return undefined;
  const url = new URL(`http://${value}`);
  // A Host header is host[:port] only: anything that parses into more is not one.
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash)
    return undefined;
  return { host: url.host, hostname: url.hostname };
}

function sameSecret(given: string, expected: string): boolean {
  // Hashing first gives equal lengths, so the comparison time says nothing about the token.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * @example guardWrite(request.headers, guardSettingsFromEnv(process.env)) // { ok: true } or a refusal
 */
export function guardWrite(headers: Headers, settings: GuardSettings): GuardResult {
  const host = hostOf(headers.get('host') ?? '');
  if (!host) return { ok: false, status: 400, message: 'The request has no valid Host header.' };
  const loopback = LOOPBACK.has(host.hostname);
  if (!loopback && !settings.allowedHosts.includes(host.hostname))
    return {
      ok: false,
      status: 403,
      message: `Writes are accepted only for this server's own addresses; "${host.hostname}" is not one (see DUIZHAO_ALLOWED_HOSTS).`,
    };
  const origin = headers.get('origin');
  if (origin !== null) {
    const parsed = URL.canParse(origin) ? new URL(origin) : undefined;
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.host !== host.host)
      return { ok: false, status: 403, message: 'Writes from another origin are refused.' };
  }
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none')
    return { ok: false, status: 403, message: 'Writes from another site are refused.' };
  if (!settings.token) {
    if (loopback) return { ok: true };
    return {
      ok: false,
      status: 403,
      message:
        'Saving from another machine needs a token: start the server with DUIZHAO_SAVE_TOKEN.',
    };
  }
  const given = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '')?.[1];
  if (given === undefined || !sameSecret(given, settings.token))
    return {
      ok: false,
      status: 401,
      message: 'This server needs its save token.',
      authenticate: true,
    };
  return { ok: true };
}
