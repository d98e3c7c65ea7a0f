import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/lib/content/schema';
import { parseCsv } from '@/lib/export/csv';
import { DOCUMENT_COLUMNS, documentCsv, glossaryCsv } from '@/lib/export/tables';
import { anyText, documentOf } from './documents';

const doc = documentOf([
  { id: 'p1', zh: '好。对。', en: 'Good, "really". Right.' },
  // A line break ends a sentence for the splitter: two English sentences, linked by hand.
  { id: 'p2', zh: '算力,大模型', en: 'Computing power,\nlarge models', links: ['1:1,2'] },
]);

describe('documentCsv', () => {
  it('writes one row per link with the link’s sentences and exact text', () => {
    const [header, ...rows] = parseCsv(documentCsv(doc, []));
    expect(header).toEqual([...DOCUMENT_COLUMNS]);
    expect(rows.map((r) => r.join('|'))).toEqual([
      expect.stringMatching(/^p1\|1\|1\|1\|auto\|\d\.\d{3}\|\|好。\|Good, "really"\. $/),
      expect.stringMatching(/^p1\|2\|2\|2\|auto\|\d\.\d{3}\|\|对。\|Right\.$/),
      'p2|1|1|1,2|manual|1.000||算力,大模型|Computing power,\nlarge models',
    ]);
  });

  it('writes one row per pair on request, and the confirmed state when known', () => {
    const rows = parseCsv(documentCsv(doc, [], { by: 'pair', confirmed: new Set(['p2']) }));
    expect(rows.slice(1)).toEqual([
      ['p1', '', '', '', '', '', 'false', '好。对。', 'Good, "really". Right.'],
      ['p2', '', '', '', '', '', 'true', '算力,大模型', 'Computing power,\nlarge models'],
    ]);
  });

  it('round-trips any pair text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyText, anyText), { minLength: 1, maxLength: 4 }), (texts) => {
        const d = documentOf(texts.map(([zh, en], i) => ({ id: `p${i + 1}`, zh, en })));
        const rows = parseCsv(documentCsv(d, [], { by: 'pair' })).slice(1);
        expect(rows.map((r) => [r[7], r[8]])).toEqual(texts);
      }),
      { numRuns: 200 },
    );
  });
});

describe('glossaryCsv', () => {
  it('gives each rendering a column of its own, as many as the longest entry needs', () => {
    const glossary: GlossaryEntry[] = [
      {
        term: '算力',
        pinyin: 'suànlì',
        en: ['computing power', 'compute'],
        definition: 'd, 1',
        note: 'n',
      },
      {
        term: '字节跳动',
        pinyin: 'Zìjié Tiàodòng',
        en: ['ByteDance'],
        definition: 'd',
        note: '"n"',
      },
    ];
    expect(parseCsv(glossaryCsv(glossary))).toEqual([
      ['term', 'pinyin', 'en_1', 'en_2', 'definition', 'note'],
      ['算力', 'suànlì', 'computing power', 'compute', 'd, 1', 'n'],
      ['字节跳动', 'Zìjié Tiàodòng', 'ByteDance', '', 'd', '"n"'],
    ]);
  });
});
