import type { AlignMessage, AlignRequest } from './align.worker';
import type { FileDocument, RecordDetails, SaveOutcome } from './result-file';

type Answer = Extract<AlignMessage, { id: string }>;

/** Sends the request made under a new id and resolves with the worker's answer to that id. */
function ask(worker: Worker, request: (id: string) => AlignRequest): Promise<Answer> {
  // Answers carry the request's id: Save and Download may both be waiting.
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve) => {
    const listen = (event: MessageEvent<AlignMessage>) => {
      const message = event.data;
      if (!('id' in message) || message.id !== id) return;
      worker.removeEventListener('message', listen);
      resolve(message);
    };
    worker.addEventListener('message', listen);
    worker.postMessage(request(id));
  });
}

/**
 * The content file of an aligned result, written in the align worker that made the result
 * (components/import/align.worker.ts, result-file.ts), as a Blob to download: a long result's
 * pairs never come to the page (receiving them, and sending them to another worker to write,
 * froze it for seconds: issue 14). `doc` carries the details to save under, and its pairs when
 * the page has them (a previewed result, with the fixes made there).
 *
 * @throws {Error} with the writer's message when the document cannot be written
 * @example offer(await fileInWorker(worker, { ...metadata, byline: [], speakers: {}, furniture: [] }))
 */
export async function fileInWorker(worker: Worker, doc: FileDocument): Promise<Blob> {
  const answer = await ask(worker, (id) => ({ mode: 'file', id, doc }));
  if (answer.type === 'file') return answer.file;
  throw new Error(answer.type === 'file-error' ? answer.message : 'unexpected answer');
}

/**
 * Saves the result to the personal library from the align worker (result-file.ts
 * `saveResult`): the content file and the IndexedDB write stay off the page, which a 15 MB
 * text's write blocked for over a second (issue 14, item 7).
 *
 * @example const outcome = await saveInWorker(worker, doc, { id, title, savedAt }); if (!outcome.ok) say(outcome.problem)
 */
export async function saveInWorker(
  worker: Worker,
  doc: FileDocument,
  record: RecordDetails,
): Promise<SaveOutcome> {
  const answer = await ask(worker, (id) => ({ mode: 'save', id, doc, record }));
  if (answer.type === 'saved') {
    const { type: _type, id: _id, ...outcome } = answer;
    return outcome;
  }
  return {
    ok: false,
    problem: 'file',
    message: answer.type === 'file-error' ? answer.message : 'unexpected answer',
  };
}
