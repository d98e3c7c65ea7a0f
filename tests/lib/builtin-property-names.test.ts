import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '@/lib/align/align-sentences';
import { checkLinks } from '@/lib/align/links';
import { findChineseNumbers, findEnglishNumbers } from '@/lib/align/numbers';
import { alignDocument } from '@/lib/bitext/align-document';
import { createLexicon } from '@/lib/bitext/lexicon';
import { writeContentFile } from '@/lib/bitext/write-content';
import { annotateChinese } from '@/lib/chinese/annotate';
import { spokenReadings } from '@/lib/chinese/sandhi';
import { parseDocumentFile } from '@/lib/content/parse';
import type { GlossaryEntry, ParallelDocument } from '@/lib/content/schema';
import { serializeDocument } from '@/lib/content/serialize';
import { documentDictionary } from '@/lib/dict/subset';
import { attentionCounts, buildEditorView, cachedAligner } from '@/lib/edit/editor-view';
import { exportFiles } from '@/lib/export/files';
import { bundledHskTable } from '@/lib/hsk/bundled';
import { runQa } from '@/lib/qa/run-qa';
import { buildReaderView } from '@/lib/reader/build-reader-view';
import { documentReadingData } from '@/lib/reader/document-reading';
import { buildReviewView } from '@/lib/review/build-review-view';
import { loadSegmenter } from '@/lib/segment/load';

/**
 * Text made of JavaScript's built-in property names ("constructor", "__proto__", "toString"…)
 * must be plain text everywhere: a lookup on a plain object with a word from a document finds
 * the prototype's member instead of nothing (issue 14: "constructor" in an English sentence
 * broke the review page's build). Every aligner, QA check, exporter and the reader and review
 * views get such text, as words, as glossary renderings, speakers and pair ids.
 */

const NAMES = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
    ...Object.getOwnPropertyNames(String.prototype),
    'prototype',
    'then',
  ]),
].filter((name) => /^[A-Za-z_$]+$/.test(name));

/** Keys the content schema accepts (speakers, pair ids): lower case, starting with a letter. */
const KEYS = [
  ...new Set(NAMES.map((n) => n.toLowerCase()).filter((n) => /^[a-z][a-z-]*$/.test(n))),
];

const name = fc.constantFrom(...NAMES);
const englishSentence = fc
  .tuple(
    fc.array(fc.oneof(name, fc.constantFrom('the', 'two', 'fold', '80 percent', 'first')), {
      minLength: 1,
      maxLength: 8,
    }),
    fc.constantFrom('.', '?', '!', '-fold.', ' percent.'),
  )
  .map(([words, end]) => `${words.join(' ')}${end}`);
const chineseSentence = fc
  .tuple(
    fc.array(fc.oneof(name, fc.constantFrom('算力', '二十', '模型', '第一')), {
      minLength: 1,
      maxLength: 5,
    }),
  )
  .map(([parts]) => `${parts.join('的')}。`);

const glossary: GlossaryEntry[] = [
  {
    term: '算力',
    pinyin: 'suànlì',
    en: ['constructor', '__proto__', 'toString'],
    definition: 'hasOwnProperty valueOf',
    note: 'isPrototypeOf',
  },
];

function documentOf(
  pairs: { id: string; zh: string; en: string; speaker?: string }[],
  speakers: string[],
): ParallelDocument {
  return {
    slug: 'constructor',
    title: { zh: '构造', en: 'constructor' },
    byline: [],
    source: { name: { zh: 'valueOf', en: 'toString' }, url: 'https://example.org/__proto__' },
    date: '2023',
    speakers: Object.fromEntries(speakers.map((key) => [key, { zh: key, en: key }])),
    pairs: pairs.map((p) => ({ ...p, kind: 'paragraph' as const, notes: [] })),
    furniture: [],
  };
}

