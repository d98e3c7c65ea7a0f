import type { MergeCounts } from '../browser-db/merge';
import type { RecordSchema, SkippedRecord } from '../browser-db/records';

/**
 * A section of the backup file: one kind of thing the browser keeps (the library, saved words,
 * the learner's progress…), with its own version and schema, how to read it out of the browser
 * and how to merge it back in. The file is a list of these (./sections.ts); a new store joins
 * the backup with one `defineSection` there.
 */

/** What a section's `export` and `merge` may use: localStorage, and a place to report. */
export interface BackupContext {
  /** The browser's localStorage (undefined where it is blocked). */
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  /** Records read that were not valid, left out of the file: reported to the user. */
  skip: (records: readonly SkippedRecord[]) => void;
}

export type { MergeCounts };

/** A section as its module declares it. */
export interface BackupSectionSpec<T> {
  /** Its key in the file (`sections.<name>`) and in the interface's words. */
  name: string;
  /** The version of `data` this app writes and reads. */
  version: number;
  /** Checks `data` as read from a file (any Standard Schema: zod, zod/mini). */
  schema: RecordSchema<T>;
  /** Reads the section out of the browser. */
  export: (context: BackupContext) => Promise<T>;
  /** Merges checked data into the browser; never deletes what the browser holds. */
  merge: (data: T, context: BackupContext) => Promise<MergeCounts>;
}

/** One thing wrong with a backup file: where (section and field) and what. */
export interface BackupProblem {
  /** The section's name, or null for the file itself (its format, version, list of sections). */
  section: string | null;
  /** The field, e.g. `3 › title › zh`, or '' for the whole. */
  path: string;
  message: string;
}

/** A section with its data type hidden, so that sections of every type fit in one list. */
export interface BackupSection {
  readonly name: string;
  readonly version: number;
  export(context: BackupContext): Promise<unknown>;
  /** Checks data; when valid, gives the merge to run later (after every section is checked). */
  check(
    data: unknown,
  ):
    | { ok: true; merge: (context: BackupContext) => Promise<MergeCounts> }
    | { ok: false; problems: BackupProblem[] };
}

type Issue = { message: string; path?: readonly (PropertyKey | { key: PropertyKey })[] };

/**
 * A schema's issues as problems, each with its field.
 *
 * @example issuesOf(z.array(schema), [{ id: 1 }], 'library') // [{ section: 'library', path: '0 › id', … }]
 */
export function issuesOf<T>(
  schema: RecordSchema<T>,
  value: unknown,
  section: string | null,
  prefix: readonly string[] = [],
): { ok: true; value: T } | { ok: false; problems: BackupProblem[] } {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise)
    return { ok: false, problems: [{ section, path: '', message: 'the schema is asynchronous' }] };
  if (!result.issues) return { ok: true, value: result.value };
  const issues: readonly Issue[] = result.issues;
  return {
    ok: false,
    problems: issues.slice(0, MAX_PROBLEMS).map((issue) => ({
      section,
      path: [
        ...prefix,
        ...(issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)),
      ].join(' › '),
      message: issue.message,
    })),
  };
}

/** Problems listed per section at most: the first few say enough about a damaged file. */
const MAX_PROBLEMS = 5;

/**
 * A section for the backup's list.
 *
 * @example defineSection({ name: 'termbase', version: 1, schema, export: exportTermbase, merge: importTermbase })
 */
export function defineSection<T>(spec: BackupSectionSpec<T>): BackupSection {
  return {
    name: spec.name,
    version: spec.version,
    export: (context) => spec.export(context),
    check(data) {
      const parsed = issuesOf(spec.schema, data, spec.name);
      if (!parsed.ok) return parsed;
      return { ok: true, merge: (context) => spec.merge(parsed.value, context) };
    },
  };
}
