import { createServer, request, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { guardServersOfThisProcess, refusedAllow } from '@/lib/security/methods.js';

/** Sends `method url` to `server` and resolves with its status and Allow header. */
function send(server: Server, method: string, url: string) {
  const address = server.address();
  if (typeof address !== 'object' || address === null)
    throw new Error('the server is not listening');
  const { port } = address;
  return new Promise<{ status?: number; allow?: string }>((resolve, reject) => {
    const sent = request({ port, host: '127.0.0.1', method, path: url }, (response) => {
      response.resume();
      resolve({ status: response.statusCode, allow: response.headers.allow });
    });
    sent.on('error', reject);
    sent.end();
  });
}

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

describe('refusedAllow', () => {
  it('refuses TRACE anywhere and unknown methods on the API only', () => {
    expect(refusedAllow('TRACE', '/api/documents/x')).toBe('PUT');
    expect(refusedAllow('TRACE', '/en')).toBe('GET, HEAD');
    expect(refusedAllow('PROPFIND', '/api/documents/x')).toBe('PUT');
    expect(refusedAllow('PROPFIND', '/en')).toBeUndefined();
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])
      expect(refusedAllow(method, '/api/documents/x'), method).toBeUndefined();
  });
});

describe('guardServersOfThisProcess', () => {
  it('answers 405 before a server made elsewhere (as next start makes its own) sees the request', async () => {
    // A stand-in for Next: a server whose listener fails on what it cannot serve.
    const seen: string[] = [];
    server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.writeHead(req.method === 'TRACE' ? 500 : 200).end();
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    guardServersOfThisProcess();

    expect(await send(server, 'TRACE', '/api/documents/x')).toEqual({ status: 405, allow: 'PUT' });
    expect(await send(server, 'PROPFIND', '/api/documents/x')).toEqual({
      status: 405,
      allow: 'PUT',
    });
    expect(await send(server, 'TRACE', '/en')).toEqual({ status: 405, allow: 'GET, HEAD' });
    expect(await send(server, 'GET', '/api/documents/x')).toEqual({ status: 200 });
    expect(seen).toEqual(['GET /api/documents/x']);
  });
});
