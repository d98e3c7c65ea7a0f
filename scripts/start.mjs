// `npm start`: `next start`, except that with saving allowed (DUIZHAO_ALLOW_SAVE=1) it listens
// on 127.0.0.1 only, unless the owner names another address (DUIZHAO_HOST or -H), and then
// only with a save token (DUIZHAO_SAVE_TOKEN): any machine that can reach the port could
// otherwise rewrite content/. README "Security" explains the settings.
import { spawn } from 'node:child_process';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const MIN_TOKEN = 16;

const args = process.argv.slice(2);
const hostIndex = args.findIndex((a) => a === '-H' || a === '--hostname');
const given =
  hostIndex >= 0
    ? args[hostIndex + 1]
    : args.find((a) => a.startsWith('--hostname='))?.slice('--hostname='.length);
const saving = process.env.DUIZHAO_ALLOW_SAVE === '1';
const host = given ?? process.env.DUIZHAO_HOST ?? (saving ? '127.0.0.1' : undefined);

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

const hostArgs = given === undefined && host !== undefined ? ['-H', host] : [];
const server = spawn(
  process.execPath,
  ['node_modules/next/dist/bin/next', 'start', ...hostArgs, ...args],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
