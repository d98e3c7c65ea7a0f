import { Document, parse, Scalar } from 'yaml';
import {
  type AlignedPair,
  type ParallelDocument,
  splitsByLine,
  type TranslatorNote,
} from './schema';

/**
 * Writes a document back as YAML in the style of the hand-edited files in
 * `content/documents/`: the same key order, Chinese in literal blocks (`|-`, kept exactly),
 * English in folded blocks (`>-`) wrapped at about 100 columns, defaults left out.
 */

const HEADER =
  'Duizhao document. One pair per source paragraph; ids are stable: never renumber them.';

/** The files wrap English at 100 columns (indentation included), as the yaml library counts. */
const LINE_WIDTH = 100;

type Style = 'literal' | 'folded';

function block(value: string, style: Style): Scalar {
  const node = new Scalar(value);
  node.type = style === 'literal' ? Scalar.BLOCK_LITERAL : Scalar.BLOCK_FOLDED;
  return node;
}

function quoted(value: string): Scalar {
  const node = new Scalar(value);
  node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

function note(n: TranslatorNote, style: (value: string, s: Style) => Scalar) {
  return { en: style(n.en, 'folded'), zh: style(n.zh, 'literal') };
}

function pair(p: AlignedPair, style: (value: string, s: Style) => Scalar) {
  return {
    id: p.id,
    ...(p.speaker !== undefined && { speaker: p.speaker }),
    // `paragraph` is the schema's default: the files only spell out captions.
    ...(p.kind !== 'paragraph' && { kind: p.kind }),
    zh: style(p.zh, 'literal'),
    // A stanza keeps its lines: folding would join them.
    en: style(p.en, splitsByLine(p.kind) ? 'literal' : 'folded'),
    ...(p.notes.length > 0 && { notes: p.notes.map((n) => note(n, style)) }),
    ...(p.links !== undefined && { links: [...p.links] }),
    ...(p.links !== undefined && p.confidence !== undefined && { confidence: [...p.confidence] }),
    ...(p.confirmed === true && { confirmed: true }),
  };
}

/** The document as YAML nodes, key order as in the files; `style` picks each text's scalar. */
function toNodes(doc: ParallelDocument, style: (value: string, s: Style) => Scalar) {
  return {
    slug: doc.slug,
    ...(doc.genre && { genre: doc.genre }),
    ...(doc.series && { series: { zh: doc.series.zh, en: doc.series.en } }),
    title: { zh: doc.title.zh, en: doc.title.en },
    ...(doc.byline.length > 0 && {
      byline: doc.byline.map((c) => ({ role: c.role, zh: c.zh, en: c.en })),
    }),
    source: {
      name: { zh: doc.source.name.zh, en: doc.source.name.en },
      url: doc.source.url,
      ...(doc.source.file && { file: doc.source.file }),
    },
    ...(doc.firstPublished && {
      firstPublished: { zh: doc.firstPublished.zh, en: doc.firstPublished.en },
    }),
    // Quoted so that no YAML 1.1 reader takes "2023-03-01" for a timestamp.
    date: quoted(doc.date),
    ...(Object.keys(doc.speakers).length > 0 && {
      speakers: Object.fromEntries(
        Object.entries(doc.speakers).map(([key, name]) => [key, { zh: name.zh, en: name.en }]),
      ),
    }),
    pairs: doc.pairs.map((p) => pair(p, style)),
    ...(doc.furniture.length > 0 && {
      furniture: doc.furniture.map((f) => ({
        kind: f.kind,
        // Multi-line furniture (a list of related links) reads best as a literal block.
        zh: /\n/.test(f.zh) ? style(f.zh, 'literal') : f.zh,
        reason: f.reason,
      })),
    }),
  };
}

function stringify(nodes: unknown): string {
  const yaml = new Document(nodes, { version: '1.2' });
  const body = yaml.toString({
    lineWidth: LINE_WIDTH,
    // Never fold a quoted scalar across lines: the files keep a quoted title on one line.
    doubleQuotedAsJSON: true,
  });
  return `# ${HEADER}\n${body}`;
}

/**
 * Whether `value` survives a block scalar of this style. Block scalars cannot hold every
 * string (trailing spaces on a line, some leading whitespace, control characters); the
 * yaml library falls back to quoting for most of these, and this check catches the rest.
 */
function survivesBlock(value: string, style: Style): boolean {
  try {
    const text = stringify({ v: block(value, style) });
    const back: unknown = parse(text);
    return typeof back === 'object' && back !== null && 'v' in back && back.v === value;
  } catch {
    return false;
  }
}

const blockOrQuoted = (value: string, style: Style) =>
  survivesBlock(value, style) ? block(value, style) : quoted(value);

/**
 * Serializes a validated document as YAML in the house style. Parsing the result with
 * `parseDocumentFile` gives back an equal document. Comments of the original file (other
 * than the standard header) are not kept: the document type does not carry them.
 *
 * @example
 * const text = serializeDocument(doc);
 * // '# Duizhao document. …\nslug: apus-li-tao-interview\n…\npairs:\n  - id: p1\n    zh: |-\n      …'
 */
export function serializeDocument(doc: ParallelDocument): string {
  return stringify(toNodes(doc, blockOrQuoted));
}
