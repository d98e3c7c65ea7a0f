// @vitest-environment jsdom
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { glossaryOf, type Library, loadLibrary } from '@/lib/content/load';
import type { ParallelDocument } from '@/lib/content/schema';
import { buildTmx } from '@/lib/export/tmx';
import { XmlTextError } from '@/lib/export/xml';
import { documentOf, xmlText } from './documents';
import { at, list, parseXml, parseXmlStrictly, textOf } from './xml-test-helpers';

const root = path.resolve(import.meta.dirname, '../../..');
let library: Library;
let interview: ParallelDocument;
/** The interview as TMX by link, built once: aligning it is the slow part. */
let interviewTmx: string;

beforeAll(async () => {
  library = await loadLibrary(path.join(root, 'content'), { root });
  const doc = library.documents.find((d) => d.slug === 'apus-li-tao-interview');
  if (!doc) throw new Error('no document in content/');
  interview = doc;
  interviewTmx = buildTmx(doc, glossaryOf(library, 'apus-li-tao-interview'), {
    createdAt: new Date('2024-05-01T12:34:56Z'),
  });
});

interface ReadUnit {
  tuid: string;
  props: Record<string, string>;
  zh: string;
  en: string;
}

/** Reads a TMX back with fast-xml-parser, unit by unit. */
function readTmx(xml: string): { header: unknown; units: ReadUnit[] } {
  const parsed = parseXml(xml, ['tu', 'tuv', 'prop']);
  const units = list(at(parsed, 'tmx', 'body', 'tu') ?? []).map((tu) => {
    const props = Object.fromEntries(
      list(at(tu, 'prop')).map((p) => [String(at(p, '@_type')), textOf(p)]),
    );
    const seg = (lang: string) =>
      textOf(
        at(
          list(at(tu, 'tuv')).find((tuv) => at(tuv, '@_xml:lang') === lang),
          'seg',
        ),
      );
    return { tuid: String(at(tu, '@_tuid')), props, zh: seg('zh-CN'), en: seg('en') };
  });
  return { header: at(parsed, 'tmx', 'header'), units };
}

