import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { glossaryOf, loadLibrary } from '@/lib/content/load';
import type { ParallelDocument } from '@/lib/content/schema';
import { loadCedict } from '@/lib/dict/cedict';
import { parseDictionaryFile, toDictionaryFile } from '@/lib/dict/file';
import { cedictForTexts } from '@/lib/dict/full';
import { toCedictLines } from '@/lib/dict/lines';
import { codePoints, lookupAt } from '@/lib/dict/lookup';
import { dictionarySource } from '@/lib/dict/source';
import { extractSubset, glossaryWords, wordsInText } from '@/lib/dict/subset';
import type { CedictEntry, GlossaryWord } from '@/lib/dict/types';

const root = path.resolve(import.meta.dirname, '../../..');

let doc: ParallelDocument;
let cedict: Map<string, CedictEntry[]>;
let glossary: GlossaryWord[];

beforeAll(async () => {
  const library = await loadLibrary(path.join(root, 'content'), { root });
  const found = library.documents.find((d) => d.slug === 'apus-li-tao-interview');
  if (!found) throw new Error('the interview is missing from content/documents');
  doc = found;
  cedict = await loadCedict();
  glossary = glossaryWords(glossaryOf(library, 'apus-li-tao-interview'), (term) => `${term}(T)`);
}, 60_000);

const entry = (simplified: string, pinyin: string, senses: string[]): CedictEntry => ({
  simplified,
  traditional: simplified,
  pinyin,
  senses,
  classifiers: [],
});

describe('wordsInText', () => {
  it('collects every prefix that is a word, at every position', () => {
    const source = dictionarySource(
      new Map([
        ['银', [entry('银', 'yin2', ['silver'])]],
        ['银行', [entry('银行', 'yin2 hang2', ['bank'])]],
        ['行业', [entry('行业', 'hang2 ye4', ['industry'])]],
      ]),
      [],
    );
    expect([...wordsInText(['银行业', '，银'], source)].sort()).toEqual(['行业', '银', '银行']);
  });
});

describe('extractSubset', () => {
  it('finds, at every position of the interview, what the whole dictionary finds', () => {
    const texts = doc.pairs.map((pair) => pair.zh);
    const subset = extractSubset(texts, cedict, glossary);
    // Through the file format and back, as the browser gets it.
    const shipped = parseDictionaryFile(
      JSON.parse(JSON.stringify(toDictionaryFile(subset))),
      'subset',
    );
    const full = dictionarySource(cedict, glossary);
    const small = dictionarySource(shipped.cedict, shipped.glossary);
    let positions = 0;
    let found = 0;
    for (const text of texts) {
      const chars = codePoints(text);
      for (let at = 0; at < chars.length; at++) {
        const expected = lookupAt(chars, at, full);
        const actual = lookupAt(chars, at, small);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          expect(actual, `${chars.slice(at, at + 8).join('')}… (position ${at})`).toEqual(expected);
        }
        positions++;
        if (expected.kind === 'words') found++;
      }
    }
    expect(positions).toBeGreaterThan(2500);
    // Most positions are characters with an entry; the rest are punctuation, digits, Latin.
    expect(found / positions).toBeGreaterThan(0.8);
    // A small part of the dictionary.
    expect(shipped.cedict.size).toBeLessThan(cedict.size / 20);
  });

  it('keeps the glossary entries of the terms that occur, with their keys and traditional forms', () => {
    const subset = extractSubset(['我们谈算力。'], cedict, glossary);
    expect(subset.glossary).toEqual([
      expect.objectContaining({ simplified: '算力', traditional: '算力(T)', pinyin: 'suànlì' }),
    ]);
    expect(subset.glossary[0]?.key).toMatch(/^t\d+$/);
    expect(subset.cedict.get('算力')?.[0]?.senses).toContain('computing power');
  });

  it('holds a glossary term that CC-CEDICT lacks as a word of its own', () => {
    const missing = glossary.find((word) => !cedict.has(word.simplified));
    expect(missing, 'the glossary has a term CC-CEDICT lacks').toBeDefined();
    if (!missing) return;
    const subset = extractSubset([`看${missing.simplified}`], cedict, glossary);
    const result = lookupAt(
      `看${missing.simplified}`,
      1,
      dictionarySource(subset.cedict, subset.glossary),
    );
    expect(result.kind === 'words' && result.matches[0]).toMatchObject({
      word: missing.simplified,
      entries: [{ source: 'glossary', entry: { key: missing.key } }],
    });
  });
});

describe('cedictForTexts on the whole of CC-CEDICT', () => {
  it('gives an own text of the interview the extract the build gives it', () => {
    // The file app/data/cedict.txt serves (its writer also checks that no sense holds a /).
    const lines = toCedictLines(cedict);
    const texts = doc.pairs.map((pair) => pair.zh);
    const inBrowser = extractSubset(texts, cedictForTexts(lines, texts, 'cedict.txt'), glossary);
    expect(toDictionaryFile(inBrowser)).toEqual(
      toDictionaryFile(extractSubset(texts, cedict, glossary)),
    );
  });
});

describe('loadCedict', () => {
  it('reads CC-CEDICT with traditional forms, tone-numbered pinyin, senses and measure words', () => {
    expect(cedict.size).toBeGreaterThan(100_000);
    expect(cedict.get('银行')).toEqual([
      {
        simplified: '银行',
        traditional: '銀行',
        pinyin: 'yin2 hang2',
        senses: ['bank'],
        classifiers: ['家[jia1]', '個|个[ge4]'],
      },
    ]);
  });

  it('puts common readings before proper nouns', () => {
    const readings = (cedict.get('神') ?? []).map((e) => e.pinyin);
    expect(readings).toContain('Shen2');
    expect(readings[0]).toBe('shen2');
  });

  it('holds headwords outside the BMP', () => {
    expect([...cedict.keys()].some((word) => /[\u{20000}-\u{3FFFF}]/u.test(word))).toBe(true);
  });
});
