import type { GlossaryEntry } from '@/lib/content/schema';
import { appliesTo, termbaseGlossary } from '@/lib/termbase/apply';
import { getTermbaseApplication, listTermbase } from '@/lib/termbase/store';

/**
 * The glossary the termbase gives own document `documentId`: its entries that occur in the
 * text when the termbase is applied to it (lib/termbase/apply.ts), else none; none too when the
 * termbase cannot be read (the text is still shown). Read on the page for a short text, in the
 * document's worker for a long one (looking for the terms in 15 MB of text blocks the page).
 *
 * @example await termbaseGlossaryFor('local-1', doc) // [{ term: '算力', … }]
 */
export async function termbaseGlossaryFor(
  documentId: string,
  doc: { readonly pairs: readonly { readonly zh: string }[] },
): Promise<GlossaryEntry[]> {
  try {
    const [application, { entries }] = await Promise.all([
      getTermbaseApplication(),
      listTermbase(),
    ]);
    return appliesTo(application, documentId) ? termbaseGlossary(entries, doc) : [];
  } catch {
    return [];
  }
}
