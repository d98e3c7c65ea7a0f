import 'server-only';
import path from 'node:path';
import { cache } from 'react';
import { loadLibrary } from './load';

/** The validated library, read once per request (and so once per prerendered page). */
export const getLibrary = cache(() => loadLibrary(path.join(process.cwd(), 'content')));

export async function getDocument(slug: string) {
  const { documents } = await getLibrary();
  return documents.find((doc) => doc.slug === slug);
}
