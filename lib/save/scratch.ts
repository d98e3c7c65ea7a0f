import { lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isProcessRunning } from '../content/atomic-file';

/**
 * The scratch folders a save's site check runs in (`<tmp>/duizhao-check-<pid>-<random>`). A
 * server killed during a check leaves its folder (content/'s layout, its files linked); the
 * next check removes such leftovers before making its own.
 */

const PREFIX = 'duizhao-check-';
/** `duizhao-check-<pid>-<mkdtemp's six characters>`. */
const NAMED = /^duizhao-check-(\d+)-[A-Za-z0-9]{6}$/;
/** Folders named before the pid was part of the name: `duizhao-check-<six characters>`. */
const UNNAMED = /^duizhao-check-[A-Za-z0-9]{6}$/;
/**
 * How old an unnamed folder must be to count as left over: a check takes seconds (a 1.9 MB
 * document about 1.5 s), so an hour-old folder is no running save's.
 */
const UNNAMED_STALE_MS = 60 * 60 * 1000;

/** Whether the folder `name` in `dir` was left by a save that no longer runs. */
async function isLeftOver(dir: string, name: string, now: number): Promise<boolean> {
  const pid = NAMED.exec(name)?.[1];
  if (pid === undefined && !UNNAMED.test(name)) return false;
  const stat = await lstat(path.join(dir, name)).catch(() => undefined);
  // Only folders this user made: a link or a file of that name is someone else's business.
  if (!stat?.isDirectory() || stat.uid !== process.getuid?.()) return false;
  if (pid !== undefined) return !isProcessRunning(Number(pid));
  return now - stat.mtimeMs > UNNAMED_STALE_MS;
}

/**
 * Removes the scratch folders of `dir` whose save no longer runs: named with the pid of a
 * process that is gone, or (older servers' names, without a pid) untouched for an hour.
 * A running process's folders are kept, whichever process it is.
 *
 * @example await removeLeftOverScratch(os.tmpdir()) // ['/tmp/duizhao-check-4242-a1B2c3']
 * @returns the folders removed
 */
export async function removeLeftOverScratch(dir: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(PREFIX) || !(await isLeftOver(dir, name, now))) continue;
    const folder = path.join(dir, name);
    await rm(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}

/**
 * Makes a new scratch folder for a site check, after removing the ones killed saves left.
 * The caller removes it when done.
 *
 * @example const scratch = await makeScratch() // '/tmp/duizhao-check-1234-x9Y8z7'
 */
export async function makeScratch(): Promise<string> {
  const dir = tmpdir();
  await removeLeftOverScratch(dir);
  return mkdtemp(path.join(dir, `${PREFIX}${process.pid}-`));
}
