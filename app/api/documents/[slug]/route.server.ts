import path from 'node:path';
import { formatIssue } from '@/lib/content/errors';
import { documentFile, SaveError } from '@/lib/content/write';
import { CONFIRM_HEADER, MAX_SAVE_BYTES } from '@/lib/save/protocol';
import { readBoundedBody } from '@/lib/save/read-body';
import { guardSettingsFromEnv, guardWrite } from '@/lib/save/request-guard';
import { saveDocument } from '@/lib/save/save-document';
import { decodeUtf8Text } from '@/lib/text/decode';

/**
 * Saves an edited document to `content/documents/<slug>.yaml` (PUT, body: the YAML text).
 * Only in the server build (the `.server.ts` extension keeps it out of the static export,
 * which cannot hold non-GET handlers), and only when the owner started the server with
 * `DUIZHAO_ALLOW_SAVE=1`: a public deployment must never let visitors rewrite its content.
 * README "Security" says what else guards it (host, origin, token) and lib/save how a save runs.
 */

export const dynamic = 'force-dynamic';

const ALLOW = 'PUT';

const json = (status: number, body: object, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

const refuse = (status: number, error: string, extra: object = {}) =>
  json(status, { error, ...extra });

/** How a refused name is answered: an unknown or unnameable document is simply not found. */
const STATUS = { 'invalid-slug': 404, 'unknown-document': 404, 'outside-content': 403 } as const;

function contentDir(): string {
  // DUIZHAO_CONTENT_DIR lets a test server write to a copy instead of the repository.
  return path.resolve(
    /* turbopackIgnore: true */ process.env.DUIZHAO_CONTENT_DIR ??
      path.join(process.cwd(), 'content'),
  );
}

async function save(request: Request, slug: string): Promise<Response> {
  if (process.env.DUIZHAO_ALLOW_SAVE !== '1')
    return refuse(
      403,
      'Saving is disabled. Start the server with DUIZHAO_ALLOW_SAVE=1 to allow writing to content/.',
    );
  const guard = guardWrite(request.headers, guardSettingsFromEnv(process.env));
  if (!guard.ok)
    return json(
      guard.status,
      { error: guard.message },
      guard.authenticate ? { 'WWW-Authenticate': 'Bearer realm="duizhao"' } : {},
    );
  const dir = contentDir();
  await documentFile(dir, slug); // 404 for a name that is no document, before anything else
  const ifMatch = request.headers.get('if-match');
  if (ifMatch === null)
    return refuse(
      428,
      'Send the ETag of the version you edited as If-Match (or If-Match: * to replace whatever is there).',
    );
  const body = await readBoundedBody(request, MAX_SAVE_BYTES);
  if (!body.ok)
    // Closing the connection stops a client that is still uploading the rest.
    return json(
      413,
      { error: `The document is larger than ${MAX_SAVE_BYTES} bytes.` },
      { Connection: 'close' },
    );
  const decoded = decodeUtf8Text(body.bytes);
  if (!decoded.ok) return refuse(400, `The body ${decoded.message}.`, { problem: decoded.problem });
  const outcome = await saveDocument(dir, slug, decoded.text, {
    ifMatch,
    confirm: request.headers.get(CONFIRM_HEADER) ?? undefined,
  });
  switch (outcome.kind) {
    case 'saved':
      return json(
        200,
        {
          saved: slug,
          etag: outcome.etag,
          previous: outcome.previous,
          unchanged: false,
          qaErrors: outcome.qaErrors,
        },
        { ETag: outcome.etag },
      );
    case 'unchanged':
      return json(
        200,
        { saved: slug, etag: outcome.etag, unchanged: true },
        { ETag: outcome.etag },
      );
    case 'stale':
      return json(
        412,
        {
          error: 'The document was changed on the server since this version was loaded.',
          etag: outcome.etag,
          current: outcome.current,
        },
        { ETag: outcome.etag },
      );
    case 'needs-confirmation':
      return json(409, {
        error: `This save removes pairs or changes the Chinese: send ${CONFIRM_HEADER} to confirm.`,
        etag: outcome.etag,
        losses: outcome.losses,
        confirm: outcome.token,
      });
    case 'invalid':
      return refuse(422, 'The document is not valid content.', {
        details: outcome.issues.map(formatIssue),
      });
  }
}

/**
 * @example
 * // DUIZHAO_ALLOW_SAVE=1 npm start
 * // curl -X PUT -H 'If-Match: "sha256-…"' --data-binary @doc.yaml http://localhost:3000/api/documents/apus-li-tao-interview
 * // 200 { "saved": "apus-li-tao-interview", "etag": "\"sha256-…\"", "previous": ".history/…", … }
 */
export async function PUT(
  request: Request,
  // Typed by hand, not RouteContext: the static build's generated route types (in which this
  // file is not a route) would reject the route name.
  { params }: { params: Promise<{ slug: string }> },
) {
  const { slug } = await params;
  try {
    return await save(request, slug);
  } catch (error) {
    if (error instanceof SaveError) return refuse(STATUS[error.reason], error.message);
    // Whatever else went wrong (a full disk, say) is said without a stack trace.
    console.error(`save ${slug}:`, error);
    return refuse(500, 'The document could not be saved (see the server log).');
  }
}

const notAllowed = () => json(405, { error: 'Only PUT is accepted here.' }, { Allow: ALLOW });

export const GET = notAllowed;
export const HEAD = () => new Response(null, { status: 405, headers: { Allow: ALLOW } });
export const POST = notAllowed;
export const DELETE = notAllowed;
export const PATCH = notAllowed;
export const OPTIONS = notAllowed;