describe('buildTmx', () => {
  it('writes well-formed TMX 1.4b with the required header', () => {
    const dom = parseXmlStrictly(interviewTmx);
    expect(dom.doctype?.name).toBe('tmx');
    expect(dom.documentElement.getAttribute('version')).toBe('1.4');
    const header = dom.getElementsByTagName('header')[0];
    expect(
      Object.fromEntries(
        [
          'creationtool',
          'segtype',
          'o-tmf',
          'adminlang',
          'srclang',
          'datatype',
          'creationdate',
        ].map((name) => [name, header?.getAttribute(name)]),
      ),
    ).toEqual({
      creationtool: 'Duizhao',
      segtype: 'sentence',
      'o-tmf': 'Duizhao',
      adminlang: 'en',
      srclang: 'zh-CN',
      datatype: 'plaintext',
      creationdate: '20240501T123456Z',
    });
  });

  it('writes one unit per sentence link, whose segments join back to each pair exactly', () => {
    const { units } = readTmx(interviewTmx);
    expect(units.length).toBeGreaterThan(interview.pairs.length);
    for (const pair of interview.pairs) {
      const own = units.filter((u) => u.props['x-pair-id'] === pair.id);
      expect(own.map((u) => u.zh).join(''), pair.id).toBe(pair.zh);
      expect(own.map((u) => u.en).join(''), pair.id).toBe(pair.en);
      expect(own.map((u) => u.props['x-link'])).toEqual(own.map((_, i) => String(i + 1)));
      expect(own.map((u) => u.tuid)).toEqual(own.map((_, i) => `${pair.id}.${i + 1}`));
    }
    expect(units[0]?.props).toMatchObject({ 'x-sentences': '1:1', 'x-alignment': 'auto' });
    expect(Number(units[0]?.props['x-confidence'])).toBeGreaterThan(0);
  });

  it('writes one unit per pair on request, with segtype paragraph', () => {
    const doc = documentOf([
      { id: 'p1', zh: '好。对。', en: 'Good. Right.' },
      { id: 'p2', zh: '是。', en: 'Yes.' },
    ]);
    const xml = buildTmx(doc, [], { by: 'pair' });
    expect(parseXmlStrictly(xml).getElementsByTagName('header')[0]?.getAttribute('segtype')).toBe(
      'paragraph',
    );
    expect(readTmx(xml).units).toEqual([
      { tuid: 'p1', props: { 'x-pair-id': 'p1' }, zh: '好。对。', en: 'Good. Right.' },
      { tuid: 'p2', props: { 'x-pair-id': 'p2' }, zh: '是。', en: 'Yes.' },
    ]);
  });

  it('uses the translator’s links where the content has them', () => {
    const doc = documentOf([
      { id: 'p1', zh: '好。对。', en: 'Good. Right. Yes.', links: ['1:1', '2:2,3'] },
    ]);
    const { units } = readTmx(buildTmx(doc, []));
    expect(
      units.map((u) => [
        u.props['x-sentences'],
        u.props['x-alignment'],
        u.props['x-confidence'],
        u.en,
      ]),
    ).toEqual([
      ['1:1', 'manual', '1.000', 'Good. '],
      ['2:2,3', 'manual', '1.000', 'Right. Yes.'],
    ]);
  });

  it('marks every unit confirmed or not when told which pairs are, and none otherwise', () => {
    const doc = documentOf([
      { id: 'p1', zh: '好。', en: 'Good.' },
      { id: 'p2', zh: '是。', en: 'Yes.' },
    ]);
    const confirmed = readTmx(buildTmx(doc, [], { confirmed: new Set(['p2']) })).units;
    expect(confirmed.map((u) => u.props['x-confirmed'])).toEqual(['false', 'true']);
    const unknown = readTmx(buildTmx(doc, [])).units;
    expect(unknown.map((u) => u.props['x-confirmed'])).toEqual([undefined, undefined]);
  });

  it('round-trips any text XML can carry: &, <, quotes, CR, astral characters (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(xmlText, xmlText), { minLength: 1, maxLength: 4 }), (texts) => {
        const doc = documentOf(texts.map(([zh, en], i) => ({ id: `p${i + 1}`, zh, en })));
        const xml = buildTmx(doc, [], { by: 'pair' });
        const { units } = readTmx(xml);
        expect(units.map((u) => [u.zh, u.en])).toEqual(texts);
        const segs = [...parseXmlStrictly(xml).getElementsByTagName('seg')];
        expect(segs.map((s) => s.textContent)).toEqual(texts.flat());
      }),
      // Each run parses twice, the second time with jsdom's strict parser (~10 ms a run).
      { numRuns: 80 },
    );
  });

  it('keeps every character, in order, when cutting pairs into links (property)', () => {
    const sentence = fc.constantFrom(
      '好。',
      '对！',
      '“是吗？”',
      'A & B. ',
      '<x> ',
      '😀。',
      'Yes. ',
      'No! ',
    );
    const text = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(''));
    fc.assert(
      fc.property(text, text, (zh, en) => {
        const { units } = readTmx(buildTmx(documentOf([{ id: 'p1', zh, en }]), []));
        expect(units.map((u) => u.zh).join('')).toBe(zh);
        expect(units.map((u) => u.en).join('')).toBe(en);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses text with characters XML 1.0 cannot carry, saying where', () => {
    const doc = documentOf([{ id: 'p3', zh: '好。', en: 'Line\u000Bbreak from Word.' }]);
    expect(() => buildTmx(doc, [])).toThrow(XmlTextError);
    expect(() => buildTmx(doc, [])).toThrow('pair "p3" › en: U+000B at offset 4');
  });
});
