import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cache } from 'react';
import { contentEtag } from './etag';
import { DOCUMENTS_DIR, glossaryOf, loadLibrary } from './load';

const contentDir = () => path.join(process.cwd(), 'content');

/** The validated library, read once per request (and so once per prerendered page). */
export const getLibrary = cache(() => loadLibrary(contentDir()));

/**
 * The ETag of a document's file as the page is built, which the editor sends back as If-Match:
 * the save endpoint compares it with the file as it is then (lib/content/etag.ts).
 */
export async function documentEtag(slug: string): Promise<string> {
  return contentEtag(await readFile(path.join(contentDir(), DOCUMENTS_DIR, `${slug}.yaml`)));
}

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
