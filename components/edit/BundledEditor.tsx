'use client';

import { useMemo } from 'react';
import type { GlossaryEntry, ParallelDocument } from '@/lib/content/schema';
import { DocumentEditor } from './DocumentEditor';
import { draftStore } from './history-stores';

export interface BundledEditorProps {
  doc: ParallelDocument;
  original: string;
  glossary: readonly GlossaryEntry[];
  /** The file's ETag: drafts are kept per version, saves start from it. */
  etag: string;
}

/** The editor for a document of content/: a localStorage draft, Download, Save to server. */
export function BundledEditor({ doc, original, glossary, etag }: BundledEditorProps) {
  const store = useMemo(() => draftStore(doc.slug, etag), [doc.slug, etag]);
  return (
    <DocumentEditor
      doc={doc}
      original={original}
      glossary={glossary}
      store={store}
      server={{ etag }}
      restoredNote={store.savedAt}
    />
  );
}
