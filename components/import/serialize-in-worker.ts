import type { AlignMessage, AlignRequest, FileDocument } from './align.worker';

/**
 * The content file of an aligned result and its count of links needing review, written in the
 * align worker that made the result (components/import/align.worker.ts): a long result's pairs
 * never come to the page (receiving them, and sending them to another worker to write, froze
 * it for seconds: issue 14). `doc` carries the details to save under, and its pairs when the
 * page has them (a previewed result, with the fixes made there).
 *
 * @throws {Error} with the writer's message when the document cannot be written
 */
export function serializeInWorker(
  worker: Worker,
  doc: FileDocument,
): Promise<{ yaml: string; needsReview: number }> {
  // Answers carry the request's id: Save and Download may both be waiting.
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve, reject) => {
    const listen = (event: MessageEvent<AlignMessage>) => {
      const message = event.data;
      if ((message.type !== 'file' && message.type !== 'file-error') || message.id !== id) return;
      worker.removeEventListener('message', listen);
      if (message.type === 'file') resolve(message);
      else reject(new Error(message.message));
    };
    worker.addEventListener('message', listen);
    const request: AlignRequest = { mode: 'file', id, doc };
    worker.postMessage(request);
  });
}
