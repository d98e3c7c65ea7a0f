import path from 'node:path';
import { glossaryOf } from '../../lib/content/library';
import { loadLibrary } from '../../lib/content/load';
import { bundledHskTable } from '../../lib/hsk/bundled';
import { documentLevelEstimator } from '../../lib/library/bundled-level';
import { type CatalogEntry, catalogEntry } from '../../lib/library/catalog';
import type { LevelFigure } from '../../lib/library/level';
import { buildSearchIndex, type SearchIndexFiles } from '../../lib/library/search-index';
import { addPairElements } from '../../lib/library/search-key';
import { type Bytes, FIRST_SEARCHES, indexFigures } from './search-figures';
import { writeSyntheticLibrary } from './synthetic-library';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const both = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)}`;

/** Distinct elements of each shard's filter (lib/library/search-key.ts). */
function elementsPerShard(index: SearchIndexFiles): number[] {
  return index.shards.map((shard) => {
    const elements = new Set<string>();
    for (const doc of shard.documents)
      for (const pair of doc.pairs) addPairElements(elements, pair);
    return elements.size;
  });
}

/**
 * `npm run bench:library -- --index-only`: the search index of synthetic libraries without
 * `next build` (the same catalogue and index code the build runs: lib/library/server.ts), at
 * each size, shard size, key size (bits per element) and shards per key file; prints the whole index as it was,
 * the head, the key, the shards, and what a first search downloads without the key (every
 * shard in order until 20 results) and with it. Levels are estimated once per distinct text:
 * the copies of a bundled document share it.
 */
export async function benchIndexOnly(
  root: string,
  scratch: string,
  sizes: readonly number[],
  shardKbs: readonly number[],
  keyBits: readonly number[],
  keyShards: readonly number[],
) {
  console.log(
    `\n| documents | shard KB | key bits / element | shards per key file | whole index KB raw / gzip | head KB raw / gzip | key KB raw / gzip (files) | shards | filter elements per shard (mean, max) | all shards KB gzip | ${FIRST_SEARCHES.map(([label, q]) => `“${q}” (${label}): KB gzip without key (shards) → with key (shards, key files)`).join(' | ')} |`,
  );
  console.log(
    `| --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | ${FIRST_SEARCHES.map(() => '--:').join(' | ')} |`,
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
      for (const [bits, perFile] of keyBits.flatMap((b) => keyShards.map((k) => [b, k] as const))) {
        const index = buildSearchIndex(catalog, library.documents, shardKb * 1024, bits, perFile);
        const figures = indexFigures(index);
        const elements = elementsPerShard(index);
        const mean = elements.reduce((a, b) => a + b, 0) / Math.max(1, elements.length);
        const first = figures.first
          .map(
            ({ before, after }) =>
              `${kb(before.bytes.gzip)} (${before.shards}) → ${kb(after.bytes.gzip)} (${after.shards}, ${after.keys})`,
          )
          .join(' | ');
        console.log(
          `| ${count} | ${shardKb} | ${bits} | ${perFile} | ${both(figures.whole)} | ${both(figures.head)} | ${both(figures.key)} (${figures.keyFiles}) | ${figures.shards} | ${mean.toFixed(0)}, ${Math.max(...elements)} | ${kb(figures.allShards.gzip)} | ${first} |`,
        );
      }
    }
  }
}
