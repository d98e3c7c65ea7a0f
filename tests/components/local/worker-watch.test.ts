import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentOpener } from '@/components/local/document-opener';
import { markOpen } from '@/components/local/open-marks';
import { holdWhileAlive, pong } from '@/components/local/worker-watch';
import { serializeDocument } from '@/lib/content/serialize';
import { saveLocalDocument } from '@/lib/local-library/store';
import { numberedPairs, ownText } from '../../lib/local-library/own-text';

/** Web Locks that grant every request at once and keep what is held, by name. */
function grantingLocks() {
  const held = new Map<string, Promise<unknown>>();
  return {
    held,
    request(name: string, grant: () => Promise<unknown>) {
      held.set(name, grant());
      return Promise.resolve();
    },
  };
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => vi.unstubAllGlobals());

describe('holdWhileAlive', () => {
  it('holds the lock for good and then tells the page, which may ask for it', () => {
    const locks = grantingLocks();
    vi.stubGlobal('navigator', { locks });
    const posted: unknown[] = [];
    holdWhileAlive('duizhao-checks-x', (message) => posted.push(message));
    expect(posted).toEqual([{ type: 'held' }]);
    expect(locks.held.has('duizhao-checks-x')).toBe(true);
  });

  it('does nothing where the browser has no Web Locks', () => {
    vi.stubGlobal('navigator', {});
    const posted: unknown[] = [];
    holdWhileAlive('duizhao-checks-x', (message) => posted.push(message));
    expect(posted).toEqual([]);
  });
});

describe('pong', () => {
  it('answers with the last step the worker marked', () => {
    markOpen('checks parsed');
    expect(pong()).toEqual({ type: 'pong', last: 'checks parsed' });
  });
});

describe('the opener asked for the checks with a lock', () => {
  it('holds the lock from the start, before the checks', async () => {
    const locks = grantingLocks();
    vi.stubGlobal('navigator', { locks });
    const doc = ownText(
      numberedPairs(3, (n) => ({ kind: 'paragraph', zh: `第${n}段。`, en: `Part ${n}.` })),
    );
    await saveLocalDocument({
      id: 'book',
      title: doc.title,
      savedAt: '2026-12-06T10:00:00.000Z',
      yaml: serializeDocument(doc),
    });
    const posted: { type: string }[] = [];
    await documentOpener((message) => posted.push(message as { type: string }))({
      id: 'book',
      view: 'checks',
      lock: 'duizhao-checks-book-0',
    });
    expect(posted.map((m) => m.type)).toEqual(['held', 'checks', 'checked', 'checks-end']);
    expect(locks.held.has('duizhao-checks-book-0')).toBe(true);
  });
});
