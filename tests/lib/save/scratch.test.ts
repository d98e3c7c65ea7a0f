import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkCandidate } from '@/lib/save/check-site';
import { removeLeftOverScratch } from '@/lib/save/scratch';

// A check builds the document's pages: 1–2 s on this machine.
vi.setConfig({ testTimeout: 60_000 });

const SLUG = 'apus-li-tao-interview';
const TEXT = readFileSync(`content/documents/${SLUG}.yaml`, 'utf8');

/** The pid of a process that has run and exited. */
const deadPid = () => {
  const { pid } = spawnSync(process.execPath, ['-e', '0']);
  if (!pid) throw new Error('could not start a child process');
  return pid;
};

let tmp: string;

/** A scratch folder as a save leaves it: a copy of content/ inside. */
function leftOver(name: string, ageMs = 0): string {
  const folder = path.join(tmp, name);
  mkdirSync(path.join(folder, 'content', 'documents'), { recursive: true });
  writeFileSync(path.join(folder, 'content', 'documents', `${SLUG}.yaml`), TEXT);
  const then = new Date(Date.now() - ageMs);
  utimesSync(folder, then, then);
  return folder;
}

beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'duizhao-scratch-test-'));
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(tmp, { recursive: true, force: true });
});

describe('checkCandidate', () => {
  it('removes the scratch folders killed servers left, keeps a running one’s, leaves none of its own', async () => {
    const killed = leftOver(`duizhao-check-${deadPid()}-Ab12Cd`);
    const running = leftOver(`duizhao-check-${process.pid}-Zz99yY`);
    const oldUnnamed = leftOver('duizhao-check-q1W2e3', 2 * 60 * 60 * 1000);
    const freshUnnamed = leftOver('duizhao-check-r4T5y6');
    const notOurs = leftOver('duizhao-checkout-123-abcdef');
    vi.stubEnv('TMPDIR', tmp); // os.tmpdir() reads it at each call

    await checkCandidate('content', SLUG, `content/documents/${SLUG}.yaml`);

    expect(existsSync(killed)).toBe(false);
    expect(existsSync(oldUnnamed)).toBe(false);
    for (const kept of [running, freshUnnamed, notOurs]) expect(existsSync(kept), kept).toBe(true);
    expect(readdirSync(tmp).sort()).toEqual(
      [running, freshUnnamed, notOurs].map((folder) => path.basename(folder)).sort(),
    );
  });
});

describe('removeLeftOverScratch', () => {
  it('keeps a folder whose process still runs, however old', async () => {
    const running = leftOver(`duizhao-check-${process.pid}-Old123`, 24 * 60 * 60 * 1000);
    expect(await removeLeftOverScratch(tmp)).toEqual([]);
    expect(existsSync(running)).toBe(true);
  });

  it('leaves a file or a link of a scratch name alone', async () => {
    const file = path.join(tmp, `duizhao-check-${deadPid()}-File01`);
    writeFileSync(file, 'not a folder');
    expect(await removeLeftOverScratch(tmp)).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });

  it('returns what it removed', async () => {
    const killed = leftOver(`duizhao-check-${deadPid()}-Gone01`);
    expect(await removeLeftOverScratch(tmp)).toEqual([killed]);
  });
});
