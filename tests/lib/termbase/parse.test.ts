import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTermbaseCsv } from '@/lib/termbase/csv';
import { termbaseCsv, termbaseTbx } from '@/lib/termbase/export';
import type { TermbaseEntryDraft } from '@/lib/termbase/schema';
import { parseTbx } from '@/lib/termbase/tbx';

const fixture = (name: string) => readFileSync(`tests/fixtures/termbase/${name}`, 'utf8');

describe('parseTbx', () => {
  it('reads a TBX v3 (DCA) termbase as memoQ exports it', () => {
    const { entries, problems } = parseTbx(fixture('ai-terms.tbx'), 'ai-terms.tbx');
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.term)).toEqual(['场景', '算法', '英伟达', '创业者', '护城河']);
    expect(entries[0]).toEqual({
      term: '场景',
      pinyin: 'chǎngjǐng',
      // Preferred first; the deprecated "scene" is not a rendering.
      en: ['scenario', 'use case'],
      definition: 'A concrete setting in which a product or model is used: a "use case".',
      note: '',
    });
    expect(entries[1]?.definition).toContain('models & methods');
    expect(entries[1]?.note).toBe('Client style guide: never "algo".');
  });

  it('reads the TBX 2008 martif form with tig, ntig and a concept-level definition', () => {
    const { entries, problems } = parseTbx(fixture('multiterm-2008.tbx'), 'multiterm-2008.tbx');
    expect(entries).toEqual([
      {
        term: '出海',
        pinyin: 'chūhǎi',
        en: ['going global', 'expanding overseas'],
        definition: 'Goods or services sold outside China by a Chinese company.',
        note: 'Literally "go out to sea".',
      },
      {
        term: '人工智能',
        pinyin: 'réngōng zhìnéng',
        en: ['artificial intelligence', 'AI'],
        definition: '',
        note: '',
      },
    ]);
    expect(problems).toEqual([
      {
        file: 'multiterm-2008.tbx',
        place: 'termEntry 3 (id TE-103)',
        message: 'has no English term: left out',
      },
    ]);
  });

  it('reads the DCT style, with namespaced data categories', () => {
    const text = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
<text><body><conceptEntry id="a">
<langSec xml:lang="zh"><termSec><term>算力</term></termSec></langSec>
<langSec xml:lang="en"><basic:definition>Capacity to compute.</basic:definition>
<termSec><term>compute</term><basic:administrativeStatus>admittedTerm-admn-sts</basic:administrativeStatus></termSec>
<termSec><term>computing power</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
</langSec></conceptEntry></body></text></tbx>`;
    expect(parseTbx(text, 'dct.tbx').entries).toEqual([
      {
        term: '算力',
        pinyin: '',
        en: ['computing power', 'compute'],
        definition: 'Capacity to compute.',
        note: '',
      },
    ]);
  });

  it('names the file and the line of broken XML', () => {
    const { problems } = parseTbx('<tbx>\n<text>\n<body></text></tbx>', 'broken.tbx');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'broken.tbx', place: 'line 3' });
    expect(problems[0]?.message).toMatch(/^is not well-formed XML/);
  });

  it('says when the file is XML but not TBX, or has no Chinese', () => {
    expect(parseTbx('<tmx version="1.4"/>', 'memory.tbx').problems).toEqual([
      { file: 'memory.tbx', message: 'is not a TBX file (no <tbx> or <martif> element)' },
    ]);
    const french = `<martif type="TBX-Basic"><text><body><termEntry>
      <langSet xml:lang="fr"><tig><term>algorithme</term></tig></langSet>
      <langSet xml:lang="en"><tig><term>algorithm</term></tig></langSet>
      </termEntry></body></text></martif>`;
    expect(parseTbx(french, 'fr.tbx').problems).toEqual([
      { file: 'fr.tbx', message: 'needs Chinese and English terms (languages found: fr, en)' },
    ]);
  });
});

describe('parseTermbaseCsv', () => {
  it('reads a CSV as Excel saves it (BOM, CRLF, quotes) and names the row it leaves out', () => {
    const { entries, problems } = parseTermbaseCsv(fixture('excel-terms.csv'), 'excel-terms.csv');
    expect(entries).toEqual([
      {
        term: '算力',
        pinyin: 'suànlì',
        en: ['computing power', 'compute'],
        definition: 'Capacity of hardware to run computations, especially for AI.',
        note: '',
      },
      {
        term: '大模型',
        pinyin: 'dà móxíng',
        en: ['large model', 'large models'],
        definition: 'A large AI model, e.g. an LLM.',
        note: 'Short for 大语言模型; say "large model", not "big model".',
      },
      { term: '芯片', pinyin: 'xīnpiàn', en: ['chip'], definition: '', note: '' },
    ]);
    expect(problems).toEqual([
      { file: 'excel-terms.csv', place: 'row 5', message: 'has no term: left out' },
    ]);
  });

  it('takes the columns in order without a header, and Chinese headers', () => {
    expect(parseTermbaseCsv('算力,suànlì,compute\n', 'a.csv').entries[0]?.en).toEqual(['compute']);
    const zh = parseTermbaseCsv('备注,术语,译法\n口语,算力,compute；computing power\n', 'b.csv');
    expect(zh.entries).toEqual([
      {
        term: '算力',
        pinyin: '',
        en: ['compute', 'computing power'],
        definition: '',
        note: '口语',
      },
    ]);
  });

  it('names a row whose term is not Chinese, or that has no rendering', () => {
    const { problems } = parseTermbaseCsv(
      'term,renderings\nAI,artificial intelligence\n算力,\n',
      'c.csv',
    );
    expect(problems).toEqual([
      {
        file: 'c.csv',
        place: 'row 2',
        message:
          'the term "AI" has no Chinese characters (is the first column the term?): left out',
      },
      { file: 'c.csv', place: 'row 3', message: '"算力" has no English rendering: left out' },
    ]);
  });
});

describe('round trips', () => {
  const all = [
    ...parseTbx(fixture('ai-terms.tbx'), 'a').entries,
    ...parseTbx(fixture('multiterm-2008.tbx'), 'b').entries,
    ...parseTermbaseCsv(fixture('excel-terms.csv'), 'c').entries,
  ];

  it('exports as TBX and reads back the same entries', () => {
    const back = parseTbx(termbaseTbx(all), 'termbase.tbx');
    expect(back.problems).toEqual([]);
    expect(back.entries).toEqual(all);
  });

  it('exports as CSV (with a BOM, for Excel) and reads back the same entries', () => {
    const csv = termbaseCsv(all);
    expect(csv.startsWith('\uFEFFterm,pinyin,en_1,en_2,definition,note\r\n')).toBe(true);
    const back = parseTermbaseCsv(csv, 'termbase.csv');
    expect(back.problems).toEqual([]);
    expect(back.entries).toEqual(all);
  });

  it('keeps a rendering holding a semicolon whole in a one-rendering CSV', () => {
    const one: TermbaseEntryDraft[] = [
      { term: '算力', pinyin: '', en: ['compute; power'], definition: '', note: '' },
    ];
    expect(parseTermbaseCsv(termbaseCsv(one), 'x.csv').entries).toEqual(one);
  });
});
