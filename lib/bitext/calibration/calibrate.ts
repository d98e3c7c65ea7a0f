import { z } from 'zod';
import fitted from './confidence-map.json';
import { applyIsotonic, type IsotonicMap } from './isotonic';

/**
 * The aligner's confidence, calibrated: a link's posterior probability under the model
 * (lattice.ts) mapped to the share of links with that posterior that are right on the
 * development documents (dev-sets.ts), by isotonic regression (isotonic.ts). Each entry point
 * has its own map, since their posteriors are spread differently: `document` for
 * alignDocument (paragraphs then sentences; the import page and the CLI), `segments` for
 * alignSegments (lines as given; the benchmark), `pair` for the reader's own aligner inside
 * one pair of a content file (lib/align, alignSentences). `npm run align:calibrate` fits them and
 * writes confidence-map.json; `npm run bench:align` prints the reliability tables before and
 * after on the held-out documents.
 */

const mapSchema = z.object({
  links: z.number().int().positive(),
  minStep: z.number().int().positive(),
  x: z.array(z.number().min(0).max(1)),
  y: z.array(z.number().min(0).max(1)),
});
const fileSchema = z.object({
  method: z.string(),
  fittedOn: z.string(),
  document: mapSchema,
  segments: mapSchema,
  pair: mapSchema,
});

export type CalibratedEntry = 'document' | 'segments' | 'pair';

/** The shipped maps (checked once, when this module loads). */
export const CONFIDENCE_MAPS: Record<CalibratedEntry, IsotonicMap> = (() => {
  const parsed = fileSchema.safeParse(fitted);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `lib/bitext/calibration/confidence-map.json: ${issue?.path.join('.')}: ${issue?.message} (run npm run align:calibrate)`,
    );
  }
  const { document, segments, pair } = parsed.data;
  return { document, segments, pair };
})();

/**
 * The calibrated confidence of a link with this posterior.
 *
 * @example calibrateConfidence(0.999) // 0.996…
 */
export function calibrateConfidence(
  posterior: number,
  entry: CalibratedEntry = 'document',
): number {
  return applyIsotonic(CONFIDENCE_MAPS[entry], posterior);
}
