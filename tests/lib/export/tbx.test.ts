// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/lib/content/schema';
import { buildTbx } from '@/lib/export/tbx';
import { XmlTextError } from '@/lib/export/xml';
import { xmlText } from './documents';
import { at, list, parseXml, parseXmlStrictly, textOf } from './xml-test-helpers';

const glossary: GlossaryEntry[] = [
  {
    term: '算力',
    pinyin: 'suànlì',
    en: ['computing power', 'compute'],
    definition: 'The capacity of hardware to run computations.',
    note: '算 “calculate” + 力 “power”.',
  },
  {
    term: '字节跳动',
    pinyin: 'Zìjié Tiàodòng',
    en: ['ByteDance'],
    definition: 'ByteDance, the company behind TikTok & Douyin.',
    note: 'The English name is a <free> rendering.',
  },
];

/** Reads a TBX back with fast-xml-parser: term, pinyin, renderings, definition, note. */
function readTbx(xml: string) {
  const parsed = parseXml(xml, ['termEntry', 'langSet', 'tig']);
  return list(at(parsed, 'martif', 'text', 'body', 'termEntry') ?? []).map((entry) => {
    const langSets = list(at(entry, 'langSet'));
    const lang = (code: string) => langSets.find((l) => at(l, '@_xml:lang') === code);
    const zhTig = list(at(lang('zh'), 'tig'))[0];
    const en = lang('en');
    return {
      id: at(entry, '@_id'),
      term: textOf(at(zhTig, 'term')),
      pinyin: textOf(at(zhTig, 'note')),
      en: list(at(en, 'tig')).map((tig) => textOf(at(tig, 'term'))),
      status: list(at(en, 'tig')).map((tig) => textOf(at(tig, 'termNote'))),
      definition: textOf(at(en, 'descrip')),
      note: textOf(at(en, 'note')),
    };
  });
}

describe('buildTbx', () => {
  it('writes well-formed TBX-Basic: one termEntry per entry, zh and en langSets', () => {
    const xml = buildTbx(glossary);
    const dom = parseXmlStrictly(xml);
    expect(dom.doctype?.name).toBe('martif');
    expect(dom.documentElement.getAttribute('type')).toBe('TBX-Basic');
    expect(dom.getElementsByTagName('termEntry')).toHaveLength(2);
    expect([...dom.getElementsByTagName('descrip')].map((d) => d.getAttribute('type'))).toEqual([
      'definition',
      'definition',
    ]);
  });

  it('puts the pinyin as a note on the Chinese term and each rendering as an English term', () => {
    expect(readTbx(buildTbx(glossary))).toEqual([
      {
        id: 't0',
        term: '算力',
        pinyin: 'suànlì',
        en: ['computing power', 'compute'],
        status: ['preferredTerm-admn-sts', 'admittedTerm-admn-sts'],
        definition: 'The capacity of hardware to run computations.',
        note: '算 “calculate” + 力 “power”.',
      },
      {
        id: 't1',
        term: '字节跳动',
        pinyin: 'Zìjié Tiàodòng',
        en: ['ByteDance'],
        status: ['preferredTerm-admn-sts'],
        definition: 'ByteDance, the company behind TikTok & Douyin.',
        note: 'The English name is a <free> rendering.',
      },
    ]);
  });

  it('round-trips any text XML can carry in every field (property)', () => {
    const entry = fc.record({
      term: xmlText,
      pinyin: xmlText,
      en: fc.array(xmlText, { minLength: 1, maxLength: 3 }),
      definition: xmlText,
      note: xmlText,
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 3 }), (entries) => {
        const xml = buildTbx(entries);
        expect(
          readTbx(xml).map(({ term, pinyin, en, definition, note }) => ({
            term,
            pinyin,
            en,
            definition,
            note,
          })),
        ).toEqual(entries);
        parseXmlStrictly(xml);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a control character, naming the entry and field', () => {
    const bad: GlossaryEntry[] = [
      {
        term: '算力',
        pinyin: 'suànlì',
        en: ['computing power'],
        definition: 'd',
        note: 'bell\u0007',
      },
    ];
    expect(() => buildTbx(bad)).toThrow(XmlTextError);
    expect(() => buildTbx(bad)).toThrow('entry "算力" › note: U+0007 at offset 4');
  });
});
