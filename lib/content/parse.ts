import { load as loadQuickly } from 'js-yaml';
import {
  type Document,
  isNode,
  isScalar,
  LineCounter,
  parseDocument as parseYamlDocument,
  visit,
} from 'yaml';
import type { z } from 'zod';
import { checkLinks, parseLink } from '../align/links';
import { pairUnitSpans } from '../align/split-sentences';
import { ContentError, type ContentIssue } from './errors';
import { documentSizeProblem } from './limits';
import {
  documentSchema,
  type GlossaryEntry,
  glossarySchema,
  type ParallelDocument,
  splitsByLine,
} from './schema';
import { compareWithSource, parseSourceText } from './source-text';

type PathKey = PropertyKey;

interface ParsedYaml {
  data: unknown;
  /** 1-based line of the node at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PathKey[]): number | undefined;
}

/**
 * Parses YAML text, turning syntax errors into issues with the line they occur on.
 * Duplicate keys are syntax errors here (YAML 1.2 forbids them).
 */
function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = readYaml(file, () =>
    parseYamlDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }),
  );
  if (doc.errors.length > 0) {
    throw new ContentError(
      doc.errors.map((error) => ({
        file,
        line: lineCounter.linePos(errorStart(doc, error.pos[0])).line,
        message: `invalid YAML: ${error.message.split('\n')[0]}`,
      })),
    );
  }
  const prototypeKeys = prototypeKeyIssues(doc, file, lineCounter);
  if (prototypeKeys.length > 0) throw new ContentError(prototypeKeys);
  return {
    // Aliases are expanded here: the yaml library stops at 100 of them (an alias "bomb").
    data: readYaml(file, () => doc.toJS()),
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

/**
 * Runs a step of the YAML library; whatever it throws (too many aliases, nesting too deep for
 * the stack) becomes an issue of this file, never a bare stack trace.
 */
function readYaml<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const bomb = /alias/i.test(reason) ? ' (too many aliases: a YAML "alias bomb"?)' : '';
    throw new ContentError([{ file, message: `cannot be read as YAML: ${reason}${bomb}` }]);
  }
}

/**
 * `__proto__` as a key would set the prototype of the object it is read into, and then vanish
 * without a word: it is refused wherever it appears.
 */
function prototypeKeyIssues(doc: Document, file: string, lineCounter: LineCounter): ContentIssue[] {
  const issues: ContentIssue[] = [];
  visit(doc, {
    Pair(_key, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key !== '__proto__') return;
      const at = isNode(pair.key) ? pair.key.range?.[0] : undefined;
      issues.push({
        file,
        line: at === undefined ? undefined : lineCounter.linePos(at).line,
        message: '"__proto__" cannot be a key',
      });
    },
  });
  return issues;
}

/**
 * Where a syntax error really starts. Some errors (an unclosed quote) are only detected at
 * the end of the file; the scalar that runs into that point is where the mistake is.
 */
function errorStart(doc: Document, offset: number): number {
  let start = offset;
  visit(doc, {
    Scalar(_key, node) {
      const [from, , end] = node.range ?? [];
      if (from !== undefined && end !== undefined && from < offset && end >= offset) start = from;
    },
  });
  return start;
}

/** Names the item a schema path points into, in the terms a translator uses. */
export type Describe = (data: unknown, path: readonly PathKey[]) => string;

function field(path: readonly PathKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : String(key))).join(' › ');
}

function issuesFromZod(
  error: z.ZodError,
  file: string,
  parsed: ParsedYaml,
  describeItem: Describe,
): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    line: parsed.lineOf(issue.path),
    where: describeItem(parsed.data, issue.path),
    message: issue.message,
  }));
}

function itemAt(data: unknown, path: readonly PathKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    // Own keys only: a path never leads into an object's prototype.
    node = Object.hasOwn(node, key) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return node;
}

function labelled(kind: string, item: unknown, key: string, index: number): string {
  const value = itemAt(item, [key]);
  return typeof value === 'string' && value !== '' ? `${kind} "${value}"` : `${kind} #${index + 1}`;
}

const describeDocumentPath: Describe = (data, path) => {
  const [top, index, ...rest] = path;
  if (top === 'pairs' && typeof index === 'number') {
    const pair = labelled('pair', itemAt(data, ['pairs', index]), 'id', index);
    return rest.length > 0 ? `${pair} › ${field(rest)}` : pair;
  }
  return path.length > 0 ? field(path) : 'document';
};

const describeGlossaryPath: Describe = (data, path) => {
  const [index, ...rest] = path;
  if (typeof index !== 'number') return 'glossary';
  const entry = labelled('entry', itemAt(data, [index]), 'term', index);
  return rest.length > 0 ? `${entry} › ${field(rest)}` : entry;
};

