import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DocumentWordsError,
  documentWords,
  documentWordsPath,
  loadDocumentWords,
} from '@/lib/learning/document-words';
import {
  countWords,
  documentKnowledge,
  knowledgeOfCounts,
  knownPercent,
  type WordStatus,
} from '@/lib/learning/status';
import { isChineseWord } from '@/lib/segment/evaluate';

/** The fixture's sentences as segmented text: one sentence a line, words between `|`. */
const sentences = readFileSync(
  path.resolve(import.meta.dirname, '../../fixtures/learning/segmented.txt'),
  'utf8',
)
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => {
    const words = line.split('|');
    return { text: words.join(''), words: words.map((w) => [...w].length) };
  });

/** The same text as running tokens, one per `|`. */
const tokens = readFileSync(
  path.resolve(import.meta.dirname, '../../fixtures/learning/segmented.txt'),
  'utf8',
)
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .flatMap((line) => line.split('|'));

describe('countWords', () => {
  it('counts each token once, in order of first occurrence', () => {
    expect(countWords(['我', '喜欢', '我', '书', '喜欢', '我'])).toEqual([
      ['我', 3],
      ['喜欢', 2],
      ['书', 1],
    ]);
  });

  it('gives nothing for no tokens', () => {
    expect(countWords([])).toEqual([]);
  });
});

describe('documentWords', () => {
  it('keeps the Chinese words of the sentences, counted, and leaves punctuation, digits and Latin out', () => {
    const file = documentWords([
      { text: '我读书，我写字。', words: [1, 1, 1, 1, 1, 2, 1] },
      { text: '2019年GPT-2发布了', words: [4, 1, 5, 2, 1] },
    ]);
    expect(file).toEqual({
      version: 1,
      words: [
        ['我', 2],
        ['读', 1],
        ['书', 1],
        ['写字', 1],
        ['年', 1],
        ['发布', 1],
        ['了', 1],
      ],
    });
  });

  it('reads characters outside the BMP as one code point each', () => {
    expect(documentWords([{ text: '𠮷野家', words: [3] }]).words).toEqual([['𠮷野家', 1]]);
  });

  it('gives the known share of the fixture text as the per-token count does', () => {
    const known = new Set(['我', '喜欢', '都', '读', '一', '本', '书', '有']);
    const status = (w: string): WordStatus => (known.has(w) ? 'known' : 'new');
    const byCounts = knowledgeOfCounts(documentWords(sentences).words, status);
    expect(byCounts).toEqual(documentKnowledge(tokens, { counts: isChineseWord, status }));
    // 16 word tokens, 10 of them known: 62%; the six words still new, once each.
    expect(byCounts.wordTokens).toBe(16);
    expect(byCounts.knownTokens).toBe(10);
    expect(knownPercent(byCounts)).toBe(62);
    expect(byCounts.newWords).toHaveLength(6);
  });
});

describe('knowledgeOfCounts', () => {
  it('agrees with documentKnowledge over the same tokens, whatever the statuses', () => {
    const statuses = fc.constantFrom<WordStatus>('new', 'learning', 'known');
    const word = fc.constantFrom('我', '书', '喜欢', '算力', '新', '。', 'AI');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.func(statuses), (words, st) => {
        const counts = countWords(words.filter(isChineseWord));
        expect(knowledgeOfCounts(counts, st)).toEqual(
          documentKnowledge(words, { counts: isChineseWord, status: st }),
        );
      }),
    );
  });
});

describe('knownPercent', () => {
  it('rounds down, so that 100% means no word is new', () => {
    expect(knownPercent({ knownShare: 0.996 })).toBe(99);
    expect(knownPercent({ knownShare: 1 })).toBe(100);
    expect(knownPercent({ knownShare: 0.29 })).toBe(29); // 0.29 * 100 is 28.999… in floating point
    expect(knownPercent({ knownShare: 0 })).toBe(0);
  });
});

describe('loadDocumentWords', () => {
  const answer = (body: unknown, status = 200) =>
    (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

  it('fetches the document’s word file', async () => {
    const seen: string[] = [];
    const fetcher = (async (url: string) => {
      seen.push(url);
      return new Response(JSON.stringify({ version: 1, words: [['我', 2]] }));
    }) as typeof fetch;
    expect(await loadDocumentWords('kong-yiji', fetcher)).toEqual({
      version: 1,
      words: [['我', 2]],
    });
    expect(seen).toEqual([documentWordsPath('kong-yiji')]);
  });

  it('refuses a damaged file, naming the file and the field', async () => {
    const bad = loadDocumentWords('x', answer({ version: 1, words: [['。', 1]] }));
    await expect(bad).rejects.toThrow(DocumentWordsError);
    await expect(bad).rejects.toThrow(
      /\/data\/words\/x\.json is not a word file.*not a Chinese word/s,
    );
    await expect(
      loadDocumentWords('x', answer({ version: 1, words: [['我', 0]] })),
    ).rejects.toThrow(/words/);
    await expect(loadDocumentWords('x', answer({ version: 2, words: [] }))).rejects.toThrow(
      /version/,
    );
  });

  it('says when the file is missing or cannot be fetched', async () => {
    await expect(loadDocumentWords('x', answer('Not found', 404))).rejects.toThrow(
      '/data/words/x.json answered 404',
    );
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(loadDocumentWords('x', offline)).rejects.toThrow(
      '/data/words/x.json could not be fetched',
    );
  });
});
