import { chooseLanguages } from '../import/languages';
import type { ImportProblem } from '../import/types';
import {
  attributeOf,
  childrenOf,
  descendants,
  parseXml,
  tagOf,
  textOf,
  type XmlNode,
} from '../import/xml';
import type { TermbaseEntryDraft } from './schema';

/**
 * Reading TBX-Basic termbases, in both structures CAT tools export:
 * - TBX v3 (ISO 30042:2019): `<tbx type="TBX-Basic">`, `conceptEntry` › `langSec` ›
 *   `termSec`, data categories as `descrip type="definition"`, `termNote
 *   type="administrativeStatus"` (DCA style) or as namespaced elements such as
 *   `<basic:definition>` (DCT style);
 * - TBX 2008 (ISO 30042:2008, "martif"): `termEntry` › `langSet` › `tig` (or `ntig` ›
 *   `termGrp`), as Trados MultiTerm, memoQ and our own export (lib/export/tbx.ts) write it.
 *
 * Each Chinese term of a concept becomes an entry whose renderings are the concept's English
 * terms, preferred first; deprecated and superseded English terms are not renderings. Pinyin
 * is a `termNote type="pronunciation"` of the Chinese term, or its `note` when that is written
 * in Latin letters (as our export writes it). The definition and the note are the English
 * ones, else the concept's.
 */

/** An element's name without its namespace prefix (`basic:definition` → `definition`). */
const localName = (node: XmlNode) => tagOf(node).replace(/^[^:]*:/, '');
const kids = (node: XmlNode, ...names: string[]) =>
  childrenOf(node).filter((c) => names.includes(localName(c)));
const langOf = (node: XmlNode) => attributeOf(node, 'xml:lang') ?? attributeOf(node, 'lang') ?? '';
const NONE = new Set<string>();
const text = (node: XmlNode) => textOf(node, NONE).trim();

/** The value of a data category, DCA (`<descrip type="definition">`) or DCT (`<basic:definition>`). */
function category(node: XmlNode, element: 'descrip' | 'termNote', type: string): string {
  for (const child of childrenOf(node)) {
    const name = localName(child);
    if ((name === element && attributeOf(child, 'type') === type) || name === type)
      return text(child);
    // TBX 2008 nests descriptions in descripGrp.
    if (name === 'descripGrp') {
      const inner = category(child, element, type);
      if (inner) return inner;
    }
  }
  return '';
}

const noteOf = (node: XmlNode) =>
  kids(node, 'note')
    .map(text)
    .filter((t) => t !== '')
    .join('\n');

interface Term {
  term: string;
  status: string;
  pinyin: string;
}

/** The terms of a language section: `termSec` (v3), `tig` or `ntig` › `termGrp` (2008). */
function termsOf(section: XmlNode): Term[] {
  return kids(section, 'termSec', 'tig', 'ntig').flatMap((holder) => {
    const group = localName(holder) === 'ntig' ? (kids(holder, 'termGrp')[0] ?? holder) : holder;
    const termNode = kids(group, 'term')[0];
    if (!termNode) return [];
    const note = noteOf(group) || noteOf(holder);
    const spoken = category(group, 'termNote', 'pronunciation');
    return [
      {
        term: text(termNode),
        status: category(group, 'termNote', 'administrativeStatus'),
        pinyin:
          spoken || (/\p{Script=Latin}/u.test(note) && !/\p{Script=Han}/u.test(note) ? note : ''),
      },
    ];
  });
}

const unwanted = (status: string) => /deprecated|superseded/i.test(status);
const preferred = (status: string) => /preferred/i.test(status);

export interface TbxRead {
  entries: TermbaseEntryDraft[];
  problems: ImportProblem[];
}

/**
 * Reads a TBX file's text.
 *
 * @example parseTbx(text, 'terms.tbx').entries[0] // { term: '算力', pinyin: 'suànlì', en: ['computing power'], definition: '…', note: '' }
 */
export function parseTbx(source: string, file: string): TbxRead {
  const parsed = parseXml(source, file);
  if (!parsed.ok) return { entries: [], problems: [parsed.problem] };
  const root = parsed.nodes.find((n) => ['tbx', 'martif'].includes(localName(n)));
  if (!root)
    return {
      entries: [],
      problems: [{ file, message: 'is not a TBX file (no <tbx> or <martif> element)' }],
    };
  const concepts = [
    ...descendants(childrenOf(root), 'conceptEntry'),
    ...descendants(childrenOf(root), 'termEntry'),
  ];
  const sectionsOf = (concept: XmlNode) => kids(concept, 'langSec', 'langSet');
  const counts = new Map<string, number>();
  for (const concept of concepts)
    for (const lang of new Set(sectionsOf(concept).map(langOf)))
      counts.set(lang, (counts.get(lang) ?? 0) + 1);
  const languages = chooseLanguages(counts);
  if (!languages) {
    const found = [...counts.keys()].join(', ') || 'none';
    const message =
      concepts.length === 0
        ? 'holds no entries (no conceptEntry or termEntry)'
        : `needs Chinese and English terms (languages found: ${found})`;
    return { entries: [], problems: [{ file, message }] };
  }
  const problems: ImportProblem[] = [];
  const entries: TermbaseEntryDraft[] = [];
  for (const [index, concept] of concepts.entries()) {
    const id = attributeOf(concept, 'id');
    const place = `${localName(concept)} ${index + 1}${id ? ` (id ${id})` : ''}`;
    const sections = sectionsOf(concept);
    const zh = sections.find((s) => langOf(s) === languages.zh);
    const en = sections.find((s) => langOf(s) === languages.en);
    const zhTerms = zh ? termsOf(zh).filter((t) => t.term !== '' && !unwanted(t.status)) : [];
    const renderings = en ? termsOf(en).filter((t) => t.term !== '' && !unwanted(t.status)) : [];
    if (zhTerms.length === 0) {
      problems.push({ file, place, message: 'has no Chinese term: left out' });
      continue;
    }
    if (renderings.length === 0) {
      problems.push({ file, place, message: 'has no English term: left out' });
      continue;
    }
    const ordered = [
      ...renderings.filter((t) => preferred(t.status)),
      ...renderings.filter((t) => !preferred(t.status)),
    ].map((t) => t.term);
    const definition =
      (en && category(en, 'descrip', 'definition')) ||
      category(concept, 'descrip', 'definition') ||
      (zh && category(zh, 'descrip', 'definition')) ||
      '';
    const note = (en && noteOf(en)) || noteOf(concept);
    for (const t of zhTerms) {
      if (!/\p{Script=Han}/u.test(t.term)) {
        problems.push({
          file,
          place,
          message: `term "${t.term}" has no Chinese characters: left out`,
        });
        continue;
      }
      entries.push({ term: t.term, pinyin: t.pinyin, en: [...new Set(ordered)], definition, note });
    }
  }
  return { entries, problems };
}
