import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

/** Runs `npm run qa` as CI would (through tsx, without npm's banner). */
async function qa(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/qa.ts', ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    // execFile rejects on a non-zero exit, with the exit code and both outputs attached.
    if (error instanceof Error && 'code' in error && 'stdout' in error && 'stderr' in error)
      return {
        code: Number(error.code),
        stdout: String(error.stdout),
        stderr: String(error.stderr),
      };
    throw error;
  }
}

describe('npm run qa', () => {
  it('prints the flags by pair and exits 1 when one is an error', async () => {
    const result = await qa('mistakes', '--content', 'tests/fixtures/qa/content');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('QA mistakes: 1 error, 5 warnings, 1 info in 5 of 6 pairs');
    expect(result.stdout).toContain('“OpenAI” is in the Chinese but not in the English');
  }, 20_000);

  it('exits 0 on the bundled interview, which has no error', async () => {
    const result = await qa('apus-li-tao-interview');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^QA apus-li-tao-interview: 0 errors/);
  }, 20_000);

  it('says which documents exist when the slug is unknown, and exits 2', async () => {
    const result = await qa('no-such-doc', '--content', 'tests/fixtures/qa/content');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown document "no-such-doc" \(known: .*\bmistakes\b/);
  }, 20_000);
});
