import path from 'node:path';
import { convert } from 'pinyin-pro';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateChinese } from '@/lib/chinese/annotate';
import { NO_READING, toMarked, toneOf } from '@/lib/chinese/tones';
import { glossaryOf, type Library, loadLibrary } from '@/lib/content/load';
import type { ParallelDocument } from '@/lib/content/schema';
import { buildReaderView } from '@/lib/reader/build-reader-view';

/** The bundled interview, annotated as the reader page annotates it. */
const root = path.resolve(import.meta.dirname, '../../..');
let library: Library;
let doc: ParallelDocument;

beforeAll(async () => {
  library = await loadLibrary(path.join(root, 'content'), { root });
  const found = library.documents.find((d) => d.slug === 'apus-li-tao-interview');
  if (!found) throw new Error('the interview is missing from content/documents');
  doc = found;
});

describe('the interview, annotated', () => {
  it('shows every reading it produces with the marks pinyin-pro itself would write', () => {
    const readings = new Set(
      [doc.title.zh, ...doc.pairs.map((p) => p.zh)].flatMap(
        (text) => annotateChinese(text).readings,
      ),
    );
    readings.delete(NO_READING);
    expect(readings.size).toBeGreaterThan(300);
    for (const reading of readings) {
      expect(toneOf(reading), reading).toBeDefined();
      // pinyin-pro numbers the neutral tone 0; we write 5, as CC-CEDICT does.
      const theirs = convert(reading.replace(/5$/, '0'), { format: 'numToSymbol' });
      expect(toMarked(reading).normalize('NFC'), reading).toBe(theirs.normalize('NFC'));
    }
  });

  it('gives each Chinese run of the reader one reading per code point', () => {
    const view = buildReaderView(doc, glossaryOf(library, 'apus-li-tao-interview'), {
      annotate: annotateChinese,
    });
    const zhRuns = view.pairs.flatMap((pair) => pair.zh.flatMap((s) => s.runs));
    const withPinyin = zhRuns.filter((run) => run.pinyin !== undefined);
    expect(withPinyin.length).toBeGreaterThan(zhRuns.length / 2);
    for (const run of zhRuns) {
      const count = [...run.text].length;
      if (run.pinyin !== undefined) expect(run.pinyin.split(' '), run.text).toHaveLength(count);
      if (run.traditional !== undefined) expect([...run.traditional], run.text).toHaveLength(count);
    }
    // Glossary terms keep their own runs, with their readings.
    const term = zhRuns.find((run) => run.term !== undefined && run.text === '算力');
    expect(term?.pinyin).toBe('suan4 li4');
  });

  it('reads each paragraph in context, not character by character', () => {
    const view = buildReaderView(doc, glossaryOf(library, 'apus-li-tao-interview'), {
      annotate: annotateChinese,
    });
    const runs = view.pairs.flatMap((pair) => pair.zh.flatMap((s) => s.runs));
    const text = runs.map((r) => r.text).join('');
    const pinyin = runs.flatMap((r) => r.pinyin?.split(' ') ?? [...r.text].map(() => '-'));
    const at = [...text].length - [...text.slice(text.indexOf('行业'))].length;
    expect(pinyin.slice(at, at + 2)).toEqual(['hang2', 'ye4']);
  });
});