/** A manual `links` list must parse and cover every sentence of both sides once, in order. */
function linkIssues(
  pair: ParallelDocument['pairs'][number],
  index: number,
  file: string,
  parsed: ParsedYaml,
): ContentIssue[] {
  if (!pair.links) {
    return pair.confidence === undefined
      ? []
      : [
          {
            file,
            line: parsed.lineOf(['pairs', index, 'confidence']),
            where: `pair "${pair.id}" › confidence`,
            message: 'gives the confidence of links, but the pair has no links',
          },
        ];
  }
  const where = `pair "${pair.id}" › links`;
  // Only for a problem: looking a line up per pair costs more than checking it.
  const at = () => parsed.lineOf(['pairs', index, 'links']);
  if (pair.confidence !== undefined && pair.confidence.length !== pair.links.length) {
    return [
      {
        file,
        line: parsed.lineOf(['pairs', index, 'confidence']),
        where: `pair "${pair.id}" › confidence`,
        message: `has ${pair.confidence.length} value(s) for ${pair.links.length} link(s): give one per link`,
      },
    ];
  }
  const links = pair.links.map(parseLink);
  const bad = pair.links.filter((_, i) => links[i] === undefined);
  if (bad.length > 0) {
    return bad.map((text) => ({
      file,
      line: at(),
      where,
      message: `"${text}" is not a link: write Chinese and English sentence numbers as "zh:en", e.g. "2:2,3"`,
    }));
  }
  const zhCount = pairUnitSpans(pair.zh, 'zh', splitsByLine(pair.kind)).length;
  const enCount = pairUnitSpans(pair.en, 'en', splitsByLine(pair.kind)).length;
  return checkLinks(
    links.filter((l) => l !== undefined),
    zhCount,
    enCount,
  ).map((message) => ({ file, line: at(), where, message }));
}

/** Checks a document beyond its shape: unique pair ids, known speakers. */
function documentIssues(doc: ParallelDocument, file: string, parsed: ParsedYaml): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, number>();
  doc.pairs.forEach((pair, index) => {
    const first = seen.get(pair.id);
    if (first !== undefined) {
      issues.push({
        file,
        line: parsed.lineOf(['pairs', index, 'id']),
        where: `pair "${pair.id}"`,
        message: `duplicate id: pair #${first + 1} already uses it (ids must be unique)`,
      });
    } else {
      seen.set(pair.id, index);
    }
    issues.push(...linkIssues(pair, index, file, parsed));
    // Own keys only: every object "has" a constructor, but no document declares it by accident.
    if (pair.speaker !== undefined && !Object.hasOwn(doc.speakers, pair.speaker)) {
      issues.push({
        file,
        line: parsed.lineOf(['pairs', index, 'speaker']),
        where: `pair "${pair.id}" › speaker`,
        message: `unknown speaker "${pair.speaker}" (declare it under speakers)`,
      });
    }
  });
  (doc.qa?.acknowledged ?? []).forEach((ack, index) => {
    if (!seen.has(ack.pair))
      issues.push({
        file,
        line: parsed.lineOf(['qa', 'acknowledged', index, 'pair']),
        where: `qa › acknowledged › [${index}] › pair`,
        message: `there is no pair "${ack.pair}" (remove the acknowledgement or fix the id)`,
      });
  });
  return issues;
}

function glossaryIssues(
  entries: GlossaryEntry[],
  file: string,
  parsed: ParsedYaml,
  corpus: readonly string[] | undefined,
) {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = seen.get(entry.term);
    if (first === undefined) seen.set(entry.term, index);
    else
      issues.push({
        file,
        line: parsed.lineOf([index, 'term']),
        where: `entry "${entry.term}"`,
        message: `duplicate term: entry #${first + 1} already defines it`,
      });
    if (corpus && !corpus.some((zh) => zh.includes(entry.term)))
      issues.push({
        file,
        line: parsed.lineOf([index, 'term']),
        where: `entry "${entry.term}"`,
        message: 'the term occurs nowhere in its document (remove the entry or fix the term)',
      });
  });
  return issues;
}

/**
 * The file's data by the quick parser (js-yaml, a tenth of the time: the `yaml` library's
 * document with every node's position took 25 s of the 38 s spent validating a 15 MB import,
 * issue 14), or undefined where only the careful one may read it: a `__proto__` key (refused
 * by name below), an alias (refused here: a bomb is caught below with the file's name), a
 * duplicate key, an unknown tag, anything it rejects. Both read YAML 1.2's core schema; the
 * careful parse still runs whenever the file has a problem, for the lines in its messages.
 */
function quickData(text: string): unknown {
  if (text.includes('__proto__')) return undefined;
  try {
    return loadQuickly(text, { maxAliases: 0 });
  } catch {
    return undefined;
  }
}

/** What checks see of a file read quickly: no positions (a problem sends it to the careful parse). */
const unplaced = (data: unknown): ParsedYaml => ({ data, lineOf: () => undefined });

