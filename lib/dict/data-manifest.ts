import * as z from 'zod/mini';

/**
 * The build's description of the big files a text of My library needs (the whole CC-CEDICT,
 * lib/dict/lines.ts, and the segmenter's lexicon), served as `/data/own-text-data.json`. The
 * browser keeps the files in a Cache Storage named after `hash` (components/local/data-cache.ts),
 * so a build with another dictionary is fetched anew and the old copy deleted; `bytes` (of the
 * text, uncompressed) lets the page show how far a first download has come.
 */
const file = z.object({
  path: z.string().check(z.regex(/^\/data\//, 'must be a path under /data/')),
  bytes: z.number().check(z.int(), z.nonnegative()),
});

export const dataManifestSchema = z.object({
  /** A hash of both files' bytes (hex), the same for the same build. */
  hash: z.string().check(z.regex(/^[0-9a-f]{8,64}$/, 'must be a hex hash')),
  cedict: file,
  lexicon: file,
});
export type DataManifest = z.infer<typeof dataManifestSchema>;

/** The manifest is not one: the message names the file and what is wrong. */
export class DataManifestError extends Error {
  override readonly name = 'DataManifestError';
}

/**
 * Checks a fetched manifest (parse, don't cast).
 *
 * @throws {DataManifestError} naming `origin` and the field
 * @example parseDataManifest(await response.json(), '/data/own-text-data.json').hash // '3f9a0c…'
 */
export function parseDataManifest(json: unknown, origin: string): DataManifest {
  const result = dataManifestSchema.safeParse(json);
  if (!result.success)
    throw new DataManifestError(
      `${origin} is not a data manifest:\n${z.prettifyError(result.error)}`,
    );
  return result.data;
}
