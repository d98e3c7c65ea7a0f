import path from 'node:path';
import { ContentError, formatIssue } from '@/lib/content/errors';
import { SaveError, writeDocumentAtomically } from '@/lib/content/write';

/**
 * Saves an edited document to `content/documents/<slug>.yaml` (PUT, body: the YAML text).
 * Only in the server build (the `.server.ts` extension keeps it out of the static export,
 * which cannot hold non-GET handlers), and only when the owner started the server with
 * `DUIZHAO_ALLOW_SAVE=1`: a public deployment must never let visitors rewrite its content.
 */

export const dynamic = 'force-dynamic';

/** Upper bound on a body, far above any document (the interview is ~40 kB). */
const MAX_BYTES = 2_000_000;

const refuse = (status: number, error: string, details?: readonly string[]) =>
  Response.json({ error, ...(details && { details }) }, { status });

/** How a refused save is answered: an unknown or unnameable document is simply not found. */
const STATUS = { 'invalid-slug': 404, 'unknown-document': 404, 'outside-content': 403 } as const;

/**
 * @example
 * // DUIZHAO_ALLOW_SAVE=1 npm start
 * // curl -X PUT --data-binary @doc.yaml http://localhost:3000/api/documents/apus-li-tao-interview
 * // 200 { "saved": "apus-li-tao-interview", "previous": ".history/…", "document": { … } }
 */
export async function PUT(
  request: Request,
  // Typed by hand, not RouteContext: the static build's generated route types (in which this
  // file is not a route) would reject the route name.
  { params }: { params: Promise<{ slug: string }> },
) {
  if (process.env.DUIZHAO_ALLOW_SAVE !== '1')
    return refuse(
      403,
      'Saving is disabled. Start the server with DUIZHAO_ALLOW_SAVE=1 to allow writing to content/.',
    );
  const { slug } = await params;
  const text = await request.text();
  if (Buffer.byteLength(text, 'utf8') > MAX_BYTES)
    return refuse(413, `The document is larger than ${MAX_BYTES} bytes.`);
  // DUIZHAO_CONTENT_DIR lets a test server write to a copy instead of the repository.
  const contentDir = path.resolve(
    /* turbopackIgnore: true */ process.env.DUIZHAO_CONTENT_DIR ??
      path.join(process.cwd(), 'content'),
  );
  try {
    const saved = await writeDocumentAtomically(contentDir, slug, text);
    return Response.json({
      saved: slug,
      previous: path.relative(contentDir, saved.previous),
      document: saved.document,
    });
  } catch (error) {
    if (error instanceof SaveError) return refuse(STATUS[error.reason], error.message);
    if (error instanceof ContentError)
      return refuse(422, error.message, error.issues.map(formatIssue));
    throw error;
  }
}
