import { connect } from 'node:net';
import { expect } from '@playwright/test';
import { SLUG } from './fixtures';

/** What every response of the server build carries (lib/security/headers.js). */
const EXPECTED = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/** Asserts the security headers of one response (`url` names it in a failure). */
export function expectSecurityHeaders(headers: Record<string, string>, url: string) {
  for (const [name, value] of Object.entries(EXPECTED)) expect(headers[name], url).toBe(value);
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, url).toContain("frame-ancestors 'none'");
  expect(csp, url).toContain("object-src 'none'");
  expect(csp, url).toMatch(/script-src 'self'/);
  expect(csp, url).not.toContain('unsafe-eval');
}

/**
 * Sends a PUT's head declaring `declared` bytes and only the first MB of them, and resolves with
 * the server's status line: a server that reads the body before refusing it never answers.
 * `headers`: more header lines, each ending in CRLF.
 */
export function putHead(port: number, declared: number, headers = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', reject);
    // A server reading the whole body never answers: fail with that, not the test's timeout.
    socket.setTimeout(15_000, () => {
      reject(new Error(`no answer 15 s after sending 1 MB of the ${declared} bytes declared`));
      socket.destroy();
    });
    socket.once('data', (data) => {
      resolve(data.toString('latin1').split('\r\n')[0] ?? '');
      socket.destroy();
    });
    socket.write(
      `PUT /api/documents/${SLUG} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nIf-Match: *\r\n` +
        `${headers}Content-Length: ${declared}\r\n\r\n`,
    );
    socket.write(Buffer.alloc(2 ** 20, 0x61));
  });
}
