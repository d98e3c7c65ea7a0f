import type { GlossaryEntry } from '../content/schema';
import { type TermbaseApplication, type TermbaseEntry, toGlossaryEntry } from './schema';

/**
 * Whether the termbase is applied to an own document.
 *
 * @example appliesTo({ id: 'application', all: false, documents: ['local-1'] }, 'local-1') // true
 */
export function appliesTo(application: TermbaseApplication, documentId: string): boolean {
  return application.all || application.documents.includes(documentId);
}

/**
 * The glossary a termbase gives a document: its entries whose term occurs in the document's
 * Chinese, in the termbase's order, as glossary entries. The reader, the review and QA then
 * treat them exactly as a bundled document's glossary (tooltips, renderings highlighted, term
 * checks); entries the text never uses are left out, so QA does not look for their renderings.
 *
 * @example termbaseGlossary(entries, doc).map((e) => e.term) // ['算力']
 */
export function termbaseGlossary(
  entries: readonly TermbaseEntry[],
  doc: { readonly pairs: readonly { readonly zh: string }[] },
): GlossaryEntry[] {
  const chinese = doc.pairs.map((pair) => pair.zh).join('\n');
  return entries.filter((entry) => chinese.includes(entry.term)).map(toGlossaryEntry);
}
