import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import { SLUG, test } from './fixtures';
import { PLAIN_NEXT_PORT } from './ports';
import { expectSecurityHeaders, putHead } from './security-checks';

/**
 * The owner who runs plain `next start` instead of `npm start` (scripts/start.mjs), with saving
 * allowed: methods Next cannot serve get 405 there too (instrumentation.ts), and a body over the
 * limit is still refused before it is read. The server runs for this file only, on
 * E2E_PORT + 250, with saving allowed (and so a token: plain `next start` listens on every
 * interface) into a scratch copy of content/.
 */

const PORT = PLAIN_NEXT_PORT; // e2e/ports.ts
const BASE = `http://127.0.0.1:${PORT}`;
const TOKEN = 'e2e-plain-next-start-token';

// One server for the file: both tests in one worker.
test.describe.configure({ mode: 'serial' });

let server: ChildProcess | undefined;
/** The scratch folder holding the server's copy of content/. */
let scratch: string | undefined;

/** Starts `next start` and resolves once it says it is ready. */
function startNext(env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    child.on('error', reject);
    child.on('exit', (code) =>
      reject(new Error(`next start exited (${code}) before it was ready`)),
    );
    child.stdout?.on('data', (data: Buffer) => {
      if (data.toString().includes('Ready')) resolve(child);
    });
  });
}

test.beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'duizhao-plain-next-'));
  const contentDir = path.join(scratch, 'content');
  cpSync('content', contentDir, { recursive: true });
  server = await startNext({
    DUIZHAO_ALLOW_SAVE: '1',
    DUIZHAO_SAVE_TOKEN: TOKEN,
    DUIZHAO_CONTENT_DIR: contentDir,
  });
});

test.afterAll(() => {
  server?.kill();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('plain next start answers every method but PUT on the API with 405 and Allow', async ({
  request,
}) => {
  // TRACE gave 500 (Next cannot build a Request for it), PROPFIND 400 (Next's route module).
  const methods = ['GET', 'HEAD', 'POST', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'];
  for (const method of methods) {
    const response = await request.fetch(`${BASE}/api/documents/${SLUG}`, { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers().allow, method).toBe('PUT');
    expectSecurityHeaders(response.headers(), method);
  }
  // Outside the API too, TRACE is refused rather than failing inside Next.
  const page = await request.fetch(`${BASE}/en`, { method: 'TRACE' });
  expect(page.status()).toBe(405);
  expect(page.headers().allow).toBe('GET, HEAD');
});

test('plain next start refuses a body over the limit before reading it', async () => {
  const authorization = `Authorization: Bearer ${TOKEN}\r\n`;
  expect(await putHead(PORT, 50 * 2 ** 20, authorization)).toBe('HTTP/1.1 413 Payload Too Large');
});
