import type { GlossaryEntry, ParallelDocument } from '@/lib/content/schema';
import { HEAD_ABOVE, HEAD_PAIRS } from '@/lib/local-library/heads';
import { getLocalDocument, getLocalHead, keepLocalHead } from '@/lib/local-library/store';
import { yamlHead } from '@/lib/local-library/yaml-head';
import { termbaseGlossaryFor } from '../termbase/termbase-glossary';
import { firstFromFile, type OpenRequest, openInSteps } from './open-local-document';
import { markOpen } from './open-marks';
import { type OpenPiece, openPieces } from './open-result-pieces';
import { viewBlock, WINDOW_BLOCK, wholeReview } from './view-blocks';
import { wholeChecks } from './whole-checks';
import { holdWhileAlive } from './worker-watch';

/**
 * What the page asks: the record to open by id (the reader and the review never read a long
 * text on the page), or a text it has read (the editor, which needs the text itself); for a
 * long text opened by id, the view of a block of its pairs (`block`), or the review's checks
 * of the whole (view `checks`, in a worker of its own so that blocks are answered meanwhile).
 */
export type OpenInWorker =
  | {
      id: string;
      view: OpenRequest['view'] | 'checks';
      /** The checks': a Web Lock held while the worker lives, so the page hears of its end. */
      lock?: string;
    }
  | OpenRequest
  | { block: number };

type Post = (piece: OpenPiece) => void;

/**
 * A windowed document as the review page receives it: its pairs without their text (the page
 * reads only their ids; its rows and checks come from the workers). The page held the whole
 * 37 M characters before, and its garbage collector's pauses grew with them (tasks of 250 to
 * 600 ms while they came and as the checks arrived).
 */
const idsOf = (doc: ParallelDocument): ParallelDocument => ({
  ...doc,
  pairs: doc.pairs.map((pair) => ({ id: pair.id, kind: pair.kind, zh: '', en: '', notes: [] })),
});

/** The long text a worker opened by id, the view its blocks are asked in, its terms. */
interface Opened {
  doc: ParallelDocument;
  view: 'reader' | 'review';
  glossary: readonly GlossaryEntry[];
}

async function read(id: string, post: Post): Promise<string | undefined> {
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
async function firstFromHead(
  id: string,
  view: 'reader' | 'review',
  post: Post,
): Promise<string | undefined> {
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
export function documentOpener(send: (message: unknown) => void) {
  const post: Post = send;
  let opened: Opened | undefined;
  return async (message: OpenInWorker): Promise<void> => {
    try {
      if ('block' in message) {
        if (opened)
          send({
            type: 'block',
            block: viewBlock(
              opened.doc,
              opened.view,
              message.block,
              undefined,
              WINDOW_BLOCK,
              opened.glossary,
            ),
          });
        return;
      }
      let request: OpenRequest;
      let shown = false;
      if ('yaml' in message) request = message;
      else {
        markOpen('asked');
        const { view } = message;
        if (message.lock) holdWhileAlive(message.lock, send);
        const head =
          view === 'reader' || view === 'review'
            ? await firstFromHead(message.id, view, post)
            : undefined;
        const yaml = await read(message.id, post);
        if (yaml === undefined) return;
        // The head shown is the whole's: its first screenful stands (else it is sent again).
        const cut = view === 'checks' ? undefined : checkHead(message.id, yaml, head);
        shown = head !== undefined && cut === head;
        if (message.view === 'checks') {
          const [result] = openInSteps({ yaml, file: `${message.id}.yaml`, view: 'none' });
          markOpen('checks parsed');
          if (result?.type !== 'ready') return post(result ?? { type: 'end' });
          // What the page needs of them (whole-checks.ts), not the whole's pairs: reading
          // those, even 500 pairs a message without their links, made tasks of 300 ms to
          // over a second on the page.
          const glossary = await termbaseGlossaryFor(message.id, result.doc);
          markOpen('checks glossary');
          const { head, slices } = wholeChecks(wholeReview(result.doc, glossary).view);
          markOpen('checks made');
          send({ type: 'checks', checks: head });
          for (const flags of slices) send({ type: 'checked', flags });
          send({ type: 'checks-end' });
          markOpen('checks posted');
          return;
        }
        request = { yaml, file: `${message.id}.yaml`, view: message.view };
      }
      for (const step of openInSteps(request, undefined, !('yaml' in message), shown)) {
        if (step.type === 'ready' && step.total !== undefined) {
          post({ type: 'first', result: step });
          markOpen('first posted');
        } else {
          let result = step;
          if (
            step.type === 'ready' &&
            step.windowed &&
            request.view !== 'none' &&
            'id' in message
          ) {
            // The termbase's terms, applied in each block built here (and told to the page,
            // which otherwise looked for them in the whole text itself).
            const glossary = await termbaseGlossaryFor(message.id, step.doc);
            opened = { doc: step.doc, view: request.view, glossary };
            result = {
              ...step,
              glossary,
              ...(request.view === 'review' && { doc: idsOf(step.doc) }),
            };
          }
          for (const piece of openPieces(result)) post(piece);
          markOpen('whole posted');
        }
      }
    } catch (error) {
      post({ type: 'invalid', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
