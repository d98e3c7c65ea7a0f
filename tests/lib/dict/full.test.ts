import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/lib/content/schema';
import { cedictForTexts } from '@/lib/dict/full';
import { CedictLinesError, readCedictLines } from '@/lib/dict/lines';
import { documentDictionary } from '@/lib/dict/subset';
import type { CedictEntry } from '@/lib/dict/types';

/** A small CC-CEDICT in the whole dictionary's format (as app/data/cedict.txt serves it). */
const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/dict/cedict-small.txt');
const full = readFileSync(FIXTURE, 'utf8');
/** The fixture with one headword's line replaced. */
const fullWith = (word: string, line: string) =>
  full.replace(new RegExp(`^${word}\\t.*$`, 'm'), line);

/** The whole dictionary, read line by line (the build's map, as lib/dict/cedict.ts makes it). */
function wholeOf(text: string): Map<string, CedictEntry[]> {
  const lines = readCedictLines(text, FIXTURE);
  const whole = new Map<string, CedictEntry[]>();
  for (let i = 0; i < lines.size; i++) whole.set(lines.headword(i), lines.entriesAt(i));
  return whole;
}
const whole = wholeOf(full);

const glossary: GlossaryEntry[] = [
  { term: '大模型', pinyin: 'dàmóxíng', en: ['large model'], definition: 'D', note: 'N' },
  { term: '算力', pinyin: 'suànlì', en: ['computing power'], definition: 'D', note: 'N' },
];
const doc = (texts: readonly string[]) => ({
  pairs: texts.map((zh, i) => ({
    id: `p${i + 1}`,
    kind: 'paragraph' as const,
    notes: [],
    zh,
    en: 'x',
  })),
});
const traditional = (text: string) => `${text}(T)`;
const level = (word: string) => (word === '银行' ? 3 : undefined);

describe('cedictForTexts', () => {
  it('takes every word a lookup can find in the texts, and nothing else', () => {
    const part = cedictForTexts(full, ['银行业'], FIXTURE);
    expect([...part.keys()].sort()).toEqual(['业', '行', '行业', '银', '银行']);
    expect(part.get('行')).toEqual(whole.get('行'));
    expect(part.get('银行')?.[0]?.classifiers).toEqual(['家[jia1]', '個|个[ge4]']);
  });

  it('keeps a character outside the BMP as one position (𠮷野家)', () => {
    expect([...cedictForTexts(full, ['去𠮷野家'], FIXTURE).keys()].sort()).toEqual(
      ['𠮷', '𠮷野家'].sort(),
    );
  });

  it('takes nothing from a text without Chinese, or from no text', () => {
    expect(cedictForTexts(full, ['OpenAI, 2023.'], FIXTURE).size).toBe(0);
    expect(cedictForTexts(full, [], FIXTURE).size).toBe(0);
  });

  it('gives the extract the build gives from the whole dictionary, for any text', () => {
    const chars = [...'银行业第一次是大模型算力𠮷野家，。A1 '];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 20 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (texts) => {
        const part = cedictForTexts(full, texts, FIXTURE);
        expect(documentDictionary(doc(texts), glossary, part, traditional, level)).toEqual(
          documentDictionary(doc(texts), glossary, whole, traditional, level),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('never reads the lines it does not take', () => {
    const text = fullWith('模型', '模型\tnot an entry');
    expect(() => cedictForTexts(text, ['银行'], FIXTURE)).not.toThrow();
  });

  it('names the file, the line and the headword when a line taken is malformed', () => {
    const text = fullWith('银行', '银行\t銀行\tyin2 hang2');
    expect(() => cedictForTexts(text, ['银行'], '/data/cedict.txt')).toThrow(
      /^\/data\/cedict\.txt:16: "银行" has 2 fields after the headword/,
    );
  });

  it('refuses a text that is not a dictionary text', () => {
    for (const text of ['', '{"format":"duizhao-dictionary/1"}', full.slice(1)]) {
      expect(() => cedictForTexts(text, ['银行'], 'x.txt')).toThrow(CedictLinesError);
    }
  });
});
