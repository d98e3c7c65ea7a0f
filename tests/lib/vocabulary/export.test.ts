import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ankiField,
  clozeSentence,
  toAnkiText,
  toVocabularyCsv,
  vocabularyColumns,
  vocabularyRow,
} from '@/lib/vocabulary/export';
import type { VocabularyEntry } from '@/lib/vocabulary/types';
import { ankiHeader, readDelimited } from '../../helpers/read-delimited';
import { entry } from './words';

const AWKWARD = [
  '\t',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  '#',
  ',',
  ';',
  ' ',
  '行业',
  '“引号”，全角标点。',
  '𠮷',
  '<b>&amp;</b>',
];
const awkwardText = fc
  .array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'grapheme', maxLength: 5 })), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));
const awkwardEntry = fc
  .record({
    simplified: awkwardText.filter((s) => s.trim() !== ''),
    traditional: awkwardText,
    pinyin: awkwardText,
    senses: fc.array(awkwardText, { maxLength: 3 }),
    sentence: awkwardText,
    translation: awkwardText,
  })
  .map(({ sentence, translation, ...word }) =>
    entry({ ...word, context: { sentence, translation } }),
  );

const rowsOf = (entries: VocabularyEntry[]) => entries.map((e) => vocabularyRow(e));

describe('ankiField', () => {
  it.each([
    ['plain', 'plain'],
    ['tab\there', '"tab\there"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['a,b;c', 'a,b;c'],
    ['行业“全角”', '行业“全角”'],
    ['#hashtag', '#hashtag'],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    expect(ankiField(value)).toBe(expected);
  });

  it('quotes a first field that starts with #, which Anki would read as a comment', () => {
    expect(ankiField('#1', { first: true })).toBe('"#1"');
    expect(ankiField('1#', { first: true })).toBe('1#');
  });
});

describe('clozeSentence', () => {
  it.each([
    ['这个行业变化很快。', '行业', '行業', '这个{{c1::行业}}变化很快。'],
    ['行业和行业', '行业', '行業', '{{c1::行业}}和行业'],
    ['這個行業。', '行业', '行業', '這個{{c1::行業}}。'],
    ['没有这个词。', '行业', '行業', '{{c1::行业}} 没有这个词。'],
    ['𠮷野家的𠮷', '𠮷', '𠮷', '{{c1::𠮷}}野家的𠮷'],
    ['', '行业', '', '{{c1::行业}} '],
  ])('blanks the word in %j', (sentence, word, traditional, expected) => {
    expect(clozeSentence(sentence, word, traditional)).toBe(expected);
  });

  it('always holds exactly one cloze, and gives the sentence back without its markup', () => {
    fc.assert(
      fc.property(
        awkwardText,
        awkwardText.filter((w) => w.trim() !== ''),
        (sentence, word) => {
          fc.pre(!`${sentence}${word}`.includes('{{') && !`${sentence}${word}`.includes('}}'));
          const cloze = clozeSentence(sentence, word);
          expect(cloze.match(/\{\{c1::/g)).toHaveLength(1);
          const plain = cloze.replace(/\{\{c1::(.*?)\}\}/s, '$1');
          expect(sentence.includes(word) ? plain : plain.slice(word.length + 1)).toBe(sentence);
        },
      ),
    );
  });
});

describe('toAnkiText', () => {
  const words = [
    entry({ simplified: '行业', savedAt: '2026-11-29T10:00:00.000Z' }),
    entry({
      simplified: '#算力',
      traditional: '#算力',
      pinyin: 'suàn lì',
      senses: ['computing power', 'say "flops"'],
      context: {
        sentence: '算力\t是“燃料”。\n第二行',
        translation: 'Computing power is the "fuel".',
        documentId: 'local:my text',
      },
    }),
  ];
  const text = toAnkiText(words, { origin: 'https://duizhao.example' });

  it('starts with the header lines Anki 2.1.55+ reads: separator, html, tags column, columns', () => {
    expect(text.split('\n').slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:false',
      '#tags column:11',
      `#columns:${[...vocabularyColumns, 'Tags'].join('\t')}`,
    ]);
    const header = ankiHeader(text);
    expect(header.get('columns')?.split('\t')).toHaveLength(11);
  });

  it('has no byte-order mark, which would hide the first header line', () => {
    expect(text.charCodeAt(0)).toBe('#'.charCodeAt(0));
  });

  it('reads back as one note per word with every field intact, the # word included', () => {
    const notes = readDelimited(text, '\t', '#');
    expect(notes).toHaveLength(2);
    expect(notes.map((n) => n.slice(0, 10))).toEqual(
      rowsOf(words).map((row) => {
        row[7] = new URL(row[7] ?? '', 'https://duizhao.example').href;
        return row;
      }),
    );
    expect(notes[1]?.[0]).toBe('#算力');
    expect(notes[1]?.[3]).toBe('computing power; say "flops"');
    expect(notes[0]?.[7]).toBe('https://duizhao.example/en/read/apus-li-tao-interview#p3.zh2');
  });

  it('tags every note duizhao and with its document, without spaces', () => {
    const notes = readDelimited(text, '\t', '#');
    expect(notes.map((n) => n[10])).toEqual([
      'duizhao duizhao::apus-li-tao-interview',
      'duizhao duizhao::local-my-text',
    ]);
  });

  it('is only the header for no words', () => {
    expect(readDelimited(toAnkiText([]), '\t', '#')).toEqual([]);
  });

  it('round-trips any text: tabs, quotes, line breaks, #, full-width and astral characters', () => {
    fc.assert(
      fc.property(fc.array(awkwardEntry, { maxLength: 4 }), (entries) => {
        const notes = readDelimited(toAnkiText(entries), '\t', '#');
        expect(notes.map((n) => n.slice(0, 10))).toEqual(rowsOf(entries));
      }),
    );
  });
});

describe('toVocabularyCsv', () => {
  it('starts with a UTF-8 byte-order mark and a header row', () => {
    const csv = toVocabularyCsv([entry()]);
    expect(csv.startsWith('\uFEFFSimplified,Traditional,Pinyin,Meaning,Sentence,')).toBe(true);
    const [header, ...rows] = readDelimited(csv.slice(1), ',');
    expect(header).toEqual([...vocabularyColumns]);
    expect(rows).toEqual([
      [
        '行业',
        '行業',
        'háng yè',
        'industry; business',
        '这个行业变化很快。',
        'This industry changes fast.',
        '李涛专访 / An interview with Li Tao',
        '/en/read/apus-li-tao-interview#p3.zh2',
        '2026-11-29T10:00:00.000Z',
        '这个{{c1::行业}}变化很快。',
      ],
    ]);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says, and ends records with CRLF', () => {
    const csv = toVocabularyCsv([entry({ senses: ['a, b', 'say "hi"'] })]);
    expect(csv).toContain(',"a, b; say ""hi""",');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.array(awkwardEntry, { maxLength: 4 }), (entries) => {
        const [, ...rows] = readDelimited(toVocabularyCsv(entries).slice(1), ',');
        expect(rows).toEqual(rowsOf(entries));
      }),
    );
  });
});
