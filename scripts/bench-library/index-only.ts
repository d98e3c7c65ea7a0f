import path from 'node:path';
import { glossaryOf } from '../../lib/content/library';
import { loadLibrary } from '../../lib/content/load';
import { bundledHskTable } from '../../lib/hsk/bundled';
import { documentLevelEstimator } from '../../lib/library/bundled-level';
import { type CatalogEntry, catalogEntry } from '../../lib/library/catalog';
import type { LevelFigure } from '../../lib/library/level';
import { buildSearchIndex } from '../../lib/library/search-index';
import { type Bytes, FIRST_SEARCHES, indexFigures } from './search-figures';
import { writeSyntheticLibrary } from './synthetic-library';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const both = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)}`;

/**
 * `npm run bench:library -- --index-only`: the search index of synthetic libraries without
 * `next build` (the same catalogue and index code the build runs: lib/library/server.ts), at
 * each size and shard size; prints the whole index as it was, the head, the shards, and what
 * a first search downloads. Levels are estimated once per distinct text: the copies of a
 * bundled document share it.
 */
export async function benchIndexOnly(
  root: string,
  scratch: string,
  sizes: readonly number[],
  shardKbs: readonly number[],
) {
  console.log(
    `\n| documents | shard KB | whole index KB raw / gzip | head KB raw / gzip | shards | all shards KB gzip | ${FIRST_SEARCHES.map(([label, q]) => `first search “${q}” (${label}): shards, KB raw / gzip`).join(' | ')} |`,
  );
  console.log(
    `| --: | --: | --: | --: | --: | --: | ${FIRST_SEARCHES.map(() => '--:').join(' | ')} |`,
  );
  const hsk = bundledHskTable();
  const levels = new Map<string, LevelFigure | undefined>();
  for (const count of sizes) {
    const contentDir = path.join(scratch, `content-${count}`);
    writeSyntheticLibrary(path.join(root, 'content'), contentDir, count);
    const library = await loadLibrary(contentDir, { root: contentDir });
    const catalog: CatalogEntry[] = library.documents.map((doc) =>
      catalogEntry(doc, (paragraphs) => {
        const key = paragraphs.join('\n');
        if (!levels.has(key)) {
          const estimate = documentLevelEstimator(doc, glossaryOf(library, doc.slug), hsk);
          levels.set(key, estimate(paragraphs));
        }
        return levels.get(key);
      }),
    );
    for (const shardKb of shardKbs) {
      const figures = indexFigures(buildSearchIndex(catalog, library.documents, shardKb * 1024));
      const first = figures.first.map((f) => `${f.shards}: ${both(f.bytes)}`).join(' | ');
      console.log(
        `| ${count} | ${shardKb} | ${both(figures.whole)} | ${both(figures.head)} | ${figures.shards} | ${kb(figures.allShards.gzip)} | ${first} |`,
      );
    }
  }
}
