import { formatLink } from '../align/links';
import type { GlossaryEntry, ParallelDocument } from '../content/schema';
import { type TranslationUnit, translationUnits, type UnitGranularity } from './units';
import { assertXmlTexts, buildXml, type XmlNode } from './xml';

/**
 * TMX 1.4b (https://www.gala-global.org/tmx-14b), the translation-memory exchange format
 * every CAT tool reads. One `<tu>` per sentence link or per pair; Chinese is the source
 * (`srclang="zh-CN"`). Properties, all in the `x-` namespace TMX reserves for tools:
 * - `x-pair-id`: the pair's id (`p12`), so that a unit leads back to `/read/<slug>#p12`;
 * - by link: `x-link` (1-based index in the pair), `x-sentences` (the link as content files
 *   write it, "2:2,3"), `x-alignment` (auto, manual or paragraph) and `x-confidence`;
 * - `x-confirmed`: `true` or `false`, on every unit, when the caller says which pairs a
 *   reviewer confirmed (the content format has no such flag yet); absent otherwise, since
 *   "not confirmed" and "not known" are different things.
 */
export interface TmxOptions {
  /** Default `link`. */
  by?: UnitGranularity;
  /** Ids of the pairs a reviewer has confirmed. */
  confirmed?: ReadonlySet<string>;
  /** Written as the header's `creationdate`; omitted when not given, so output is reproducible. */
  createdAt?: Date;
  /** The `creationtoolversion` attribute. Default `dev`. */
  toolVersion?: string;
}

/** TMX dates are ISO 8601 basic format in UTC: 20230301T120000Z. */
const tmxDate = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

const prop = (type: string, text: string): XmlNode => ({ '@_type': type, '#text': text });

function unitNode(unit: TranslationUnit, confirmed: ReadonlySet<string> | undefined): XmlNode {
  const props = [prop('x-pair-id', unit.pairId)];
  if (unit.link !== undefined) {
    props.push(prop('x-link', String(unit.link + 1)));
    props.push(
      prop('x-sentences', formatLink({ zh: unit.zhSentences ?? [], en: unit.enSentences ?? [] })),
    );
    if (unit.alignment) props.push(prop('x-alignment', unit.alignment));
    if (unit.confidence !== undefined) props.push(prop('x-confidence', unit.confidence.toFixed(3)));
  }
  if (confirmed) props.push(prop('x-confirmed', String(confirmed.has(unit.pairId))));
  return {
    '@_tuid': unit.link === undefined ? unit.pairId : `${unit.pairId}.${unit.link + 1}`,
    prop: props,
    tuv: [
      { '@_xml:lang': 'zh-CN', seg: unit.zh },
      { '@_xml:lang': 'en', seg: unit.en },
    ],
  };
}

/**
 * Exports a document as TMX 1.4b.
 *
 * @throws {XmlTextError} when a text holds a character XML 1.0 cannot carry (see `./xml.ts`)
 * @example buildTmx(doc, glossary, { by: 'pair', confirmed: new Set(['p1']) })
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">…'
 */
export function buildTmx(
  doc: Pick<ParallelDocument, 'slug' | 'pairs' | 'title' | 'source'>,
  glossary: readonly GlossaryEntry[],
  options: TmxOptions = {},
): string {
  const by = options.by ?? 'link';
  const units = translationUnits(doc, glossary, { by });
  assertXmlTexts([
    { where: 'title › zh', text: doc.title.zh },
    { where: 'title › en', text: doc.title.en },
    ...doc.pairs.flatMap((pair) => [
      { where: `pair "${pair.id}" › id`, text: pair.id },
      { where: `pair "${pair.id}" › zh`, text: pair.zh },
      { where: `pair "${pair.id}" › en`, text: pair.en },
    ]),
  ]);
  const header: XmlNode = {
    '@_creationtool': 'Duizhao',
    '@_creationtoolversion': options.toolVersion ?? 'dev',
    '@_segtype': by === 'link' ? 'sentence' : 'paragraph',
    '@_o-tmf': 'Duizhao',
    '@_adminlang': 'en',
    '@_srclang': 'zh-CN',
    '@_datatype': 'plaintext',
    ...(options.createdAt ? { '@_creationdate': tmxDate(options.createdAt) } : {}),
    prop: [
      prop('x-document', doc.slug),
      prop('x-title-zh', doc.title.zh),
      prop('x-title-en', doc.title.en),
      prop('x-source-url', doc.source.url),
    ],
  };
  return buildXml(
    {
      tmx: {
        '@_version': '1.4',
        header,
        body: { tu: units.map((unit) => unitNode(unit, options.confirmed)) },
      },
    },
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
  );
}
