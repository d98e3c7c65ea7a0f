// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AlignMessage, AlignRequest } from '@/components/import/align.worker';
import { textPieces } from '@/components/import/text-pieces';
import { parseDocumentFile } from '@/lib/content/parse';
import { getLocalDocument } from '@/lib/local-library/store';
import { PAIRS } from '../../lib/bitext/fixtures';

/** The worker's global scope: what it posts is kept, a request is given to its onmessage. */
const posted: AlignMessage[] = [];
const scope: {
  postMessage: (m: AlignMessage) => void;
  onmessage?: (e: { data: AlignRequest }) => Promise<void> | void;
} = { postMessage: (m) => posted.push(m) };

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  vi.stubGlobal('indexedDB', new IDBFactory());
  vi.stubGlobal(
    'fetch',
    async () =>
      new Response(
        JSON.stringify({ format: 'duizhao-lexicon/2', entries: ['神\tgod', '天\tsky'] }),
      ),
  );
  await import('@/components/import/align.worker');
});
afterEach(() => {
  posted.length = 0;
});
// The files of a Vitest worker share its globals (isolate: false): a `self` left stubbed here made
// a later file's first import of jszip (through mammoth) take it for a browser and throw.
afterAll(() => vi.unstubAllGlobals());

const send = async (data: AlignRequest) => scope.onmessage?.({ data });
const zh = PAIRS.map(([z]) => z).join('\n\n');
const en = PAIRS.map(([, e]) => e).join('\n\n');
const details = {
  slug: 'x',
  title: { zh: '标题', en: 'Title' },
  source: { name: { zh: '来源', en: 'Source' }, url: 'https://example.org/' },
  date: '2024',
  byline: [],
  speakers: {},
  furniture: [],
};

describe('the align worker (as the page drives it)', () => {
  it('aligns texts sent in pieces, then saves the result to the library itself', async () => {
    for (const [side, text] of [
      ['zh', zh],
      ['en', en],
    ] as const)
      for (const piece of textPieces(text, 7)) await send({ mode: 'piece', side, text: piece });
    await send({ mode: 'texts', lexiconUrl: '/lexicon.json', check: ['zh', 'en'] });
    const done = posted.find((m) => m.type === 'done');
    expect(done).toMatchObject({ type: 'done', pairCount: PAIRS.length });
    await send({
      mode: 'save',
      id: 'r1',
      doc: details,
      record: { id: 'local-1', title: details.title, savedAt: '2026-12-06T01:00:00.000Z' },
    });
    expect(posted.at(-1)).toEqual({ type: 'saved', id: 'r1', ok: true });
    const stored = await getLocalDocument('local-1');
    if (stored.kind !== 'found') throw new Error(stored.kind);
    const doc = parseDocumentFile(stored.record.yaml, 'local-1.yaml');
    expect(doc.pairs.map((p) => [p.zh, p.en])).toEqual(PAIRS.map(([z, e]) => [z, e]));
  });

  it('checks the sides asked for before aligning, and aligns nothing when one fails', async () => {
    await send({ mode: 'piece', side: 'zh', text: en });
    await send({ mode: 'piece', side: 'en', text: en });
    await send({ mode: 'texts', lexiconUrl: '/lexicon.json', check: ['zh'] });
    expect(posted).toEqual([
      { type: 'problems', problems: [{ side: 'zh', problem: 'not-chinese' }] },
    ]);
  });
});
