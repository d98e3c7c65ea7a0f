import 'server-only';
import path from 'node:path';
import { cache } from 'react';
import { glossaryOf, loadLibrary } from './load';

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
