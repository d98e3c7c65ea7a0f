import { type DatabaseSpec, withStore } from './database';

/**
 * Records read through a schema: what IndexedDB hands back comes from an earlier visit (an
 * older version of the app, a record edited in the developer tools, another tab of a newer
 * version), so it is parsed, not cast. A record that does not parse is skipped and reported,
 * and the others are still given: one bad record never hides the rest, nor takes a page down.
 */

/**
 * Any schema of the Standard Schema interface (https://standardschema.dev), which zod and
 * zod/mini schemas implement: the stores choose their own flavour.
 */
export interface RecordSchema<T> {
  readonly '~standard': {
    validate(value: unknown):
      | { readonly value: T; readonly issues?: undefined }
      | {
          readonly issues: readonly {
            readonly message: string;
            readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[];
          }[];
        }
      | Promise<unknown>;
  };
}

/** A record that was left out, and why, for the page to say. */
export interface SkippedRecord {
  /** The record's key (its `id`, or the store's key path), or `#n` when it has none to show. */
  key: string;
  /** The first thing wrong with it, e.g. `title › zh: expected string, received object`. */
  problem: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * Parses one stored value.
 *
 * @example parseRecord(schema, { id: 1 }) // { ok: false, problem: 'id: expected string, received number' }
 */
export function parseRecord<T>(schema: RecordSchema<T>, value: unknown): Parsed<T> {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) return { ok: false, problem: 'the schema is asynchronous' };
  if (!result || typeof result !== 'object' || !('issues' in result) || !result.issues) {
    return { ok: true, value: (result as { value: T }).value };
  }
  const [issue] = result.issues;
  const where = (issue?.path ?? [])
    .map((part) => String(typeof part === 'object' ? part.key : part))
    .join(' › ');
  return { ok: false, problem: where ? `${where}: ${issue?.message}` : String(issue?.message) };
}

function keyOf(value: unknown, index: number, keyPath: string): string {
  const id = value && typeof value === 'object' ? Reflect.get(value, keyPath) : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : `#${index + 1}`;
}

/**
 * Every record of a store that parses, and those that do not, with why.
 *
 * @example const { records, skipped } = await readAll(spec, 'documents', localDocumentSchema)
 * @throws {BrowserDbError} when the database cannot be used at all
 */
export async function readAll<T>(
  spec: DatabaseSpec,
  store: string,
  schema: RecordSchema<T>,
): Promise<{ records: T[]; skipped: SkippedRecord[] }> {
  const values: unknown[] = await withStore(spec, store, 'readonly', (s) => s.getAll());
  return parseAll(values, schema, spec.stores[store]?.keyPath ?? 'id');
}

/**
 * Parses values read from a store: those that parse, and those that do not, with why.
 *
 * @example parseAll(request.result, knownWordSchema, 'word') // { records, skipped }
 */
export function parseAll<T>(
  values: readonly unknown[],
  schema: RecordSchema<T>,
  keyPath = 'id',
): { records: T[]; skipped: SkippedRecord[] } {
  const records: T[] = [];
  const skipped: SkippedRecord[] = [];
  values.forEach((value, index) => {
    const parsed = parseRecord(schema, value);
    if (parsed.ok) records.push(parsed.value);
    else skipped.push({ key: keyOf(value, index, keyPath), problem: parsed.problem });
  });
  return { records, skipped };
}

export type ReadOne<T> =
  | { kind: 'found'; record: T }
  | { kind: 'missing' }
  | { kind: 'invalid'; problem: string };

/**
 * One record by key, parsed.
 *
 * @example await readOne(spec, 'documents', 'local-1', localDocumentSchema) // { kind: 'found', record }
 * @throws {BrowserDbError} when the database cannot be used at all
 */
export async function readOne<T>(
  spec: DatabaseSpec,
  store: string,
  key: IDBValidKey,
  schema: RecordSchema<T>,
): Promise<ReadOne<T>> {
  const value: unknown = await withStore(spec, store, 'readonly', (s) => s.get(key));
  if (value === undefined) return { kind: 'missing' };
  const parsed = parseRecord(schema, value);
  return parsed.ok
    ? { kind: 'found', record: parsed.value }
    : { kind: 'invalid', problem: parsed.problem };
}

/**
 * Writes a record after checking it against the schema (a bad record is never stored).
 *
 * @example await putRecord(spec, 'documents', localDocumentSchema, doc)
 * @throws {BrowserDbError} `quota` when the storage is full; TypeError for a record the schema refuses
 */
export async function putRecord<T>(
  spec: DatabaseSpec,
  store: string,
  schema: RecordSchema<T>,
  record: T,
): Promise<T> {
  const parsed = parseRecord(schema, record);
  if (!parsed.ok) throw new TypeError(`not a valid record: ${parsed.problem}`);
  await withStore(spec, store, 'readwrite', (s) => s.put(parsed.value));
  return parsed.value;
}

/**
 * Deletes a record (nothing happens if there is none with this key).
 *
 * @example await deleteRecord(spec, 'documents', 'local-1')
 */
export async function deleteRecord(
  spec: DatabaseSpec,
  store: string,
  key: IDBValidKey,
): Promise<void> {
  await withStore(spec, store, 'readwrite', (s) => s.delete(key));
}
