// Starts the server as `npm start` does (scripts/start.mjs: 127.0.0.1 only) with saving allowed
// (DUIZHAO_ALLOW_SAVE=1), writing to a fresh copy of content/ in .e2e/save-content/, so that
// save tests never touch the repository.
import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';

export const SAVE_CONTENT = path.resolve('.e2e/save-content');

const port = process.argv[2] ?? '3300';
rmSync(SAVE_CONTENT, { recursive: true, force: true });
cpSync('content', SAVE_CONTENT, { recursive: true });
const server = spawn(process.execPath, ['scripts/start.mjs', '-p', port], {
  stdio: 'inherit',
  env: { ...process.env, DUIZHAO_ALLOW_SAVE: '1', DUIZHAO_CONTENT_DIR: SAVE_CONTENT },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
