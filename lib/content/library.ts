import type { GlossaryEntry, ParallelDocument } from './schema';

/** Everything in `content/`, validated (see `loadLibrary` in ./load.ts). */
export interface Library {
  /** Newest first. */
  documents: ParallelDocument[];
  /** Each document's glossary (`content/glossary/<slug>.yaml`), by slug; empty when it has none. */
  glossaries: ReadonlyMap<string, readonly GlossaryEntry[]>;
}

/**
 * A document's glossary, empty when it has none.
 *
 * @example glossaryOf(library, 'kong-yiji').map((e) => e.term) // ['长衫', '短衣帮', …]
 */
export function glossaryOf(library: Library, slug: string): readonly GlossaryEntry[] {
  return library.glossaries.get(slug) ?? [];
}
