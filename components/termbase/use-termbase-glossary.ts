import { useEffect, useState } from 'react';
import type { GlossaryEntry } from '@/lib/content/schema';
import { termbaseGlossaryFor } from './termbase-glossary';

const NONE: readonly GlossaryEntry[] = [];

/**
 * The glossary the termbase gives an own document: its entries that occur in the text when the
 * termbase is applied to it (lib/termbase/apply.ts), else none. The same array until the
 * document changes, so a view built from it is built again only then. A termbase that cannot
 * be read gives none: the text is still shown. (A windowed text's is found in its worker: pass
 * no document.)
 *
 * @example const glossary = useTermbaseGlossary(id, doc); buildReaderView(doc, glossary)
 */
export function useTermbaseGlossary(
  documentId: string,
  doc: { readonly pairs: readonly { readonly zh: string }[] } | undefined,
): readonly GlossaryEntry[] {
  const [glossary, setGlossary] = useState<readonly GlossaryEntry[]>(NONE);
  useEffect(() => {
    if (!doc) return;
    let live = true;
    termbaseGlossaryFor(documentId, doc).then((entries) => {
      if (live) setGlossary(entries.length > 0 ? entries : NONE);
    });
    return () => {
      live = false;
    };
  }, [documentId, doc]);
  return glossary;
}