function parseWith<T>(
  schema: z.ZodType<T>,
  text: string,
  file: string,
  describeItem: Describe,
  check: (value: T, file: string, parsed: ParsedYaml) => ContentIssue[],
  refuse: (data: unknown) => ContentIssue | undefined = () => undefined,
): T {
  const quick = quickData(text);
  // A problem that makes every other moot (too many pairs) stops here, before the schema.
  const refused = quick === undefined ? undefined : refuse(quick);
  if (refused) throw new ContentError([refused]);
  if (quick !== undefined) {
    const result = schema.safeParse(quick);
    if (result.success && check(result.data, file, unplaced(quick)).length === 0)
      return result.data;
  }
  const parsed = parseYaml(text, file);
  const refusedCarefully = quick === undefined ? refuse(parsed.data) : undefined;
  if (refusedCarefully) throw new ContentError([refusedCarefully]);
  const result = schema.safeParse(parsed.data);
  if (!result.success)
    throw new ContentError(issuesFromZod(result.error, file, parsed, describeItem));
  const issues = check(result.data, file, parsed);
  if (issues.length > 0) throw new ContentError(issues);
  return result.data;
}

/** Reads a source text named by a document (`source.file`), for the comparison. */
export interface SourceReader {
  /** The text of `content/sources/<name>`, or undefined if it cannot be read. */
  read(name: string): string | undefined;
  /** How the file is named in messages (`content/sources/<name>`). */
  shown(name: string): string;
}

/** A document with a `source.file` must be that source, verbatim and whole. */
function sourceIssues(
  doc: ParallelDocument,
  file: string,
  parsed: ParsedYaml,
  sources: SourceReader | undefined,
): ContentIssue[] {
  const name = doc.source.file;
  if (!name || !sources) return [];
  const shownName = sources.shown(name);
  const text = sources.read(name);
  if (text === undefined)
    return [
      {
        file,
        line: parsed.lineOf(['source', 'file']),
        where: 'source › file',
        message: `${shownName} cannot be read (keep the source text there)`,
      },
    ];
  return compareWithSource(doc, parseSourceText(text), shownName).map((mismatch) => {
    const pair = mismatch.pair === undefined ? undefined : doc.pairs[mismatch.pair];
    const path =
      mismatch.pair === undefined
        ? mismatch.field.split(' › ')
        : ['pairs', mismatch.pair, mismatch.field];
    return {
      file,
      line: parsed.lineOf(path),
      where: pair ? `pair "${pair.id}" › ${mismatch.field}` : mismatch.field,
      message: mismatch.message,
    };
  });
}

/**
 * Parses and validates one document file (`content/documents/<slug>.yaml`). With `sources`,
 * a document that names its source text (`source.file`) is compared with it block by block.
 * With `limitPairs`, a document of more pairs than the build takes (lib/content/limits.ts) is
 * refused with that one problem, before any pair is checked: 50,000 pairs each with a problem
 * of its own were listed pair by pair (33 s) and the limit never named (issue 14.10).
 *
 * @throws {ContentError} naming the file, line, pair and field of every problem found
 * @example parseDocumentFile(readFileSync(path, 'utf8'), 'content/documents/x.yaml')
 */
export function parseDocumentFile(
  text: string,
  file: string,
  options: { sources?: SourceReader; limitPairs?: boolean } = {},
): ParallelDocument {
  return parseWith(
    documentSchema,
    text,
    file,
    describeDocumentPath,
    (doc, f, parsed) => [
      ...documentIssues(doc, f, parsed),
      ...sourceIssues(doc, f, parsed, options.sources),
    ],
    (data) => (options.limitPairs ? tooManyPairs(data, text, file) : undefined),
  );
}

/** The pair limit's problem, found on the raw data (no schema, no positions: seconds at 50,000). */
function tooManyPairs(data: unknown, text: string, file: string): ContentIssue | undefined {
  const pairs = typeof data === 'object' && data !== null ? Reflect.get(data, 'pairs') : undefined;
  const message = Array.isArray(pairs) ? documentSizeProblem({ pairs: pairs.length }) : undefined;
  if (!message) return undefined;
  const key = /^pairs:/m.exec(text);
  const line = key ? text.slice(0, key.index).split('\n').length : undefined;
  return { file, ...(line !== undefined && { line }), where: 'pairs', message };
}

/**
 * Parses and validates a document's glossary (`content/glossary/<slug>.yaml`). With `corpus`
 * (the Chinese of the document's pairs), it also checks that each term occurs in it.
 *
 * @throws {ContentError} naming the file, line, entry and field of every problem found
 */
export function parseGlossaryFile(
  text: string,
  file: string,
  options: { corpus?: readonly string[] } = {},
): GlossaryEntry[] {
  return parseWith(glossarySchema, text, file, describeGlossaryPath, (entries, f, parsed) =>
    glossaryIssues(entries, f, parsed, options.corpus),
  );
}
