/**
 * What every command-line tool here shares: user errors said in one line (never a stack
 * trace), inputs read without ever holding more than a limit (devices and pipes included),
 * and output paths checked before any long work starts.
 */
import { constants } from 'node:fs';
import { access, open, stat } from 'node:fs/promises';
import path from 'node:path';

/** A mistake of the user (a path, an option): reported as one line, exit status 2. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** Exit status of a command that could not run because of its input (as export and qa use). */
export const EXIT_USAGE = 2;
/** Exit status of a failure that is the tool's own fault (BSD sysexits EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

const MB = 2 ** 20;

/**
 * Reads at most `limit` bytes of `file`, whatever it is (a plain file, /dev/zero, a pipe):
 * refuses a folder or a missing file by name, and stops reading, with a UserError, as soon as
 * there is more than `limit` (a device reports no size, so its size cannot be trusted).
 *
 * @example await readBounded('zh.txt', 16 * 2 ** 20) // Uint8Array
 * @throws {UserError} for a missing file, a folder, an unreadable or oversized input
 */
export async function readBounded(file: string, limit: number): Promise<Uint8Array> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new UserError(`${file}: no such file`);
  if (info.isDirectory()) throw new UserError(`${file} is a folder, not a text file`);
  if (info.isFile() && info.size > limit)
    throw new UserError(
      `${file} is ${(info.size / MB).toFixed(1)} MB; the limit is ${limit / MB} MB per side`,
    );
  const handle = await open(file, 'r').catch((error: unknown) => {
    throw new UserError(`${file}: cannot be read (${(error as Error).message})`);
  });
  try {
    const buffer = new Uint8Array(limit + 1);
    let length = 0;
    while (length <= limit) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit)
      throw new UserError(`${file} holds more than the limit of ${limit / MB} MB per side`);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/**
 * Checks, before any long work, that `file` can be written: not a folder, in a folder that
 * exists and may be written to.
 *
 * @example await checkOutputPath('out/doc.yaml')
 * @throws {UserError} naming what is wrong
 */
export async function checkOutputPath(file: string): Promise<void> {
  const target = path.resolve(file);
  const info = await stat(target).catch(() => undefined);
  if (info?.isDirectory()) throw new UserError(`--out ${file} is a folder; name a file`);
  const dir = path.dirname(target);
  const folder = await stat(dir).catch(() => undefined);
  if (!folder?.isDirectory())
    throw new UserError(`--out ${file}: the folder ${dir} does not exist`);
  await access(dir, constants.W_OK).catch(() => {
    throw new UserError(`--out ${file}: the folder ${dir} cannot be written to`);
  });
}

/**
 * Runs a command's main function and returns its exit status: a UserError prints its message
 * after the tool's name; anything else is reported in one line too (its stack only with
 * DUIZHAO_DEBUG=1), as the tool's own failure.
 *
 * @example process.exitCode = await runCommand('align', () => main(process.argv.slice(2)))
 */
export async function runCommand(
  name: string,
  main: () => Promise<number | undefined>,
  stderr: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<number> {
  try {
    return (await main()) ?? 0;
  } catch (error) {
    if (error instanceof UserError) {
      stderr(`${name}: ${error.message}`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    stderr(`${name}: unexpected error: ${message}`);
    if (process.env.DUIZHAO_DEBUG === '1' && error instanceof Error && error.stack)
      stderr(error.stack);
    return EXIT_INTERNAL;
  }
}
