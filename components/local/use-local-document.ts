import { useEffect, useState } from 'react';
import { parseDocumentFile } from '@/lib/content/parse';
import type { ParallelDocument } from '@/lib/content/schema';
import { getLocalDocument } from '@/lib/local-library/store';

export type LocalDocumentState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'invalid'; message: string }
  | { kind: 'ready'; doc: ParallelDocument; yaml: string };

/**
 * A document of the personal library by id, validated as bundled content is (the stored
 * file may come from an older version, or have been edited by hand).
 */
export function useLocalDocument(id: string): LocalDocumentState {
  const [state, setState] = useState<LocalDocumentState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    getLocalDocument(id)
      .then((stored) => {
        if (!live) return;
        if (!stored) return setState({ kind: 'missing' });
        try {
          setState({
            kind: 'ready',
            doc: parseDocumentFile(stored.yaml, `${stored.id}.yaml`),
            yaml: stored.yaml,
          });
        } catch (error) {
          setState({ kind: 'invalid', message: (error as Error).message });
        }
      })
      .catch((error: Error) => live && setState({ kind: 'invalid', message: error.message }));
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}
