import { z } from 'zod';
import {
  type DevDocument,
  type DevLayout,
  type DevUnit,
  devDocument,
  perturb,
  seededRandom,
} from './dev-documents';

/**
 * The development documents for calibration, from the shared data's two files
 * (../shared/data/align: bible-dev.jsonl, tatoeba-dev.jsonl), split so that the map is fitted
 * on one part and checked on another: the calibration is fitted on Exodus–Deuteronomy and
 * Tatoeba documents 000–012, and checked on Genesis and Tatoeba 013–024 (held out). Every
 * chunk (one to four Bible chapters, or a Tatoeba document of 100 pairs) is laid out in each
 * layout (dev-documents.ts), as given and with sides deleted.
 */

const rowSchema = z.object({ doc: z.string(), id: z.string(), zh: z.string(), en: z.string() });
export type DevRow = z.infer<typeof rowSchema>;

/**
 * Parses a JSON-lines file of the shared data.
 *
 * @throws {Error} naming the file and line of a row that is not { doc, id, zh, en }
 * @example parseDevRows('{"doc":"Gen","id":"Gen:1:1","zh":"…","en":"…"}', 'bible-dev.jsonl').length // 1
 */
export function parseDevRows(text: string, file: string): DevRow[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const row = rowSchema.safeParse(JSON.parse(line));
      if (!row.success) throw new Error(`${file}:${index + 1}: ${row.error.issues[0]?.message}`);
      return row.data;
    });
}

export type DevSplit = 'fit' | 'held-out';
export const DEV_LAYOUTS: readonly DevLayout[] = [
  'lines',
  'paragraphs',
  'run-together',
  'mixed',
  'segments',
];

export interface DevSetDocument extends DevDocument {
  source: 'bible' | 'tatoeba';
  layout: DevLayout;
  perturbed: boolean;
}

/** Which part a chunk belongs to: Genesis and the later Tatoeba documents are held out. */
const splitOf = (source: 'bible' | 'tatoeba', chunk: string): DevSplit =>
  source === 'bible'
    ? chunk.startsWith('Gen:')
      ? 'held-out'
      : 'fit'
    : Number(chunk.slice(-3)) < 13
      ? 'fit'
      : 'held-out';

/** Consecutive rows with the same key, in order. */
function runsBy(rows: readonly DevRow[], key: (row: DevRow) => string) {
  const runs: { key: string; units: DevUnit[] }[] = [];
  for (const row of rows) {
    const k = key(row);
    const last = runs.at(-1);
    if (last?.key === k) last.units.push({ zh: row.zh, en: row.en });
    else runs.push({ key: k, units: [{ zh: row.zh, en: row.en }] });
  }
  return runs;
}

/**
 * The documents of one split, always the same (a fixed seed).
 *
 * @example devSet(bibleRows, tatoebaRows, 'held-out').length // 8 × (Genesis chunks + 12)
 */
export function devSet(
  bible: readonly DevRow[],
  tatoeba: readonly DevRow[],
  split: DevSplit,
): DevSetDocument[] {
  const random = seededRandom(20261205);
  const chapters = runsBy(bible, (row) => row.id.split(':').slice(0, 2).join(':'));
  const chunks: { name: string; source: 'bible' | 'tatoeba'; units: DevUnit[] }[] = [];
  for (let i = 0; i < chapters.length; ) {
    const take = 1 + Math.floor(random() * 4);
    const part = chapters.slice(i, i + take);
    chunks.push({
      name: part[0]?.key ?? '',
      source: 'bible',
      units: part.flatMap((c) => c.units),
    });
    i += take;
  }
  for (const doc of runsBy(tatoeba, (row) => row.doc))
    chunks.push({ name: doc.key, source: 'tatoeba', units: doc.units });
  const out: DevSetDocument[] = [];
  for (const chunk of chunks) {
    for (const layout of DEV_LAYOUTS) {
      for (const perturbed of [false, true]) {
        // Draw even for the other split, so that a document is the same whichever is built.
        const units = perturbed ? perturb(chunk.units, random) : chunk.units;
        const doc = devDocument(chunk.name, units, layout, random);
        if (splitOf(chunk.source, chunk.name) !== split) continue;
        out.push({ ...doc, source: chunk.source, layout, perturbed });
      }
    }
  }
  return out;
}
