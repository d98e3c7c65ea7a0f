// @vitest-environment jsdom
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/export/csv';
import { parseXmlStrictly } from './xml-test-helpers';

const root = path.resolve(import.meta.dirname, '../../..');
const content = 'tests/fixtures/export/content';
const run = promisify(execFile);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'duizhao-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function exportCli(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/export.ts', ...args, '--content', content],
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

describe('npm run export', () => {
  it('writes a document’s TMX to --out through a temporary file, replacing the old one', async () => {
    const out = path.join(dir, 'awkward.tmx');
    await writeFile(out, 'old');
    const result = await exportCli('awkward', '--format', 'tmx', '--by', 'pair', '--out', out);
    expect(result.code).toBe(0);
    const segs = [...parseXmlStrictly(await readFile(out, 'utf8')).getElementsByTagName('seg')];
    expect(segs[1]?.textContent).toBe(
      'Computing power & <chips>: “quotes”, \'single\' and "double" quotes. Yoshinoya 😀.\r\nA second line, after a CR LF.',
    );
    expect(await readdir(dir)).toEqual(['awkward.tmx']);
  }, 20_000);

  it('writes a document’s glossary as CSV to stdout', async () => {
    const result = await exportCli('awkward', '--glossary', '--format', 'csv');
    expect(result.code).toBe(0);
    expect(parseCsv(result.stdout)[1]).toEqual([
      '算力',
      'suànlì',
      'computing power',
      'The capacity of hardware to run computations, as in “A & B” < C.',
      'A test entry with "quotes" and 𠮷.',
    ]);
  }, 20_000);

  it('refuses a format the target has not, an unknown slug, or an unknown confirmed pair', async () => {
    const tbx = await exportCli('awkward', '--format', 'tbx');
    expect([tbx.code, tbx.stderr]).toEqual([2, expect.stringContaining('--format tmx or csv')]);
    const unknown = await exportCli('nope', '--format', 'tmx');
    expect(unknown.stderr).toContain('Unknown document "nope" (known: awkward).');
    const confirmed = await exportCli('awkward', '--format', 'csv', '--confirmed', 'p1,p9');
    expect(confirmed.stderr).toContain('--confirmed: no pair p9 in "awkward"');
  }, 30_000);
});
