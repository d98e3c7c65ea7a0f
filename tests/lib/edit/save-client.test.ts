import { describe, expect, it } from 'vitest';
import { saveResultOf, saveToServer } from '@/lib/edit/save-client';
import { CONFIRM_HEADER } from '@/lib/save/protocol';

const losses = { removedPairs: [{ id: 'p2', zh: '二。' }], changedChinese: [] };

describe('saveToServer', () => {
  it('sends the file with If-Match, the confirmation and the token', async () => {
    const sent: Request[] = [];
    const fake: typeof fetch = async (input, init) => {
      sent.push(new Request(new URL(String(input), 'http://127.0.0.1'), init));
      return Response.json({ saved: 'x', etag: '"new"', unchanged: false });
    };
    const result = await saveToServer(
      { slug: 'x', text: 'slug: x\n', etag: '"old"', confirm: 'tok', token: 'secret' },
      fake,
    );
    expect(result).toEqual({ kind: 'saved', etag: '"new"', unchanged: false });
    const [request] = sent;
    expect(request?.method).toBe('PUT');
    expect(request?.url).toBe('http://127.0.0.1/api/documents/x');
    expect(request?.headers.get('if-match')).toBe('"old"');
    expect(request?.headers.get(CONFIRM_HEADER)).toBe('tok');
    expect(request?.headers.get('authorization')).toBe('Bearer secret');
    expect(await request?.text()).toBe('slug: x\n');
  });

  it('says "failed" when the server cannot be reached', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await saveToServer({ slug: 'x', text: '', etag: '"a"' }, offline)).toEqual({
      kind: 'failed',
      reason: 'Failed to fetch',
    });
  });
});

describe('saveResultOf', () => {
  it('reads each answer of the endpoint into an outcome', () => {
    expect(saveResultOf(409, { error: 'e', etag: '"a"', losses, confirm: 't' })).toEqual({
      kind: 'needs-confirmation',
      etag: '"a"',
      losses,
      confirm: 't',
    });
    expect(saveResultOf(412, { error: 'e', etag: '"b"', current: 'slug: x' })).toEqual({
      kind: 'stale',
      etag: '"b"',
      current: 'slug: x',
    });
    expect(saveResultOf(401, { error: 'token' })).toEqual({ kind: 'needs-token', error: 'token' });
    expect(saveResultOf(422, { error: 'bad', details: ['x.yaml:1: y'] })).toEqual({
      kind: 'refused',
      status: 422,
      error: 'bad',
      details: ['x.yaml:1: y'],
    });
  });

  it('does not trust an answer that is not the endpoint’s', () => {
    expect(saveResultOf(200, { ok: true })).toEqual({
      kind: 'failed',
      reason: 'unexpected answer (HTTP 200)',
    });
    expect(saveResultOf(409, 'html')).toEqual({
      kind: 'failed',
      reason: 'unexpected answer (HTTP 409)',
    });
    expect(saveResultOf(502, undefined)).toMatchObject({ kind: 'refused', error: 'HTTP 502' });
  });
});
