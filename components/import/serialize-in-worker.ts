import type { ParallelDocument } from '@/lib/content/schema';
import type { SaveMessage, SaveRequest } from './save.worker';

/**
 * The content file of `doc` and its count of links needing review, made in a worker of its own
 * (components/import/save.worker.ts) so that a long text does not freeze the page.
 *
 * @throws {Error} with the writer's message when the document cannot be written
 */
export async function serializeInWorker(
  doc: ParallelDocument,
): Promise<{ yaml: string; needsReview: number }> {
  const worker = new Worker(new URL('./save.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<SaveMessage>) => {
        const message = event.data;
        if (message.type === 'done') resolve(message);
        else reject(new Error(message.message));
      };
      worker.onerror = (event) => reject(new Error(event.message));
      const request: SaveRequest = { doc };
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}
