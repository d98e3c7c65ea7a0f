import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/lib/content/schema';
import { DictionaryFileError, parseDictionaryFile } from '@/lib/dict/file';
import { cedictForTexts, fullDictionaryFile } from '@/lib/dict/full';
import { documentDictionary } from '@/lib/dict/subset';

/** A small CC-CEDICT in the full file's format (as app/data/cedict.json serves it). */
const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/dict/cedict-small.json');
const full = (): unknown => JSON.parse(readFileSync(FIXTURE, 'utf8'));
/** The fixture with one headword's entries replaced. */
const fullWith = (word: string, entries: unknown): unknown => {
  const json = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  json.words[word] = entries;
  return json;
};
const whole = parseDictionaryFile(full(), FIXTURE).cedict;

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
    const part = cedictForTexts(full(), ['银行业'], FIXTURE);
    expect([...part.keys()].sort()).toEqual(['业', '行', '行业', '银', '银行']);
    expect(part.get('行')).toEqual(whole.get('行'));
  });

  it('keeps a character outside the BMP as one position (𠮷野家)', () => {
    expect([...cedictForTexts(full(), ['去𠮷野家'], FIXTURE).keys()].sort()).toEqual(
      ['𠮷', '𠮷野家'].sort(),
    );
  });

  it('takes nothing from a text without Chinese, or from no text', () => {
    expect(cedictForTexts(full(), ['OpenAI, 2023.'], FIXTURE).size).toBe(0);
    expect(cedictForTexts(full(), [], FIXTURE).size).toBe(0);
  });

  it('gives the extract the build gives from the whole dictionary, for any text', () => {
    const chars = [...'银行业第一次是大模型算力𠮷野家，。A1 '];
    const text = fc.array(fc.constantFrom(...chars), { maxLength: 20 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (texts) => {
        const part = cedictForTexts(full(), texts, FIXTURE);
        expect(documentDictionary(doc(texts), glossary, part, traditional, level)).toEqual(
          documentDictionary(doc(texts), glossary, whole, traditional, level),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('never reads the entries it does not take', () => {
    const json = fullWith('模型', 'not an entry');
    expect(() => cedictForTexts(json, ['银行'], FIXTURE)).not.toThrow();
  });

  it('names the file and the entry when an entry taken is malformed', () => {
    const json = fullWith('银行', [['銀行', 'yin2 hang2']]);
    expect(() => cedictForTexts(json, ['银行'], '/data/cedict.json')).toThrow(
      /\/data\/cedict\.json is not a duizhao-dictionary\/1 file[\s\S]*银行/,
    );
  });

  it('refuses a file that is not a dictionary file', () => {
    for (const json of [null, [], { format: 'other', words: {} }, { words: '银行' }]) {
      expect(() => cedictForTexts(json, ['银行'], 'x.json')).toThrow(DictionaryFileError);
    }
  });
});

describe('fullDictionaryFile', () => {
  it('holds every entry of the dictionary, read back as they were', () => {
    const file = JSON.parse(JSON.stringify(fullDictionaryFile(whole)));
    expect(parseDictionaryFile(file, 'full').cedict).toEqual(whole);
    expect(file.glossary).toEqual([]);
  });
});