const documents = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 4 }),
    fc.array(
      fc.tuple(
        fc.array(chineseSentence, { minLength: 1, maxLength: 3 }),
        fc.array(englishSentence, { minLength: 1, maxLength: 4 }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([ids, bodies]) => {
    const pairs = bodies.map(([zh, en], i) => ({
      id: ids[i % ids.length] === undefined ? `p${i}` : `${ids[i % ids.length]}-${i}`,
      zh: zh.join(''),
      en: en.join(' '),
      speaker: ids[i % ids.length],
    }));
    return documentOf(pairs, ids);
  });

describe('text made of built-in property names', () => {
  it('is found as numbers by nobody (the lookup tables are Maps)', () => {
    for (const word of NAMES) {
      expect(findEnglishNumbers(`${word} ${word}-fold ${word} percent`)).toEqual([]);
      expect(findChineseNumbers(`${word}年`)).toEqual([]);
    }
  });

  it('goes through the reader and review views, QA and every export (property)', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const reader = buildReaderView(doc, glossary, { annotate: annotateChinese });
        expect(reader.pairs.map((p) => p.id)).toEqual(doc.pairs.map((p) => p.id));
        for (const pair of reader.pairs) {
          if (pair.speakerLabel) expect(pair.speakerLabel.en).toBe(pair.speaker);
        }
        const review = buildReviewView(doc, glossary);
        expect(review.pairs).toHaveLength(doc.pairs.length);
        for (const flag of runQa(doc, glossary)) expect(typeof flag.message).toBe('string');
        const library = { documents: [doc], glossaries: new Map([[doc.slug, glossary]]) };
        for (const [file, make] of exportFiles(library))
          expect(make().body.length, file).toBeGreaterThan(0);
        const dictionary = documentDictionary(doc, glossary, new Map(), (t) => t);
        const hasTerm = doc.pairs.some((p) => p.zh.includes('算力'));
        expect(dictionary.glossary).toHaveLength(hasTerm ? 1 : 0);
      }),
      { numRuns: 25 },
    );
  });

  it('goes through the reader’s reading data and the editor’s view (property)', () => {
    // The reader page's word data (/data/<slug>.json: the segmenter with the document's own
    // words, readings, HSK levels) and the editor, as the build and the edit page make them.
    const tools = {
      annotate: annotateChinese,
      segmenterFor: loadSegmenter,
      spoken: spokenReadings,
      hsk: bundledHskTable(),
    };
    fc.assert(
      fc.property(documents, (doc) => {
        const data = documentReadingData(doc, glossary, tools);
        const reader = buildReaderView(doc, glossary, { annotate: annotateChinese });
        const sentences = reader.pairs.flatMap((p) => p.zh.map((sentence) => sentence.id));
        expect(Object.keys(data.sentences).sort()).toEqual([...sentences].sort());
        const view = buildEditorView(doc, cachedAligner(glossary), runQa(doc, glossary));
        expect(view.map((p) => p.id)).toEqual(doc.pairs.map((p) => p.id));
        expect(attentionCounts(view)).toBeDefined();
      }),
      { numRuns: 15 },
    );
  });

  it('goes through both aligners and back through the content format (property)', () => {
    const lexicon = createLexicon({ 算力: ['constructor', 'toString'], 模型: ['valueOf'] });
    fc.assert(
      fc.property(documents, (doc) => {
        for (const pair of doc.pairs) {
          const links = alignSentences(pair.zh, pair.en);
          expect(checkLinks(links.links, links.zh.length, links.en.length)).toEqual([]);
        }
        const zh = doc.pairs.map((p) => p.zh).join('\n\n');
        const en = doc.pairs.map((p) => p.en).join('\n\n');
        const alignment = alignDocument(zh, en, { lexicon });
        const yaml = writeContentFile(alignment, {
          slug: 'constructor',
          title: doc.title,
          source: doc.source,
          date: doc.date,
        });
        expect(parseDocumentFile(yaml, 'constructor.yaml').slug).toBe('constructor');
        expect(parseDocumentFile(serializeDocument(doc), 'x.yaml').pairs).toHaveLength(
          doc.pairs.length,
        );
      }),
      { numRuns: 25 },
    );
  });

  it('is no speaker unless declared', () => {
    const doc = documentOf([{ id: 'p1', zh: '好。', en: 'Good.', speaker: 'constructor' }], []);
    expect(buildReaderView(doc, glossary).pairs[0]?.speakerLabel).toBeUndefined();
  });
});
