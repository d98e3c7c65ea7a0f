import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BlockMessage } from '@/components/local/block-source';
import { documentOpener } from '@/components/local/document-opener';
import { WINDOW_ABOVE } from '@/components/local/open-local-document';
import { type OpenPiece, openAssembler } from '@/components/local/open-result-pieces';
import type { CheckedSlice } from '@/components/local/whole-checks';
import { serializeDocument } from '@/lib/content/serialize';
import { saveLocalDocument } from '@/lib/local-library/store';
import type { ReaderPair } from '@/lib/reader/build-reader-view';
import { importTermbaseEntries, setTermbaseApplication } from '@/lib/termbase/store';
import { parseTbx } from '@/lib/termbase/tbx';
import { numberedPairs, ownText } from '../../lib/local-library/own-text';

// A book-length own text (windowed: more than WINDOW_ABOVE pairs) using a termbase's term,
// 场景, rendered "scenario" in every pair but the last, which says "use case".
const PAIRS = WINDOW_ABOVE + 50;
const book = ownText(
  numberedPairs(PAIRS, (n) => ({
    kind: 'paragraph',
    zh: `第${n}个场景很重要。`,
    en: `Scenario ${n} matters${n === PAIRS ? ', as a use case' : ''}.`,
  })),
);

beforeEach(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  await saveLocalDocument({
    id: 'book',
    title: book.title,
    savedAt: '2026-12-06T10:00:00.000Z',
    yaml: serializeDocument(book),
  });
  const tbx = readFileSync('tests/fixtures/termbase/ai-terms.tbx', 'utf8');
  await importTermbaseEntries(parseTbx(tbx, 'ai-terms.tbx').entries);
  await setTermbaseApplication({ id: 'application', all: false, documents: ['book'] });
});
afterEach(() => vi.unstubAllGlobals());

/** An opener and everything it posted. */
function opener() {
  const posted: unknown[] = [];
  return { open: documentOpener((message) => posted.push(message)), posted };
}

const termRuns = (pair: ReaderPair | undefined) =>
  (pair?.zh ?? []).flatMap((s) => s.runs).filter((run) => run.term !== undefined);

describe('the opener of a windowed own text with a termbase applied', () => {
  it("builds the blocks with the termbase's terms and tells the page the glossary", async () => {
    const { open, posted } = opener();
    await open({ id: 'book', view: 'reader' });
    const join = openAssembler();
    const whole = posted
      .filter((m): m is OpenPiece => (m as OpenPiece).type !== 'first')
      .map((piece) => join.add(piece))
      .at(-1);
    expect(whole?.type === 'ready' && whole.windowed && whole.glossary?.map((e) => e.term)).toEqual(
      ['场景'],
    );
    await open({ block: WINDOW_BLOCK_START });
    const block = posted.at(-1) as BlockMessage<ReaderPair>;
    expect(block.block.start).toBe(WINDOW_BLOCK_START);
    expect(termRuns(block.block.pairs[0]).map((run) => run.text)).toEqual(['场景']);
  });

  it("checks the whole with the termbase's terms", async () => {
    const { open, posted } = opener();
    await open({ id: 'book', view: 'checks' });
    const flags = posted
      .flatMap((m) =>
        (m as { type: string }).type === 'checked' ? (m as { flags: CheckedSlice }).flags : [],
      )
      .flatMap(([, f]) => f);
    expect(flags.map((f) => f.message).join('\n')).toMatch(/场景 is rendered “use case” here/);
  });
});

const WINDOW_BLOCK_START = 500;
