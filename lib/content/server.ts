import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cache } from 'react';
import { DOCUMENTS_DIR, glossaryOf, loadLibrary } from './load';

/** The validated library, read once per request (and so once per prerendered page). */
export const getLibrary = cache(() => loadLibrary(path.join(process.cwd(), 'content')));

export async function getDocument(slug: string) {
  const { documents } = await getLibrary();
  return documents.find((doc) => doc.slug === slug);
}

/** A document's glossary (empty when it has none). */
export async function getGlossary(slug: string) {
  return glossaryOf(await getLibrary(), slug);
}

/** `generateStaticParams` of every per-document route: one page per document. */
export async function documentStaticParams() {
  const { documents } = await getLibrary();
  return documents.map((doc) => ({ slug: doc.slug }));
}

/**
 * The text of a document's file as it is on disk (comments and layout included), for the
 * editor: an edited file keeps every line that did not change (lib/content/update-text.ts).
 */
export async function getDocumentText(slug: string): Promise<string> {
  return readFile(path.join(process.cwd(), 'content', DOCUMENTS_DIR, `${slug}.yaml`), 'utf8');
}
