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
 * - Without a token, the peer itself must be this machine, and only the server's socket knows
 *   that: scripts/start.mjs (`npm start`) puts its word on every request ({@link PEER_HEADER},
 *   signed with a key it makes at start in {@link PEER_KEY_ENV}, replacing whatever a client
 *   sent). Under `next start`, which listens on every interface and says nothing of the peer,
 *   a save without a token is refused: a machine on the network sent `Host: 127.0.0.1`.
 */

/** The header scripts/start.mjs sets on every request: `<key> loopback` or `<key> remote`. */
export const PEER_HEADER = 'x-duizhao-peer';
/** Where scripts/start.mjs keeps the key of its header (made anew at every start). */
export const PEER_KEY_ENV = 'DUIZHAO_PEER_KEY';

export interface GuardSettings {
  /** Host names (no port) accepted besides the loopback names. */
  allowedHosts: readonly string[];
  token?: string;
  /** The key scripts/start.mjs signs its word on the peer with; none under `next start`. */
  peerKey?: string;
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
  const peerKey = env[PEER_KEY_ENV]?.trim();
  return { allowedHosts, ...(token ? { token } : {}), ...(peerKey ? { peerKey } : {}) };
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

/** Where the request comes from, as scripts/start.mjs vouches; undefined without its word. */
function peerOf(headers: Headers, key: string | undefined): 'loopback' | 'remote' | undefined {
  const [given, where] = (headers.get(PEER_HEADER) ?? '').split(' ');
  if (!key || !given || !sameSecret(given, key)) return undefined;
  return where === 'loopback' ? 'loopback' : 'remote';
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
    const peer = peerOf(headers, settings.peerKey);
    if (loopback && peer === 'loopback') return { ok: true };
    return {
      ok: false,
      status: 403,
      message:
        loopback && peer === undefined
          ? 'Saving without a token needs the server started by npm start, which checks that a request comes from this machine (or set DUIZHAO_SAVE_TOKEN).'
          : 'Saving from another machine needs a token: start the server with DUIZHAO_SAVE_TOKEN.',
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
