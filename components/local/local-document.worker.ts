/// <reference lib="webworker" />
import type { ParallelDocument } from '@/lib/content/schema';
import { HEAD_ABOVE, HEAD_PAIRS } from '@/lib/local-library/heads';
import { getLocalDocument, getLocalHead, keepLocalHead } from '@/lib/local-library/store';
import { yamlHead } from '@/lib/local-library/yaml-head';
import { firstFromFile, type OpenRequest, openInSteps } from './open-local-document';
import { markOpen } from './open-marks';
import { type OpenPiece, openPieces } from './open-result-pieces';
import { viewBlock, wholeReview } from './view-blocks';

/**
 * What the page asks: the record to open by id (the reader and the review never read a long
 * text on the page), or a text it has read (the editor, which needs the text itself); for a
 * long text opened by id, the view of a block of its pairs (`block`), or the review's checks
 * of the whole (view `checks`, in a worker of its own so that blocks are answered meanwhile).
 */
export type OpenInWorker =
  | { id: string; view: OpenRequest['view'] | 'checks' }
  | OpenRequest
  | { block: number };

const post = (piece: OpenPiece) => self.postMessage(piece);

/**
 * Pairs of the review's checks per message (light: no sentences, no links). Each message is
 * read on the page in a task of its own; at 2,000 pairs with their links a 15 MB text's were
 * read in tasks of up to 760 ms, most of it the garbage collector's (a Chromium trace).
 */
const CHECKED_PER_MESSAGE = 500;

/** The long text this worker opened by id, and the view its blocks are asked in. */
let opened: { doc: ParallelDocument; view: 'reader' | 'review' } | undefined;

async function read(id: string): Promise<string | undefined> {
  markOpen('read');
  const stored = await getLocalDocument(id);
  markOpen('read done');
  if (stored.kind === 'missing') post({ type: 'missing' });
  else if (stored.kind === 'invalid') post({ type: 'invalid', message: stored.problem });
  else return stored.record.yaml;
  return undefined;
}

/**
 * The first screenful of document `id` from its stored head (heads.ts), posted before the
 * whole record is read; the head's text, or undefined when there is none that opens.
 */
async function firstFromHead(id: string, view: 'reader' | 'review'): Promise<string | undefined> {
  const head = await getLocalHead(id);
  markOpen('head read');
  if (!head) return undefined;
  const first = firstFromFile(head.head, `${id}.yaml`, view, HEAD_PAIRS, head.total);
  if (!first) return undefined;
  post({ type: 'first', result: first });
  markOpen('first posted');
  return head.head;
}

/**
 * The head cut from the whole `yaml` of `id`; written again when it is not the one that was
 * shown (none stored, an older one, a record restored from a backup). Not awaited: a failed
 * write only costs the next open its speed.
 */
function checkHead(id: string, yaml: string, shown: string | undefined): string | undefined {
  const cut = yaml.length > HEAD_ABOVE ? yamlHead(yaml, HEAD_PAIRS) : undefined;
  if (cut?.head !== shown) keepLocalHead(id, yaml).catch(() => undefined);
  return cut?.head;
}

/**
 * Opens an own text off the main thread: reads its record from the library (reading it on the
 * page, and handing the text over, blocked the page for seconds at 15 MB), validates it and
 * builds its reader or review view. A short text comes whole, in pieces (open-result-pieces.ts:
 * received whole, it froze the page for seconds). A long one (`windowed`, a book of tens of
 * thousands of pairs, whose whole view took minutes to build) comes as its first screenful,
 * then the document without a view; the page then asks for the view of the blocks it shows
 * (view-blocks.ts), and the review for the checks of the whole in a second worker.
 */
self.onmessage = async (event: MessageEvent<OpenInWorker>) => {
  try {
    const message = event.data;
    if ('block' in message) {
      if (opened)
        self.postMessage({
          type: 'block',
          block: viewBlock(opened.doc, opened.view, message.block),
        });
      return;
    }
    let request: OpenRequest;
    let shown = false;
    if ('yaml' in message) request = message;
    else {
      markOpen('asked');
      const { view } = message;
      const head =
        view === 'reader' || view === 'review' ? await firstFromHead(message.id, view) : undefined;
      const yaml = await read(message.id);
      if (yaml === undefined) return;
      // The head shown is the whole's: its first screenful stands (else it is sent again).
      const cut = view === 'checks' ? undefined : checkHead(message.id, yaml, head);
      shown = head !== undefined && cut === head;
      if (message.view === 'checks') {
        const [result] = openInSteps({ yaml, file: `${message.id}.yaml`, view: 'none' });
        if (result?.type !== 'ready') return post(result ?? { type: 'end' });
        const { view } = wholeReview(result.doc);
        // In slices, as the document: one message of 53,322 pairs froze the page to read it.
        self.postMessage({ type: 'checks', view: { ...view, pairs: [] } });
        for (let at = 0; at < view.pairs.length; at += CHECKED_PER_MESSAGE)
          self.postMessage({
            type: 'checked',
            // The page reads no links of these (its rows come from the blocks; the counts
            // of links are in the view): sent without them.
            pairs: view.pairs.slice(at, at + CHECKED_PER_MESSAGE).map((p) => ({ ...p, links: [] })),
          });
        self.postMessage({ type: 'checks-end' });
        return;
      }
      request = { yaml, file: `${message.id}.yaml`, view: message.view };
    }
    for (const step of openInSteps(request, undefined, !('yaml' in message), shown)) {
      if (step.type === 'ready' && step.total !== undefined) {
        post({ type: 'first', result: step });
        markOpen('first posted');
      } else {
        if (step.type === 'ready' && step.windowed && request.view !== 'none')
          opened = { doc: step.doc, view: request.view };
        for (const piece of openPieces(step)) post(piece);
        markOpen('whole posted');
      }
    }
  } catch (error) {
    post({ type: 'invalid', message: error instanceof Error ? error.message : String(error) });
  }
};
