import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from './atomic-file';

/**
 * Earlier versions of saved documents: `<contentDir>/.history/<slug>/<stamp>.yaml`, one file
 * per replaced version, named by the time it was replaced (`-2`, `-3`… when two share a
 * millisecond). Bounded per document: at most `maxVersions` files and `maxBytes` bytes, the
 * oldest removed first; the newest copy is always kept, whatever its size.
 */

/** Where previous versions are kept, under the content folder. */
export const HISTORY_DIR = '.history';

export interface PruneLimits {
  /** Versions kept per document (default 50). */
  maxVersions?: number;
  /** Bytes kept per document (default 20 MB: ten versions of the largest document accepted). */
  maxBytes?: number;
}

export const DEFAULT_HISTORY_LIMITS = { maxVersions: 50, maxBytes: 20_000_000 } as const;

/** A kept version: its file and the order it was kept in. */
export interface KeptVersion {
  file: string;
  stamp: string;
  /** 1 for `<stamp>.yaml`, n for `<stamp>-n.yaml`. */
  n: number;
}

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?\.yaml$/;

/**
 * The kept versions of a document, oldest first.
 *
 * @example (await listVersions('content', 'apus-li-tao-interview')).at(-1)?.file // the newest copy
 */
export async function listVersions(contentDir: string, slug: string): Promise<KeptVersion[]> {
  const dir = path.resolve(contentDir, HISTORY_DIR, slug);
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .flatMap((name) => {
      const match = NAME.exec(name);
      return match?.[1]
        ? [{ file: path.join(dir, name), stamp: match[1], n: Number(match[2] ?? 1) }]
        : [];
    })
    .sort((a, b) => a.stamp.localeCompare(b.stamp) || a.n - b.n);
}

/** Writes `bytes` to a new file `<stamp>.yaml` (or `-2`, `-3`…), never replacing one. */
async function writeNew(dir: string, stamp: string, bytes: Uint8Array): Promise<string> {
  for (let n = 1; ; n++) {
    const copy = path.join(dir, n === 1 ? `${stamp}.yaml` : `${stamp}-${n}.yaml`);
    try {
      await writeFileAtomically(copy, bytes, { exclusive: true });
      return copy;
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
  }
}

/**
 * Removes the oldest versions beyond the limits; returns the files removed.
 *
 * @example await pruneVersions('content', 'apus-li-tao-interview', { maxVersions: 10 })
 */
export async function pruneVersions(
  contentDir: string,
  slug: string,
  limits: PruneLimits = {},
): Promise<string[]> {
  const maxVersions = limits.maxVersions ?? DEFAULT_HISTORY_LIMITS.maxVersions;
  const maxBytes = limits.maxBytes ?? DEFAULT_HISTORY_LIMITS.maxBytes;
  const versions = await listVersions(contentDir, slug);
  const sizes = await Promise.all(versions.map((v) => stat(v.file).then((s) => s.size)));
  const removed: string[] = [];
  let count = versions.length;
  let bytes = sizes.reduce((a, b) => a + b, 0);
  for (const [i, version] of versions.entries()) {
    if (count <= 1 || (count <= maxVersions && bytes <= maxBytes)) break;
    await unlink(version.file);
    removed.push(version.file);
    count--;
    bytes -= sizes[i] ?? 0;
  }
  return removed;
}

/**
 * Keeps a copy of `file` (the current version of document `slug`) in its history, then prunes
 * the history to its limits. Returns the copy's path.
 *
 * @example await keepVersion('content', 'apus-li-tao-interview', file, { now: new Date() })
 */
export async function keepVersion(
  contentDir: string,
  slug: string,
  file: string,
  options: { now?: Date; limits?: PruneLimits } = {},
): Promise<string> {
  const dir = path.resolve(contentDir, HISTORY_DIR, slug);
  await mkdir(dir, { recursive: true });
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const copy = await writeNew(dir, stamp, await readFile(file));
  await pruneVersions(contentDir, slug, options.limits);
  return copy;
}
