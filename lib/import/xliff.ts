import { chooseLanguages, isChinese } from './languages';
import type { BilingualImport, ImportedUnit, ImportProblem, ImportSegment } from './types';
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
 * XLIFF 1.2 and 2.x (OASIS): source and target of each unit, Chinese and English whichever is
 * the source. 1.2: a `<trans-unit>` is a unit; where it is segmented (`<seg-source>` with
 * `<mrk mtype="seg">`), its segments are kept. 2.x: a `<unit>` is a unit and its `<segment>`s
 * the segments; `<ignorable>` whitespace between them goes with the segment before. Inline
 * codes that stand for formatting (1.2: bpt, ept, it, ph; 2.x: ph, sc, ec, sm, em are empty
 * anyway) are left out; `<g>`, `<pc>` and `<mrk>` hold text and are kept.
 */

const CODES = new Set(['bpt', 'ept', 'it', 'ph', 'sub', 'originalData']);

const failed = (
  file: string,
  format: BilingualImport['format'],
  message: string,
): BilingualImport => ({
  kind: 'bilingual',
  format,
  units: [],
  problems: [{ file, message }],
});

/**
 * Reads an XLIFF file (1.2 or 2.x, told by its version).
 *
 * @example parseXliff(text, 'chapter.xlf').units.length // 12
 */
export function parseXliff(text: string, file: string): BilingualImport {
  const parsed = parseXml(text, file);
  if (!parsed.ok)
    return { kind: 'bilingual', format: 'xliff-1.2', units: [], problems: [parsed.problem] };
  const root = parsed.nodes.find((n) => tagOf(n) === 'xliff');
  if (!root) return failed(file, 'xliff-1.2', 'is not an XLIFF file (no <xliff> element)');
  const version = attributeOf(root, 'version') ?? '';
  if (version.startsWith('2')) return readVersion2(root, file);
  if (version.startsWith('1')) return readVersion1(root, file);
  return failed(
    file,
    'xliff-1.2',
    `is XLIFF version "${version}", which cannot be read (1.2 and 2.x can)`,
  );
}

/** Which of source and target is Chinese; undefined when neither pairs Chinese with English. */
function orientation(source: string, target: string): 'zh-source' | 'en-source' | undefined {
  const langs = chooseLanguages(
    new Map([
      [source, 1],
      [target, 1],
    ]),
  );
  if (!langs) return undefined;
  return isChinese(source) ? 'zh-source' : 'en-source';
}

function segment(zhSource: boolean, source: string, target: string): ImportSegment {
  return zhSource ? { zh: source, en: target } : { zh: target, en: source };
}

function readVersion1(root: XmlNode, file: string): BilingualImport {
  const problems: ImportProblem[] = [];
  const units: ImportedUnit[] = [];
  let languages: BilingualImport['languages'];
  for (const fileNode of descendants(childrenOf(root), 'file')) {
    const source = attributeOf(fileNode, 'source-language') ?? '';
    const target = attributeOf(fileNode, 'target-language') ?? '';
    const way = orientation(source, target);
    const original = attributeOf(fileNode, 'original') ?? '';
    if (!way) {
      problems.push({
        file,
        place: `<file${original ? ` original="${original}"` : ''}>`,
        message: `translates ${source || '?'} into ${target || '?'}: not Chinese and English, left out`,
      });
      continue;
    }
    languages ??=
      way === 'zh-source'
        ? { zh: source, en: target, others: [] }
        : { zh: target, en: source, others: [] };
    for (const tu of descendants(childrenOf(fileNode), 'trans-unit')) {
      const place = `trans-unit ${attributeOf(tu, 'id') ?? '?'}`;
      const sourceNode = childNamed(tu, 'seg-source') ?? childNamed(tu, 'source');
      const targetNode = childNamed(tu, 'target');
      if (!sourceNode || !targetNode) {
        problems.push({ file, place, message: 'has no target: left out' });
        continue;
      }
      const marks = (node: XmlNode) =>
        descendants(childrenOf(node), 'mrk').filter((m) => attributeOf(m, 'mtype') === 'seg');
      const sourceMarks = marks(sourceNode);
      const targetMarks = marks(targetNode);
      const segments: ImportSegment[] =
        sourceMarks.length > 0 && sourceMarks.length === targetMarks.length
          ? sourceMarks.map((m, i) => {
              const t =
                targetMarks.find((x) => attributeOf(x, 'mid') === attributeOf(m, 'mid')) ??
                targetMarks[i];
              return segment(way === 'zh-source', textOf(m, CODES), t ? textOf(t, CODES) : '');
            })
          : [
              segment(
                way === 'zh-source',
                textOf(childNamed(tu, 'source') ?? sourceNode, CODES),
                textOf(targetNode, CODES),
              ),
            ];
      if (segments.some((s) => s.zh.trim() === '' || s.en.trim() === '')) {
        problems.push({ file, place, message: 'has an empty source or target: left out' });
        continue;
      }
      units.push({ place, segments });
    }
  }
  if (units.length === 0 && problems.length === 0)
    problems.push({ file, message: 'holds no translated unit' });
  return { kind: 'bilingual', format: 'xliff-1.2', units, languages, problems };
}

function readVersion2(root: XmlNode, file: string): BilingualImport {
  const problems: ImportProblem[] = [];
  const source = attributeOf(root, 'srcLang') ?? '';
  const target = attributeOf(root, 'trgLang') ?? '';
  const way = orientation(source, target);
  if (!way)
    return failed(
      file,
      'xliff-2',
      `translates ${source || '?'} into ${target || '?'}: not Chinese and English`,
    );
  const units: ImportedUnit[] = [];
  for (const unit of descendants(childrenOf(root), 'unit')) {
    const place = `unit ${attributeOf(unit, 'id') ?? '?'}`;
    const segments: ImportSegment[] = [];
    let empty = false;
    for (const part of childrenOf(unit)) {
      const tag = tagOf(part);
      if (tag !== 'segment' && tag !== 'ignorable') continue;
      const s = childNamed(part, 'source');
      const t = childNamed(part, 'target');
      const sourceText = s ? textOf(s, CODES) : '';
      const targetText = t ? textOf(t, CODES) : '';
      const last = segments.at(-1);
      if (tag === 'ignorable' && last) {
        // Whitespace between segments: it belongs to the text, so it goes with the one before.
        const extra = segment(way === 'zh-source', sourceText, targetText);
        last.zh += extra.zh;
        last.en += extra.en;
        continue;
      }
      if (tag === 'ignorable') continue;
      if (!t || sourceText.trim() === '' || targetText.trim() === '') empty = true;
      segments.push(segment(way === 'zh-source', sourceText, targetText));
    }
    if (empty || segments.length === 0) {
      problems.push({ file, place, message: 'has a segment without a target: left out' });
      continue;
    }
    units.push({ place, segments });
  }
  if (units.length === 0 && problems.length === 0)
    problems.push({ file, message: 'holds no translated unit' });
  const languages =
    way === 'zh-source'
      ? { zh: source, en: target, others: [] }
      : { zh: target, en: source, others: [] };
  return { kind: 'bilingual', format: 'xliff-2', units, languages, problems };
}
