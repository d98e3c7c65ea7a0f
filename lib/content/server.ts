import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cache } from 'react';
import { contentDir } from './content-dir';
import { contentEtag } from './etag';
import { DOCUMENTS_DIR, glossaryOf, type Library, loadLibrary } from './load';

/**
 * The last library loaded, by folder: a cache of one entry. A production build prerenders
 * every page of every document from the same files; reading them all again for each page made
 * the build quadratic in the number of documents (1,000 documents, about 8,000 pages).
 */
let loaded: { dir: string; library: Promise<Library> } | undefined;

function loadOnce(dir: string): Promise<Library> {
  if (loaded?.dir !== dir) loaded = { dir, library: loadLibrary(dir) };
  return loaded.library;
}

/**
 * The validated library. In production it is read once per process (the files do not change
 * under a build or a server of prerendered pages); in development once per request, so that
 * an edit shows on reload.
 */
export const getLibrary = cache(() =>
  process.env.NODE_ENV === 'production' ? loadOnce(contentDir()) : loadLibrary(contentDir()),
);

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

/**
 * The text of a document's file as it is on disk (comments and layout included), for the
 * editor: an edited file keeps every line that did not change (lib/content/update-text.ts).
 */
export async function getDocumentText(slug: string): Promise<string> {
  return readFile(path.join(contentDir(), DOCUMENTS_DIR, `${slug}.yaml`), 'utf8');
}
