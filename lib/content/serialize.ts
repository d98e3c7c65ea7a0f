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
    ...(doc.qa &&
      doc.qa.acknowledged.length > 0 && {
        qa: {
          acknowledged: doc.qa.acknowledged.map((a) => ({
            pair: a.pair,
            kind: a.kind,
            ...(a.text !== undefined && { text: a.text }),
            reason: a.reason,
          })),
        },
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

/** The top-level keys of a document file, in the order the files write them. */
export const DOCUMENT_KEYS = [
  'slug',
  'genre',
  'series',
  'title',
  'byline',
  'source',
  'firstPublished',
  'date',
  'speakers',
  'pairs',
  'furniture',
  'qa',
] as const;
export type DocumentKey = (typeof DOCUMENT_KEYS)[number];

/**
 * The lines of one top-level key of `doc` in the house style (`title:\n  zh: …\n`), or ''
 * when the document leaves it out (an empty list, an unset optional field).
 *
 * @example serializeKey(doc, 'title') // 'title:\n  zh: 故乡\n  en: My Old Home\n'
 */
export function serializeKey(doc: ParallelDocument, key: DocumentKey): string {
  const nodes: Record<string, unknown> = toNodes(doc, blockOrQuoted);
  if (!(key in nodes)) return '';
  return new Document({ [key]: nodes[key] }, { version: '1.2' }).toString({
    lineWidth: LINE_WIDTH,
    doubleQuotedAsJSON: true,
  });
}

/**
 * Pairs as items of the `pairs:` list in the house style (`  - id: p1\n    zh: |-\n…`).
 *
 * @example serializePairs([pair]) // '  - id: p1\n    zh: |-\n      好。\n    en: >-\n      Good.\n'
 */
export function serializePairs(pairs: readonly AlignedPair[]): string {
  const text = new Document(
    { pairs: pairs.map((p) => pair(p, blockOrQuoted)) },
    {
      version: '1.2',
    },
  ).toString({ lineWidth: LINE_WIDTH, doubleQuotedAsJSON: true });
  return text.slice(text.indexOf('\n') + 1);
}

/**
 * Serializes a validated document as YAML in the house style. Parsing the result with
 * `parseDocumentFile` gives back an equal document. Comments of the original file (other
 * than the standard header) are not kept: the document type does not carry them; to write an
 * edited file back with its comments and layout, use `updateDocumentText` (update-text.ts).
 *
 * @example
 * const text = serializeDocument(doc);
 * // '# Duizhao document. …\nslug: apus-li-tao-interview\n…\npairs:\n  - id: p1\n    zh: |-\n      …'
 */
export function serializeDocument(doc: ParallelDocument): string {
  return stringify(toNodes(doc, blockOrQuoted));
}
