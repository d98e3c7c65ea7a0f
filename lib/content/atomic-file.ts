import { randomBytes } from 'node:crypto';
import { link, open, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * The one home for writing files atomically (documents saved by the server, their history,
 * the command line's `--out` files): a temporary file beside the target, synced, then put in
 * place in one step. Re-exported by lib/content/write.ts.
 */

export interface AtomicWriteOptions {
  /**
   * Never replace an existing file: the write fails with EEXIST instead (history copies,
   * whose names must stay unique). Uses link(2), which refuses an existing name.
   */
  exclusive?: boolean;
  /**
   * Called once the temporary file is written and synced, before it replaces the target; a
   * throw removes it and leaves the target as it was. A document's save checks the file and
   * keeps the old version here (lib/content/write.ts); tests interrupt a write at this point.
   */
  afterTempWritten?: (tempFile: string) => Promise<void>;
  /**
   * Which names' temporary files, left in the folder by killed writers, the write removes once
   * done: this file's by default (the folder may be the user's, the command line's --out); a
   * document's save takes every document's (lib/content/write.ts).
   */
  leftovers?: (name: string) => boolean;
}

/** Makes a rename durable; some systems cannot sync a directory, which then costs nothing. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // EISDIR/EINVAL on platforms without directory fsync: the rename is still atomic.
  } finally {
    await handle.close();
  }
}

/**
 * Whether a process runs with this id (EPERM: it does, as another user). Leftovers named with
 * a writer's pid are removed only once that process is gone (here and in lib/save/scratch.ts).
 *
 * @example isProcessRunning(process.pid) // true
 */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/**
 * Removes the temporary files that killed writers left in `dir` (`.<name>.<pid>.<hex>.tmp`
 * whose process is gone), for the names `ours` accepts; a running writer's are kept, whoever
 * it is.
 *
 * @example await removeLeftovers('content/documents', (name) => name.endsWith('.yaml'))
 */
async function removeLeftovers(dir: string, ours: (name: string) => boolean): Promise<void> {
  for (const entry of await readdir(dir).catch(() => [] as string[])) {
    const [, name = '', pid] = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(entry) ?? [];
    if (pid && ours(name) && !isProcessRunning(Number(pid)))
      await unlink(path.join(dir, entry)).catch(() => undefined);
  }
}

/**
 * Writes `data` to `file` so that a crash at any moment leaves either the old file or the
 * whole new one, never a mix: a temporary file in the same folder (`.<name>.<pid>.<random>.tmp`,
 * so a leftover is never taken for a `*.yaml` document), written, synced, renamed over the
 * target (atomic within one folder on POSIX file systems), then the folder synced. A crash
 * leaves its temporary file; the next write of the same file removes it.
 *
 * @example await writeFileAtomically('out/doc.yaml', yamlText)
 * @throws the file system's error (the temporary file is removed first)
 */
export async function writeFileAtomically(
  file: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.afterTempWritten?.(temp);
    if (options.exclusive) {
      await link(temp, target);
      await unlink(temp);
    } else {
      await rename(temp, target);
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
  await removeLeftovers(dir, options.leftovers ?? ((name) => name === path.basename(target)));
}
