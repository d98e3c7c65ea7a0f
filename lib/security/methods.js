// @ts-check
import { subscribe } from 'node:diagnostics_channel';
import { Server } from 'node:http';
import { securityHeaders } from './headers.js';

/**
 * Methods Next cannot answer with anything but an error, refused with 405 before a request
 * reaches it, by `npm start` (scripts/start.mjs) and, through instrumentation.ts, by plain
 * `next start` and `next dev` as well.
 *
 * - TRACE: the fetch standard forbids it (with TRACK and CONNECT), so Next cannot build the
 *   `Request` its route handlers and proxy take (undici: "'TRACE' HTTP method is unsupported")
 *   and answers 500 before any code of ours runs: a proxy cannot refuse it either.
 * - On the API, any method but the seven a route handler can export (PROPFIND…): Next's route
 *   module answers those 400 (it runs only the methods it knows).
 *
 * CONNECT never gets here (Node emits it as `connect`, which no listener takes, and closes the
 * socket), nor does a token Node's HTTP parser does not know (TRACK, `FOO`: a bare 400 from
 * Node itself); they stay in the list in case a Node version passes them on.
 *
 * Plain JavaScript (checked by TypeScript through its JSDoc) because scripts/start.mjs, which
 * Node runs as it is, imports it.
 */

const UNREPRESENTABLE = new Set(['TRACE', 'TRACK', 'CONNECT']);
const API_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);

/**
 * The `Allow` header to refuse a request with, or undefined when Next can serve it.
 *
 * @example refusedAllow('TRACE', '/api/documents/x') // 'PUT'
 * @example refusedAllow('GET', '/en') // undefined
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @returns {string | undefined}
 */
export function refusedAllow(method = '', url = '') {
  const api = url.startsWith('/api/');
  if (!UNREPRESENTABLE.has(method) && !(api && !API_METHODS.has(method))) return undefined;
  return api ? 'PUT' : 'GET, HEAD';
}

/**
 * Answers 405 for a request Next cannot serve, with the security headers every response has.
 *
 * @example if (refuseUnservedMethod(request, response)) return;
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @returns {boolean} whether the request was answered
 */
export function refuseUnservedMethod(request, response) {
  const allow = refusedAllow(request.method, request.url);
  if (allow === undefined) return false;
  response.writeHead(405, {
    ...Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value])),
    Allow: allow,
    'Content-Type': 'text/plain; charset=utf-8',
  });
  response.end(`${request.method} is not accepted here.\n`);
  return true;
}

/**
 * Puts `refuseUnservedMethod` in front of a server's request listeners.
 *
 * @param {import('node:http').Server} server
 */
function guard(server) {
  const listeners = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (request, response) => {
    if (refuseUnservedMethod(request, response)) return;
    for (const listener of listeners) listener.call(server, request, response);
  });
}

/**
 * Guards every HTTP server of this process from its first request on. `next start` gives no
 * hook before Next handles a request, but Node announces each one on the
 * `http.server.request.start` channel (with its server) just before the server's `request`
 * listeners run, so the listeners can be wrapped in time for that very request.
 *
 * @example guardServersOfThisProcess() // in instrumentation.ts's register()
 */
export function guardServersOfThisProcess() {
  const guarded = new WeakSet();
  subscribe('http.server.request.start', (message) => {
    const server = message && typeof message === 'object' && 'server' in message && message.server;
    if (!(server instanceof Server) || guarded.has(server)) return;
    guarded.add(server);
    guard(server);
  });
}
