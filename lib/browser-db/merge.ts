import { type DatabaseSpec, withStores } from './database';
import { parseRecord, type RecordSchema } from './records';

/**
 * Merging records into a store, as a restore from a backup does: nothing the browser holds is
 * deleted; a record it lacks is added, one it holds unchanged is left, and where the two
 * differ `choose` decides which stays. All in one transaction, so that a tab writing the same
 * records meanwhile is applied before or after the merge, never half-way.
 */

/** What a merge did: records written (added or replaced), already there, kept as they were. */
export interface MergeCounts {
  /** Added, or replacing the browser's record (or one it could not read). */
  restored: number;
  /** Already held, the same. */
  unchanged: number;
  /** Held in another form, which `choose` preferred to the incoming one. */
  kept: number;
}

/** Which of two different records with the same key stays. */
export type ChooseRecord<T> = (current: T, incoming: T) => 'current' | 'incoming';

/**
 * JSON with its object keys sorted, so that two records that hold the same compare equal
 * whatever order their fields were written in.
 *
 * @example canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }) // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/**
 * Merges `incoming` into `store` by key (the store's key path). A stored record that no longer
 * parses is replaced (the backup repairs it).
 *
 * @throws {TypeError} for an incoming record the schema refuses (nothing is written then)
 * @throws {BrowserDbError} `quota` when the storage is full (nothing is written then either)
 * @example await mergeRecords(spec, 'words', schema, entries, (a, b) => (b.savedAt > a.savedAt ? 'incoming' : 'current'))
 */
export async function mergeRecords<T extends object>(
  spec: DatabaseSpec,
  store: string,
  schema: RecordSchema<T>,
  incoming: readonly T[],
  choose: ChooseRecord<T>,
): Promise<MergeCounts & { written: T[] }> {
  const keyPath = spec.stores[store]?.keyPath ?? 'id';
  const records = incoming.map((record) => {
    const parsed = parseRecord(schema, record);
    if (!parsed.ok) throw new TypeError(`not a valid record: ${parsed.problem}`);
    return parsed.value;
  });
  return withStores(spec, [store], 'readwrite', (stores) => {
    const target = stores[store];
    const counts = { restored: 0, unchanged: 0, kept: 0 };
    const written: T[] = [];
    if (!target) throw new TypeError(`no store ${store}`);
    // One after the other: a record given twice meets its first copy, not the old one.
    const next = (index: number): void => {
      const record = records[index];
      if (!record) return;
      const key: unknown = Reflect.get(record, keyPath);
      if (typeof key !== 'string' && typeof key !== 'number')
        throw new TypeError(`a record without its key (${keyPath})`);
      const request = target.get(key);
      request.onsuccess = () => {
        const current = request.result === undefined ? null : parseRecord(schema, request.result);
        if (current?.ok && canonicalJson(current.value) === canonicalJson(record)) {
          counts.unchanged++;
        } else if (current?.ok && choose(current.value, record) === 'current') {
          counts.kept++;
        } else {
          target.put(record);
          written.push(record);
          counts.restored++;
        }
        next(index + 1);
      };
    };
    next(0);
    return () => ({ ...counts, written });
  });
}
