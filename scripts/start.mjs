// `npm start`: serves the production build (as `next start` does, in one process), with two
// differences:
// - with saving allowed (DUIZHAO_ALLOW_SAVE=1) it listens on 127.0.0.1 only, unless the owner
//   names another address (DUIZHAO_HOST or -H), and then only with a save token
//   (DUIZHAO_SAVE_TOKEN): any machine that reaches the port could otherwise rewrite content/;
// - TRACE and TRACK get 405, and so does any method but the standard ones on the API (PROPFIND…):
//   Next would answer them 500 or 400 (lib/security/methods.js says why; instrumentation.ts
//   does the same for plain `next start`);
// - every request carries its word on the peer (x-duizhao-peer: `<key> loopback|remote`, any
//   such header from the client replaced), which the save endpoint needs to take a save without
//   a token: only the socket knows whether the request comes from this machine, and a Host
//   header says what the client likes (lib/save/request-guard.ts, PEER_HEADER, PEER_KEY_ENV).
// README "Security" explains the settings. Usage: node scripts/start.mjs [-p port] [-H host]
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { refuseUnservedMethod } from '../lib/security/methods.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const MIN_TOKEN = 16;
// As lib/save/request-guard.ts names them (this file runs as plain JavaScript, without the TS).
const PEER_HEADER = 'x-duizhao-peer';
const PEER_KEY_ENV = 'DUIZHAO_PEER_KEY';

/** Whether a socket's remote address is this machine (IPv4 127/8, IPv6 ::1, IPv4-mapped). */
function fromThisMachine(address = '') {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d+\.\d+\.\d+$/.test(v4);
}

/** The value of `-x VALUE`, `--long VALUE` or `--long=VALUE`. */
function option(args, short, long) {
  const at = args.findIndex((a) => a === short || a === long);
  if (at >= 0) return args[at + 1];
  return args.find((a) => a.startsWith(`${long}=`))?.slice(long.length + 1);
}

const args = process.argv.slice(2);
const port = Number(option(args, '-p', '--port') ?? process.env.PORT ?? 3000);
const saving = process.env.DUIZHAO_ALLOW_SAVE === '1';
const host =
  option(args, '-H', '--hostname') ??
  process.env.DUIZHAO_HOST ??
  (saving ? '127.0.0.1' : undefined);

if (saving && host !== undefined && !LOOPBACK.has(host)) {
  const token = process.env.DUIZHAO_SAVE_TOKEN ?? '';
  if (token.trim().length < MIN_TOKEN) {
    console.error(
      `start: saving is allowed and the server would listen on ${host}, beyond this machine.\n` +
        `Set DUIZHAO_SAVE_TOKEN to a secret of at least ${MIN_TOKEN} characters ` +
        '(e.g. `openssl rand -base64 24`), and DUIZHAO_ALLOWED_HOSTS to the names clients use.',
    );
    process.exit(1);
  }
}

process.env.NODE_ENV = 'production';
// A new key each start, never one from the environment: the route trusts the header it signs.
const peerKey = randomBytes(24).toString('base64url');
process.env[PEER_KEY_ENV] = peerKey;
const { default: next } = await import('next');
const app = next({ dev: false, dir: process.cwd(), hostname: host ?? 'localhost', port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  if (refuseUnservedMethod(request, response)) return;
  const peer = fromThisMachine(request.socket.remoteAddress) ? 'loopback' : 'remote';
  request.headers[PEER_HEADER] = `${peerKey} ${peer}`;
  void handle(request, response);
});
// Without a host, every interface, as `next start` listens.
server.listen(port, host, () => {
  const shown = host === undefined || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  console.log(`Duizhao on http://${shown}:${port}${saving ? ' (saving allowed)' : ''}`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => server.close(() => process.exit(0)));
