import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, type ContentIssue } from './errors';
import type { Library } from './library';
import { documentSizeProblem } from './limits';
import { parseDocumentFile, parseGlossaryFile, type SourceReader } from './parse';
import type { GlossaryEntry, ParallelDocument } from './schema';

export { glossaryOf, type Library } from './library';

export const DOCUMENTS_DIR = 'documents';
/** One glossary per document: `glossary/<slug>.yaml`, its terms checked against that document. */
export const GLOSSARY_DIR = 'glossary';
/** Source texts a document may name (`source.file`) to have its Chinese compared with. */
export const SOURCES_DIR = 'sources';
/** Where the glossary was before it became one file per document. */
const LEGACY_GLOSSARY_FILE = 'glossary.yaml';

async function readText(file: string, shown: string, issues: ContentIssue[]) {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    issues.push({ file: shown, message: `cannot be read (${(error as Error).message})` });
    return undefined;
  }
}

/** Runs a parser, collecting its issues instead of stopping at the first file. */
function collect<T>(issues: ContentIssue[], parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ContentError) {
      issues.push(...error.issues);
      return undefined;
    }
    throw error;
  }
}

const yamlNames = async (dir: string) =>
  (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.yaml')).sort();

/**
 * Reads and validates every file under `contentDir`: each `documents/*.yaml` (compared with
 * its source text where it names one), then each `glossary/<slug>.yaml` against its document's
 * Chinese. Documents are ordered by date, newest first.
 *
 * @throws {ContentError} listing every problem in every file
 */
export async function loadLibrary(contentDir: string, options: { root?: string } = {}) {
  const root = options.root ?? process.cwd();
  const shown = (file: string) => path.relative(root, file) || file;
  const issues: ContentIssue[] = [];
  const documentsDir = path.join(contentDir, DOCUMENTS_DIR);
  const sourcesDir = path.join(contentDir, SOURCES_DIR);
  const sources: SourceReader = {
    shown: (name) => shown(path.join(sourcesDir, name)),
    read(name) {
      try {
        return readFileSync(path.join(sourcesDir, name), 'utf8');
      } catch {
        return undefined;
      }
    },
  };

  const names = await yamlNames(documentsDir);
  const documents: ParallelDocument[] = [];
  for (const name of names) {
    const file = path.join(documentsDir, name);
    // Too large to build in reasonable time: refused before it is even read (lib/content/limits.ts).
    const tooLarge = documentSizeProblem({
      bytes: (await stat(file).catch(() => undefined))?.size,
    });
    if (tooLarge) {
      issues.push({ file: shown(file), message: tooLarge });
      continue;
    }
    const text = await readText(file, shown(file), issues);
    if (text === undefined) continue;
    // Too many pairs: refused with that one problem (parseDocumentFile's limitPairs).
    const doc = collect(issues, () =>
      parseDocumentFile(text, shown(file), { sources, limitPairs: true }),
    );
    if (!doc) continue;
    const expected = name.replace(/\.yaml$/, '');
    if (doc.slug !== expected) {
      issues.push({
        file: shown(file),
        where: 'slug',
        message: `is "${doc.slug}" but the file is named "${name}" (they must match)`,
      });
      continue;
    }
    documents.push(doc);
  }

  const legacy = path.join(contentDir, LEGACY_GLOSSARY_FILE);
  if (
    await readFile(legacy).then(
      () => true,
      () => false,
    )
  )
    issues.push({
      file: shown(legacy),
      message: `glossaries are one file per document now: move its entries to ${GLOSSARY_DIR}/<slug>.yaml`,
    });

  const glossaries = new Map<string, readonly GlossaryEntry[]>();
  const glossaryDir = path.join(contentDir, GLOSSARY_DIR);
  const bySlug = new Map(documents.map((doc) => [doc.slug, doc]));
  const unreadable = new Set(
    names.map((n) => n.replace(/\.yaml$/, '')).filter((s) => !bySlug.has(s)),
  );
  for (const name of await yamlNames(glossaryDir)) {
    const file = path.join(glossaryDir, name);
    const slug = name.replace(/\.yaml$/, '');
    const doc = bySlug.get(slug);
    if (!doc && !unreadable.has(slug)) {
      issues.push({
        file: shown(file),
        message: `names no document: a glossary file is named after its document (${DOCUMENTS_DIR}/${slug}.yaml is missing)`,
      });
      continue;
    }
    const text = await readText(file, shown(file), issues);
    if (text === undefined) continue;
    // A document that could not be read is reported once, not again term by term.
    const corpus = doc?.pairs.map((pair) => pair.zh);
    const entries = collect(issues, () => parseGlossaryFile(text, shown(file), { corpus }));
    if (entries && doc) glossaries.set(slug, entries);
  }

  if (issues.length > 0) throw new ContentError(issues);
  documents.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  return { documents, glossaries } satisfies Library;
}
