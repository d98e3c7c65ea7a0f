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
        if (stored.kind === 'missing') return setState({ kind: 'missing' });
        if (stored.kind === 'invalid')
          return setState({ kind: 'invalid', message: stored.problem });
        const { record } = stored;
        try {
          setState({
            kind: 'ready',
            doc: parseDocumentFile(record.yaml, `${record.id}.yaml`),
            yaml: record.yaml,
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
