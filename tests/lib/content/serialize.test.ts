import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocumentFile } from '@/lib/content/parse';
import type { ParallelDocument } from '@/lib/content/schema';
import { serializeDocument } from '@/lib/content/serialize';
import { findNonXmlCharacters } from '@/lib/text/xml-characters';

const INTERVIEW = 'content/documents/apus-li-tao-interview.yaml';

/** Characters that YAML treats specially somewhere, plus characters outside the BMP. */
const awkward = fc.constantFrom(
  ' ',
  '  ',
  '#',
  ' #',
  ':',
  ': ',
  '"',
  "'",
  '\\',
  '|',
  '>',
  '-',
  '- ',
  '?',
  '[',
  ']',
  '{',
  '}',
  '&',
  '*',
  '!',
  '%',
  '@',
  '`',
  ',',
  '\t',
  '𠀀',
  '😀',
  '中',
  '。',
  'a',
  'Z',
  '1',
  '\u00a0',
  '\u2028',
  '\u0085',
  '\ufeff',
  '\u0007',
  '---',
  '...',
);
const free = fc.string({ unit: fc.oneof(awkward, fc.string({ unit: 'binary', maxLength: 1 })) });
// The schema refuses what XML cannot carry (C0 controls, lone surrogates): no document holds it.
const visible = (s: string) =>
  s.trim() !== '' && !/\p{Cs}/u.test(s) && findNonXmlCharacters(s).length === 0;
const text = free.filter(visible);
const line = text.filter((s) => !/[\r\n]/.test(s));
const multiline = fc
  .array(fc.oneof(text, fc.constantFrom('\n', '\n\n', ' \n', '\n ')), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(''))
  .filter(visible);
const english = fc.oneof(text, multiline);

const documents: fc.Arbitrary<ParallelDocument> = fc
  .record({
    series: fc.option(fc.record({ zh: line, en: text }), { nil: undefined }),
    title: fc.record({ zh: text, en: text }),
    byline: fc.array(
      fc.record({
        role: fc.constantFrom('author' as const, 'editor' as const),
        zh: text,
        en: text,
      }),
      { maxLength: 2 },
    ),
    date: fc.constantFrom('2023', '2023-03', '2023-03-01'),
    pairs: fc.array(
      fc.record({
        zh: line,
        en: english,
        kind: fc.constantFrom('paragraph' as const, 'caption' as const),
        speaker: fc.constantFrom(undefined, '36kr'),
        notes: fc.array(fc.record({ en: english, zh: text }), { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    furniture: fc.array(
      fc.record({
        kind: fc.constantFrom('other' as const),
        zh: fc.oneof(line, multiline),
        reason: text,
      }),
      { maxLength: 2 },
    ),
  })
  .map(({ series, pairs, ...rest }) => ({
    slug: 'generated',
    ...(series && { series }),
    ...rest,
    source: { name: { zh: '来源', en: 'Source' }, url: 'https://example.com/a?b=c#d' },
    speakers: { '36kr': { zh: '36氪', en: '36Kr' } },
    pairs: pairs.map(({ speaker, ...p }, i) => ({
      id: `p${i + 1}`,
      ...(speaker !== undefined && { speaker }),
      ...p,
    })),
  }));

describe('serializeDocument', () => {
  it('writes the interview back exactly as the file has it (but for the date comment)', () => {
    const file = readFileSync(INTERVIEW, 'utf8');
    const doc = parseDocumentFile(file, INTERVIEW);
    const text = serializeDocument(doc);
    expect(parseDocumentFile(text, INTERVIEW)).toEqual(doc);
    expect(text).toBe(file.replace(/^(date: "[^"]*") #.*$/m, '$1'));
  });

  it('uses literal blocks for Chinese and folded blocks for English', () => {
    const doc = parseDocumentFile(readFileSync(INTERVIEW, 'utf8'), INTERVIEW);
    const text = serializeDocument({ ...doc, pairs: doc.pairs.slice(0, 1) });
    expect(text).toContain('    zh: |-\n      关注到大模型');
    expect(text).toContain('    en: >-\n      Li Tao, founder');
    const blockLines = text.split('\n').filter((l) => l.startsWith('      '));
    expect(Math.max(...blockLines.map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('falls back to a double-quoted scalar where a block cannot hold the text', () => {
    const doc = parseDocumentFile(readFileSync(INTERVIEW, 'utf8'), INTERVIEW);
    const [first] = doc.pairs;
    if (!first) throw new Error('the interview has pairs');
    const awkwardPair = { ...first, zh: ' 前后有空格 ', en: 'Ends with a space ' };
    const text = serializeDocument({ ...doc, pairs: [awkwardPair] });
    expect(parseDocumentFile(text, 'x.yaml').pairs[0]).toEqual(awkwardPair);
  });

  it('round-trips any document, however awkward its text (property)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const parsed = parseDocumentFile(serializeDocument(doc), 'generated.yaml');
        expect(parsed).toEqual(doc);
      }),
      { numRuns: 200 },
    );
  });
});
