import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, type ContentIssue } from './errors';
import { parseDocumentFile, parseGlossaryFile } from './parse';
import type { GlossaryEntry, ParallelDocument } from './schema';

/** Everything in `content/`, validated. */
export interface Library {
  documents: ParallelDocument[];
  glossary: GlossaryEntry[];
}

export const DOCUMENTS_DIR = 'documents';
export const GLOSSARY_FILE = 'glossary.yaml';

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

/**
 * Reads and validates every file under `contentDir`: each `documents/*.yaml`, then the
 * glossary against the documents' Chinese text. Documents are ordered by date, newest first.
 *
 * @throws {ContentError} listing every problem in every file
 */
export async function loadLibrary(contentDir: string, options: { root?: string } = {}) {
  const root = options.root ?? process.cwd();
  const shown = (file: string) => path.relative(root, file) || file;
  const issues: ContentIssue[] = [];
  const documentsDir = path.join(contentDir, DOCUMENTS_DIR);

  const names = (await readdir(documentsDir).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const documents: ParallelDocument[] = [];
  for (const name of names) {
    const file = path.join(documentsDir, name);
    const text = await readText(file, shown(file), issues);
    if (text === undefined) continue;
    const doc = collect(issues, () => parseDocumentFile(text, shown(file)));
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

  const glossaryFile = path.join(contentDir, GLOSSARY_FILE);
  const glossaryText = await readText(glossaryFile, shown(glossaryFile), issues);
  // Only check where terms occur when every document could be read: otherwise each term
  // of a broken document would be reported again as occurring nowhere.
  const corpus =
    documents.length === names.length
      ? documents.flatMap((doc) => doc.pairs.map((pair) => pair.zh))
      : undefined;
  const glossary =
    glossaryText === undefined
      ? []
      : (collect(issues, () => parseGlossaryFile(glossaryText, shown(glossaryFile), { corpus })) ??
        []);

  if (issues.length > 0) throw new ContentError(issues);
  documents.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  return { documents, glossary } satisfies Library;
}
