import type { GlossaryEntry } from '../content/schema';
import { assertXmlTexts, buildXml, type XmlNode } from './xml';

/**
 * The glossary as TBX-Basic, in the TBX 2008 (ISO 30042:2008) core structure that
 * terminology tools import (`martif`, `termEntry`, `langSet`, `tig`). Each entry becomes one
 * `termEntry`:
 * - `langSet xml:lang="zh"`: the term, with its pinyin as the term's `note`;
 * - `langSet xml:lang="en"`: the definition (`descrip type="definition"`) and the usage note
 *   (`note`), both written in English, then each rendering as a `term`, the first (the
 *   glossary lists the most common first) `preferredTerm-admn-sts`, the others
 *   `admittedTerm-admn-sts`.
 * The 2019 edition renames these `conceptEntry`, `langSec` and `termSec`; the 2008 names are
 * the ones current CAT tools read.
 */

/** Stable within one glossary file; the same key the reader gives a term (t0, t1, …). */
const entryId = (index: number) => `t${index}`;

function entryNode(entry: GlossaryEntry, index: number): XmlNode {
  return {
    '@_id': entryId(index),
    langSet: [
      {
        '@_xml:lang': 'zh',
        tig: { term: entry.term, note: entry.pinyin },
      },
      {
        '@_xml:lang': 'en',
        descrip: { '@_type': 'definition', '#text': entry.definition },
        note: entry.note,
        tig: entry.en.map((rendering, i) => ({
          term: rendering,
          termNote: {
            '@_type': 'administrativeStatus',
            '#text': i === 0 ? 'preferredTerm-admn-sts' : 'admittedTerm-admn-sts',
          },
        })),
      },
    ],
  };
}

/**
 * Exports the glossary as TBX-Basic.
 *
 * @throws {XmlTextError} when a text holds a character XML 1.0 cannot carry (see `./xml.ts`)
 * @example buildTbx(glossary) // '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n<martif type="TBX-Basic" xml:lang="en">…'
 */
export function buildTbx(
  glossary: readonly GlossaryEntry[],
  options: { title?: string } = {},
): string {
  const title = options.title ?? 'Duizhao glossary';
  assertXmlTexts([
    { where: 'title', text: title },
    ...glossary.flatMap((entry) =>
      (['term', 'pinyin', 'definition', 'note'] as const)
        .map((field) => ({ where: `entry "${entry.term}" › ${field}`, text: entry[field] }))
        .concat(entry.en.map((text, i) => ({ where: `entry "${entry.term}" › en[${i}]`, text }))),
    ),
  ]);
  return buildXml(
    {
      martif: {
        '@_type': 'TBX-Basic',
        '@_xml:lang': 'en',
        martifHeader: {
          fileDesc: {
            titleStmt: { title },
            sourceDesc: { p: 'Exported from Duizhao (content/glossary/)' },
          },
          encodingDesc: { p: { '@_type': 'XCSURI', '#text': 'TBXBasicXCSV02.xcs' } },
        },
        text: { body: { termEntry: glossary.map(entryNode) } },
      },
    },
    '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">',
  );
}
