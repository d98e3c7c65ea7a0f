import { chooseLanguages, languageVariants } from './languages';
import type { BilingualImport, ImportedUnit, ImportProblem } from './types';
import {
  attributeOf,
  childNamed,
  childrenOf,
  descendants,
  parseXml,
  tagOf,
  textOf,
  type XmlNode,
} from './xml';

/**
 * TMX 1.4 (LISA, Translation Memory eXchange; as Trados, memoQ and OmegaT write it): each `<tu>`
 * is one aligned unit, its `<tuv xml:lang>` variants the languages. Inline codes (`<bpt>`,
 * `<ept>`, `<it>`, `<ph>`, `<ut>`) hold the original's formatting, not text, and are left out;
 * `<hi>` holds text and is kept.
 */

const CODES = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

/** A variant's language: xml:lang (TMX 1.4) or lang (TMX 1.1). */
const langOf = (tuv: XmlNode) => attributeOf(tuv, 'xml:lang') ?? attributeOf(tuv, 'lang') ?? '';

/**
 * Reads a TMX file: the Chinese and English variants asked for in `wanted` when it holds them,
 * otherwise the preferred ones (lib/import/languages.ts); `variants` lists them all, with how
 * many units hold each, for the user to choose another.
 *
 * @example parseTmx(text, 'memory.tmx', { zh: 'zh-TW' }).units[0] // { place: 'tu 1 (tuid 7)', segments: [{ zh: '…', en: '…' }] }
 */
export function parseTmx(
  text: string,
  file: string,
  wanted: { zh?: string; en?: string } = {},
): BilingualImport {
  const problems: ImportProblem[] = [];
  const parsed = parseXml(text, file);
  if (!parsed.ok)
    return { kind: 'bilingual', format: 'tmx', units: [], problems: [parsed.problem] };
  const root = parsed.nodes.find((n) => tagOf(n) === 'tmx');
  if (!root) {
    return {
      kind: 'bilingual',
      format: 'tmx',
      units: [],
      problems: [{ file, message: 'is not a TMX file (no <tmx> element)' }],
    };
  }
  const tus = descendants(childrenOf(root), 'tu');
  const counts = new Map<string, number>();
  for (const tu of tus) {
    for (const lang of new Set(
      childrenOf(tu)
        .filter((c) => tagOf(c) === 'tuv')
        .map(langOf),
    ))
      counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const languages = chooseLanguages(counts, wanted);
  if (!languages) {
    const found = [...counts.keys()].join(', ') || 'none';
    return {
      kind: 'bilingual',
      format: 'tmx',
      units: [],
      problems: [
        { file, message: `needs a Chinese and an English variant (languages found: ${found})` },
      ],
    };
  }
  const units: ImportedUnit[] = [];
  tus.forEach((tu, index) => {
    const tuid = attributeOf(tu, 'tuid');
    const place = `tu ${index + 1}${tuid ? ` (tuid ${tuid})` : ''}`;
    const segOf = (lang: string) => {
      const tuv = childrenOf(tu).find((c) => tagOf(c) === 'tuv' && langOf(c) === lang);
      const seg = tuv && childNamed(tuv, 'seg');
      return seg ? textOf(seg, CODES) : undefined;
    };
    const zh = segOf(languages.zh);
    const en = segOf(languages.en);
    if (zh === undefined || en === undefined || zh.trim() === '' || en.trim() === '') {
      const missing = zh === undefined || zh.trim() === '' ? languages.zh : languages.en;
      problems.push({ file, place, message: `has no ${missing} text: left out` });
      return;
    }
    units.push({ place, segments: [{ zh, en }] });
  });
  if (units.length === 0) problems.push({ file, message: 'holds no unit with both languages' });
  return {
    kind: 'bilingual',
    format: 'tmx',
    units,
    languages,
    variants: languageVariants(counts),
    problems,
  };
}
