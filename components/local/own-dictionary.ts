import type {
  DictionaryLoader,
  DictionaryProgress,
} from '@/components/dictionary/dictionary-loader';
import type { GlossaryEntry, ParallelDocument } from '@/lib/content/schema';
import { FULL_DICTIONARY_PATH } from '@/lib/dict/path';
import { getLocalDocument, saveLocalDictionary } from '@/lib/local-library/store';
import { fingerprint } from '@/lib/text/fingerprint';
import { OwnTextProblem, type OwnTextWorker } from './own-text-worker-client';

/**
 * The key an own text's extract and reading data are kept under: the Chinese of every pair and
 * the glossary, so that an edit of either makes them again (an extract of an older format fails
 * its check when read, and is made again too).
 *
 * @example extractKey(doc, []) // '3120:1x9k…'
 */
export function extractKey(
  doc: Pick<ParallelDocument, 'pairs'>,
  glossary: readonly GlossaryEntry[],
) {
  return fingerprint(JSON.stringify([doc.pairs.map((pair) => pair.zh), glossary]));
}

/**
 * The dictionary of a text of My library, in the shape the popup loads a bundled document's
 * (`dictionaryLoader`): the extract kept with the text when it was made for this very text, or
 * else one made by the worker from the whole of CC-CEDICT (fetched once per browser) and then
 * kept with the text. Loaded at the first lookup, then kept for the page; a failure is
 * forgotten, so Try again tries again. `watch` hears how a first download goes (the popup
 * shows it). Keeping is best effort: a full storage only means the
 * next visit makes the extract again.
 *
 * @example const loader = ownDictionaryLoader('local-1', doc, [], tools); await loader.get()
 */
export function ownDictionaryLoader(
  id: string,
  doc: ParallelDocument,
  glossary: readonly GlossaryEntry[],
  worker: OwnTextWorker,
): DictionaryLoader {
  let pending: ReturnType<DictionaryLoader['get']> | undefined;
  const listeners = new Set<(progress: DictionaryProgress) => void>();
  const tell = (progress: DictionaryProgress) => {
    for (const listener of listeners) listener(progress);
  };
  const load: DictionaryLoader['get'] = async () => {
    const { DictionaryLoadError, toLoadedDictionary } = await import(
      '@/components/dictionary/load-dictionary'
    );
    const { DictionaryFileError, parseDictionaryFile } = await import('@/lib/dict/file');
    const key = extractKey(doc, glossary);
    const stored = await getLocalDocument(id).catch(() => undefined);
    const kept = stored?.kind === 'found' ? stored.record.dictionary : undefined;
    if (kept?.key === key) {
      try {
        return toLoadedDictionary(parseDictionaryFile(kept.file, `the library's record "${id}"`));
      } catch {
        // A damaged record: made again below, and replaced.
      }
    }
    let file: unknown;
    try {
      file = await worker.dictionary(tell);
    } catch (cause) {
      const problem = cause instanceof OwnTextProblem ? cause.problem : 'unreachable';
      throw new DictionaryLoadError(problem, String(cause), { cause });
    }
    try {
      const loaded = toLoadedDictionary(parseDictionaryFile(file, FULL_DICTIONARY_PATH));
      await saveLocalDictionary(id, { key, file }).catch(() => undefined);
      return loaded;
    } catch (cause) {
      if (cause instanceof DictionaryFileError)
        throw new DictionaryLoadError('invalid', String(cause), { cause });
      throw cause;
    }
  };
  return {
    get() {
      pending ??= load().catch((error: unknown) => {
        pending = undefined;
        throw error;
      });
      return pending;
    },
    watch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
