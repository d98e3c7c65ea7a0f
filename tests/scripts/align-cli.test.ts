import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDocumentFile } from '@/lib/content/parse';
import { runAlign } from '@/scripts/align-command';
import { EXIT_INTERNAL, EXIT_USAGE, runCommand, UserError } from '@/scripts/lib/cli';
import { runUntilTemp } from '../helpers/run-until-temp';

/** `npm run align` as issue 14 probed it: every mistake said in one line, before aligning. */

const ZH = '第一段。它很短。\n\n第二段也很短。';
const EN = 'The first paragraph. It is short.\n\nThe second paragraph is short too.';

let dir: string;
let zh: string;
let en: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'duizhao-align-'));
  zh = path.join(dir, 'zh.txt');
  en = path.join(dir, 'en.txt');
  writeFileSync(zh, ZH);
  writeFileSync(en, EN);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command in this process, as scripts/align.ts does; returns status and stderr. */
async function align(...args: string[]) {
  const err: string[] = [];
  const out: string[] = [];
  const code = await runCommand(
    'align',
    () => runAlign(args, { stdout: (t) => out.push(t), stderr: (l) => err.push(l) }),
    (line) => err.push(line),
  );
  return { code, stderr: err.join('\n'), stdout: out.join('') };
}

/** A run refused before aligning: status 2, one message, no progress, no stack trace. */
async function refused(...args: string[]) {
  const result = await align(...args);
  expect(result.code).toBe(EXIT_USAGE);
  expect(result.stderr).not.toMatch(/align: (reading|first pass)/);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return result.stderr;
}

describe('npm run align: mistakes in the command', () => {
  it('names an unknown option, with the usage', async () => {
    expect(await refused(zh, en, '--bogus')).toMatch(/Unknown option '--bogus'[\s\S]*usage:/);
  });

  it('refuses a folder as input, and a missing file', async () => {
    expect(await refused(dir, en)).toMatch(/is a folder, not a text file/);
    expect(await refused(path.join(dir, 'nope.txt'), en)).toMatch(/nope\.txt: no such file/);
  });

  it('checks --out before aligning: a missing folder, a folder', async () => {
    expect(await refused(zh, en, '--out', path.join(dir, 'missing', 'x.yaml'))).toMatch(
      /the folder .*missing does not exist/,
    );
    expect(await refused(zh, en, '--out', dir)).toMatch(/is a folder; name a file/);
  });

  it('reads no more than the limit from a device', async () => {
    expect(await refused('/dev/zero', en)).toMatch(/holds more than the limit of 16 MB/);
  });

  it('names UTF-16 as UTF-16', async () => {
    writeFileSync(zh, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ZH, 'utf16le')]));
    expect(await refused(zh, en)).toMatch(/is UTF-16 text, not UTF-8/);
    // Without a byte-order mark (the probe's 狂人日记 was called "binary").
    writeFileSync(zh, Buffer.from(ZH, 'utf16le'));
    expect(await refused(zh, en)).toMatch(/is UTF-16 text, not UTF-8/);
  });

  it('refuses an impossible date, a slug that is a path, a source URL without a host', async () => {
    expect(await refused(zh, en, '--date', '2023-13-45')).toMatch(
      /--date "2023-13-45" is not a real date/,
    );
    expect(await refused(zh, en, '--date', '2023-02-29')).toMatch(/not a real date/);
    expect(await refused(zh, en, '--slug', '../x')).toMatch(/--slug "\.\.\/x" must be/);
    for (const url of ['http:alert(1)', 'http://alert(1)', 'javascript:alert(1)', 'example.com'])
      expect(await refused(zh, en, '--source-url', url)).toMatch(
        /must be an absolute http\(s\) URL/,
      );
  });
});

describe('npm run align: output', () => {
  it('writes a valid content file to --out, replacing the old one whole', async () => {
    const out = path.join(dir, 'short-text.yaml');
    writeFileSync(out, 'old');
    const result = await align(
      zh,
      en,
      '--out',
      out,
      '--date',
      '2024-02-29',
      '--source-url',
      'https://example.com/a',
    );
    expect(result.code).toBe(0);
    const doc = parseDocumentFile(readFileSync(out, 'utf8'), out);
    expect(doc.slug).toBe('short-text');
    expect(doc.pairs).toHaveLength(2);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 30_000);

  it('leaves the old file whole when killed (SIGKILL) while writing --out', async () => {
    const out = path.join(dir, 'short-text.yaml');
    writeFileSync(out, 'the old file\n');
    const { temp, kill } = await runUntilTemp('tests/helpers/kill-during-align.ts', [
      zh,
      en,
      '--out',
      out,
    ]);
    // The new file is whole on disk beside the target when the process dies.
    expect(parseDocumentFile(readFileSync(temp, 'utf8'), temp).pairs).toHaveLength(2);
    expect(await kill()).toBe('SIGKILL');
    expect(readFileSync(out, 'utf8')).toBe('the old file\n');
    const leftovers = readdirSync(dir).filter(
      (n) => !['zh.txt', 'en.txt', 'short-text.yaml'].includes(n),
    );
    expect(leftovers.every((name) => name.endsWith('.tmp'))).toBe(true);
  }, 60_000);
});

describe('runCommand', () => {
  it('reports a failure of the tool in one line, with its own status', async () => {
    const lines: string[] = [];
    const code = await runCommand(
      'x',
      async () => {
        throw new TypeError('boom');
      },
      (l) => lines.push(l),
    );
    expect(code).toBe(EXIT_INTERNAL);
    expect(lines).toEqual(['x: unexpected error: boom']);
    const user = await runCommand(
      'x',
      async () => {
        throw new UserError('say this');
      },
      (l) => lines.push(l),
    );
    expect(user).toBe(EXIT_USAGE);
    expect(lines.at(-1)).toBe('x: say this');
  });
});

describe('npm run export', () => {
  it('checks --out before building anything', async () => {
    mkdirSync(path.join(dir, 'a-folder'));
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/export.ts',
        'apus-li-tao-interview',
        '--format',
        'csv',
        '--out',
        path.join(dir, 'missing', 'x.csv'),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/the folder .*missing does not exist/);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
