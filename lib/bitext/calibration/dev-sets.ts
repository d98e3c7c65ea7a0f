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
 * on one part and checked on another (`splitOf`). Every chunk (one to four Bible chapters, or a
 * Tatoeba document of 100 pairs) is laid out in each layout (dev-documents.ts), as given and
 * twice with sides deleted.
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
  'pairs',
];

export interface DevSetDocument extends DevDocument {
  source: 'bible' | 'tatoeba';
  /** Index of the chunk among those of its source. */
  chunk: number;
  layout: DevLayout;
  perturbed: boolean;
}

/**
 * Which part a chunk belongs to: every other chunk of each source, starting with the first
 * (Genesis 1, Tatoeba 000) held out. Alternating keeps both parts alike in what they hold (the
 * narrative of Genesis, the laws and lists of Leviticus and Numbers), so that the held-out
 * part checks the map on text it has not seen but of the kinds it was fitted on.
 */
const splitOf = (index: number): DevSplit => (index % 2 === 0 ? 'held-out' : 'fit');

/** The fold of a fitting chunk for cross-validation inside the fitting part (0 or 1). */
export const foldOf = (chunkIndex: number): 0 | 1 => (chunkIndex % 4 === 1 ? 0 : 1);

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
  const chunks: { name: string; source: 'bible' | 'tatoeba'; index: number; units: DevUnit[] }[] =
    [];
  for (let i = 0; i < chapters.length; ) {
    const take = 1 + Math.floor(random() * 4);
    const part = chapters.slice(i, i + take);
    chunks.push({
      name: part[0]?.key ?? '',
      source: 'bible',
      index: chunks.length,
      units: part.flatMap((c) => c.units),
    });
    i += take;
  }
  runsBy(tatoeba, (row) => row.doc).forEach((doc, index) => {
    chunks.push({ name: doc.key, source: 'tatoeba', index, units: doc.units });
  });
  const out: DevSetDocument[] = [];
  for (const chunk of chunks) {
    if (splitOf(chunk.index) !== split) continue;
    for (const layout of DEV_LAYOUTS) {
      // As given, and twice with other sides deleted: errors are rare, and the bins below 0.9
      // need links to be judged.
      for (const variant of [0, 1, 2]) {
        // A pair of a content file is a paragraph of a finished translation, which leaves no
        // sentence out: its variants cut the chunk into other paragraphs instead.
        const perturbed = variant > 0 && layout !== 'pairs';
        // A generator of its own per document: adding a layout changes no other document.
        const random = seededRandom(hashOf(`${chunk.name} ${layout} ${variant}`));
        const units = perturbed ? perturb(chunk.units, random) : chunk.units;
        const docs =
          layout === 'pairs'
            ? pairDocuments(chunk.name, units, random)
            : [devDocument(chunk.name, units, layout, random)];
        for (const doc of docs)
          out.push({ ...doc, source: chunk.source, chunk: chunk.index, layout, perturbed });
      }
    }
  }
  return out;
}

/** FNV-1a, 32 bits: a seed from a name. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The 'pairs' layout: a chunk cut into paragraphs of 1–6 units, each a document of its own
 * (one paragraph a side), as the reader's aligner sees a content file's pair; paragraphs left
 * without text on one side are not pairs and are dropped.
 */
function pairDocuments(
  name: string,
  units: readonly DevUnit[],
  random: () => number,
): DevDocument[] {
  const out: DevDocument[] = [];
  for (let start = 0; start < units.length; ) {
    const size = 1 + Math.floor(random() * 6);
    const paragraph = units.slice(start, start + size);
    start += size;
    const hasText = (side: 'zh' | 'en') => paragraph.some((u) => u[side].trim() !== '');
    if (hasText('zh') && hasText('en'))
      out.push(devDocument(`${name}+${start - size}`, paragraph, 'run-together', random));
  }
  return out;
}
