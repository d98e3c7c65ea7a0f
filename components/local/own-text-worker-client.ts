import { z } from 'zod';
import type { DictionaryProgress } from '@/components/dictionary/dictionary-loader';
import type { GlossaryEntry, ParallelDocument } from '@/lib/content/schema';
import type { ReadingData } from '@/lib/reader/reading-data';
import { readingDataSchema } from '@/lib/reader/reading-data-schema';
import type { OwnTextRequest, OwnTextTask } from './own-text.worker';

/** What the worker answered, checked (parse, don't cast); the payloads are checked below. */
const answerSchema = z.discriminatedUnion('kind', [
  z.object({ id: z.number(), kind: z.literal('reading'), data: z.unknown() }),
  z.object({ id: z.number(), kind: z.literal('dictionary'), file: z.unknown() }),
  z.object({
    id: z.number(),
    kind: z.literal('progress'),
    stage: z.enum(['download', 'words']),
    done: z.number(),
    total: z.number().nullable(),
  }),
  z.object({
    id: z.number(),
    kind: z.literal('error'),
    problem: z.enum(['unreachable', 'invalid']),
    message: z.string(),
  }),
]);

/** The worker could not make what was asked: the file could not be fetched, or was not one. */
export class OwnTextProblem extends Error {
  override readonly name = 'OwnTextProblem';
  constructor(
    readonly problem: 'unreachable' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

/** Where a first dictionary stands (the whole CC-CEDICT coming, or the text's words taken out). */
export type LoadStage = DictionaryProgress['stage'];

/** The learner's tools for one own text, made in a worker (components/local/own-text.worker.ts). */
export interface OwnTextWorker {
  reading(): Promise<ReadingData>;
  /**
   * The dictionary extract, as fetched files are: unchecked until `parseDictionaryFile`;
   * `onProgress` hears how the first download goes.
   */
  dictionary(onProgress?: (progress: DictionaryProgress) => void): Promise<unknown>;
  /** Ends the worker (the page is left); a later request starts another. */
  close(): void;
}

/**
 * A client for the own-text worker: one worker for the reading data and one for the dictionary,
 * so that the two big files are read at once on two cores (a first lookup wants both). Each
 * starts at its first request (pinyin, characters or a lookup asked for; never with the page)
 * and serves the page's later ones.
 *
 * @example const tools = ownTextWorker(doc, []); const data = await tools.reading()
 */
export function ownTextWorker(
  doc: ParallelDocument,
  glossary: readonly GlossaryEntry[],
): OwnTextWorker {
  const workers = { reading: workerClient(), dictionary: workerClient() };
  return {
    reading: () =>
      workers.reading
        .ask({ kind: 'reading' }, doc, glossary)
        .then((data) => readingDataSchema.parse(data)),
    dictionary: (onProgress) =>
      workers.dictionary.ask({ kind: 'dictionary' }, doc, glossary, onProgress),
    close() {
      workers.reading.close();
      workers.dictionary.close();
    },
  };
}

/** One worker, started at the first request, its answers matched to its requests by id. */
function workerClient() {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<
    number,
    {
      resolve: (a: unknown) => void;
      reject: (e: Error) => void;
      onProgress?: ((progress: DictionaryProgress) => void) | undefined;
    }
  >();
  const failAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  const start = () => {
    const started = new Worker(new URL('./own-text.worker.ts', import.meta.url), {
      type: 'module',
    });
    started.onmessage = (event: MessageEvent<unknown>) => {
      const answer = answerSchema.safeParse(event.data);
      if (!answer.success) return failAll(new OwnTextProblem('invalid', 'unexpected answer'));
      const { id } = answer.data;
      const caller = waiting.get(id);
      if (!caller) return;
      if (answer.data.kind === 'progress') {
        const { stage, done, total } = answer.data;
        caller.onProgress?.({ stage, done, total: total ?? undefined });
        return;
      }
      waiting.delete(id);
      if (answer.data.kind === 'error')
        caller.reject(new OwnTextProblem(answer.data.problem, answer.data.message));
      else caller.resolve(answer.data.kind === 'reading' ? answer.data.data : answer.data.file);
    };
    started.onerror = (event) => failAll(new OwnTextProblem('unreachable', event.message));
    return started;
  };
  return {
    ask: (
      task: OwnTextTask,
      doc: ParallelDocument,
      glossary: readonly GlossaryEntry[],
      onProgress?: (progress: DictionaryProgress) => void,
    ) =>
      new Promise<unknown>((resolve, reject) => {
        worker ??= start();
        const id = next++;
        waiting.set(id, { resolve, reject, onProgress });
        const request: OwnTextRequest = { ...task, id, doc, glossary };
        worker.postMessage(request);
      }),
    close() {
      worker?.terminate();
      worker = undefined;
      failAll(new OwnTextProblem('unreachable', 'the page was left'));
    },
  };
}
