import { useEffect, useState } from 'react';
import type { GlossaryEntry } from '@/lib/content/schema';
import { appliesTo, termbaseGlossary } from '@/lib/termbase/apply';
import { getTermbaseApplication, listTermbase } from '@/lib/termbase/store';

const NONE: readonly GlossaryEntry[] = [];

/**
 * The glossary the termbase gives an own document: its entries that occur in the text when the
 * termbase is applied to it (lib/termbase/apply.ts), else none. The same array until the
 * document changes, so a view built from it is built again only then. A termbase that cannot
 * be read gives none: the text is still shown.
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
    Promise.all([getTermbaseApplication(), listTermbase()])
      .then(([application, { entries }]) => {
        if (live)
          setGlossary(appliesTo(application, documentId) ? termbaseGlossary(entries, doc) : NONE);
      })
      .catch(() => undefined); // no termbase: the document is read without one
    return () => {
      live = false;
    };
  }, [documentId, doc]);
  return glossary;
}
