import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { listVersions, pruneVersions } from '@/lib/content/history';
import { SaveError, writeDocumentAtomically, writeFileAtomically } from '@/lib/content/write';
import { runUntilTemp } from '../../helpers/run-until-temp';

const SLUG = 'apus-li-tao-interview';
const ORIGINAL = readFileSync(`content/documents/${SLUG}.yaml`, 'utf8');
/** A valid edit: one English word changed. */
const EDITED = ORIGINAL.replace('realized much earlier', 'saw much earlier');

let root: string;
let contentDir: string;
let target: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'duizhao-write-'));
  contentDir = path.join(root, 'content');
  // The document under test only: the folder's listing is part of what the tests check.
  mkdirSync(path.join(contentDir, 'documents'), { recursive: true });
  cpSync(`content/documents/${SLUG}.yaml`, path.join(contentDir, 'documents', `${SLUG}.yaml`));
  writeFileSync(path.join(root, 'secret.yaml'), 'do not touch');
  target = path.join(contentDir, 'documents', `${SLUG}.yaml`);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

async function refusal(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected the save to be refused');
}

describe('writeDocumentAtomically', () => {
  it('replaces the document and keeps the previous version under .history', async () => {
    const now = new Date('2026-01-02T03:04:05.678Z');
    const result = await writeDocumentAtomically(contentDir, SLUG, EDITED, { now });
    expect(readFileSync(target, 'utf8')).toBe(EDITED);
    expect(result.previous).toBe(
      path.join(contentDir, '.history', SLUG, '2026-01-02T03-04-05-678Z.yaml'),
    );
    expect(readFileSync(result.previous, 'utf8')).toBe(ORIGINAL);
    const again = await writeDocumentAtomically(contentDir, SLUG, ORIGINAL, { now });
    expect(path.basename(again.previous)).toBe('2026-01-02T03-04-05-678Z-2.yaml');
    expect(readFileSync(again.previous, 'utf8')).toBe(EDITED);
    // No temporary file left.
    expect(readdirSync(path.dirname(target)).filter((name) => !name.endsWith('.yaml'))).toEqual([]);
  });

  it('refuses invalid YAML and invalid content with the validator message', async () => {
    const yaml = await refusal(() => writeDocumentAtomically(contentDir, SLUG, 'slug: [oops'));
    expect(yaml).toBeInstanceOf(ContentError);
    expect(yaml.message).toMatch(/invalid YAML/);
    const content = await refusal(() =>
      writeDocumentAtomically(
        contentDir,
        SLUG,
        ORIGINAL.replace(/^ {4}en: >-\n {6}Li Tao.*\n.*\n/m, ''),
      ),
    );
    expect(content.message).toMatch(/pair "p1" › en: is missing/);
    const renamed = await refusal(() =>
      writeDocumentAtomically(contentDir, SLUG, ORIGINAL.replace(`slug: ${SLUG}`, 'slug: other')),
    );
    expect(renamed.message).toMatch(/slug: is "other"/);
    expect(readFileSync(target, 'utf8')).toBe(ORIGINAL);
    expect(existsSync(path.join(contentDir, '.history'))).toBe(false);
  });

  it('refuses an unknown document and names that are not slugs', async () => {
    for (const [slug, reason] of [
      ['no-such-document', 'unknown-document'],
      ['../secret', 'invalid-slug'],
      ['..', 'invalid-slug'],
      ['/etc/passwd', 'invalid-slug'],
      ['Apus', 'invalid-slug'],
      [`${SLUG}.yaml`, 'invalid-slug'],
    ] as const) {
      const error = await refusal(() => writeDocumentAtomically(contentDir, slug, EDITED));
      expect(error).toBeInstanceOf(SaveError);
      expect(error instanceof SaveError && error.reason).toBe(reason);
    }
    expect(readFileSync(path.join(root, 'secret.yaml'), 'utf8')).toBe('do not touch');
  });

  it('checks the new text where it is written, keeping history only once the check passes', async () => {
    const checked: string[] = [];
    await writeDocumentAtomically(contentDir, SLUG, EDITED, {
      check: async (temp) => {
        // The file the check reads is the one put in place: the text is written once.
        checked.push(readFileSync(temp, 'utf8'));
        expect(path.dirname(temp)).toBe(path.dirname(target));
        expect(existsSync(path.join(contentDir, '.history'))).toBe(false);
      },
    });
    expect(checked).toEqual([EDITED]);
    expect(readFileSync(target, 'utf8')).toBe(EDITED);
    expect(await listVersions(contentDir, SLUG)).toHaveLength(1);
  });

  it('leaves the document, its history and its folder as they were when the check refuses', async () => {
    const refused = new ContentError([{ file: 'content/documents/x.yaml', message: 'no' }]);
    const error = await refusal(() =>
      writeDocumentAtomically(contentDir, SLUG, EDITED, {
        check: async () => {
          throw refused;
        },
      }),
    );
    expect(error).toBe(refused);
    expect(readFileSync(target, 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(path.dirname(target))).toEqual([`${SLUG}.yaml`]);
    expect(existsSync(path.join(contentDir, '.history'))).toBe(false);
  });

  it('removes what saves killed during their check left beside any document, not a running one’s', async () => {
    const documents = path.dirname(target);
    const { pid: dead } = spawnSync(process.execPath, ['-e', '0']);
    const killed = path.join(documents, `.other-doc.yaml.${dead}.0123abcd.tmp`);
    const running = path.join(documents, `.other-doc.yaml.${process.pid}.4567cdef.tmp`);
    const notOurs = path.join(documents, `.notes.txt.${dead}.89abcdef.tmp`);
    for (const file of [killed, running, notOurs]) writeFileSync(file, 'a new version');
    await writeDocumentAtomically(contentDir, SLUG, EDITED);
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(notOurs)).toBe(true);
  });

  it('leaves the old file intact when the process is killed before the rename', async () => {
    const source = path.join(root, 'edited.yaml');
    writeFileSync(source, EDITED);
    const { temp, kill } = await runUntilTemp('tests/helpers/kill-during-save.ts', [
      contentDir,
      SLUG,
      source,
    ]);
    // The new text is fully on disk, next to the document, when the process dies.
    expect(readFileSync(temp, 'utf8')).toBe(EDITED);
    expect(await kill()).toBe('SIGKILL');

    expect(readFileSync(target)).toEqual(Buffer.from(ORIGINAL, 'utf8'));
    // A crash can leave only the temporary file, which the loader ignores (not *.yaml).
    const leftovers = readdirSync(path.dirname(target)).filter((name) => !name.endsWith('.yaml'));
    expect(leftovers.every((name) => name.endsWith('.tmp'))).toBe(true);
    await writeDocumentAtomically(contentDir, SLUG, EDITED);
    expect(readFileSync(target, 'utf8')).toBe(EDITED);
    // The next write of that file clears what the killed process left (the re-run probe found
    // one such file per SIGKILL of `align --out`, never removed); a live writer's stays.
    const live = path.join(path.dirname(target), `.${SLUG}.yaml.${process.pid}.0123abcd.tmp`);
    writeFileSync(live, 'being written');
    await writeDocumentAtomically(contentDir, SLUG, ORIGINAL);
    expect(existsSync(temp)).toBe(false);
    expect(existsSync(live)).toBe(true);
  }, 20_000);
});

describe('writeFileAtomically', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const file = path.join(root, 'out.yaml');
    writeFileSync(file, 'old');
    await writeFileAtomically(file, 'new text');
    expect(readFileSync(file, 'utf8')).toBe('new text');
    expect(readdirSync(root).sort()).toEqual(['content', 'out.yaml', 'secret.yaml']);
  });

  it('leaves the old file and no temporary file when the rename fails', async () => {
    const dir = path.join(root, 'a-directory');
    cpSync(path.join(contentDir, 'documents'), dir, { recursive: true });
    await expect(writeFileAtomically(dir, 'text')).rejects.toThrow();
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('history', () => {
  it('keeps at most maxVersions versions, dropping the oldest first', async () => {
    for (let i = 0; i < 7; i++) {
      const now = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
      await writeDocumentAtomically(contentDir, SLUG, `${EDITED}# ${i}\n`, {
        now,
        limits: { maxVersions: 3 },
      });
    }
    const kept = await listVersions(contentDir, SLUG);
    expect(kept.map((v) => v.stamp)).toEqual([
      '2026-01-01T00-00-04-000Z',
      '2026-01-01T00-00-05-000Z',
      '2026-01-01T00-00-06-000Z',
    ]);
    expect(readFileSync(kept[0]?.file ?? '', 'utf8')).toBe(`${EDITED}# 3\n`);
  });

  it('keeps at most maxBytes bytes, but always the newest version', async () => {
    for (let i = 0; i < 3; i++)
      await writeDocumentAtomically(contentDir, SLUG, `${EDITED}# ${i}\n`, {
        now: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      });
    expect(await listVersions(contentDir, SLUG)).toHaveLength(3);
    await pruneVersions(contentDir, SLUG, { maxBytes: 10 });
    expect((await listVersions(contentDir, SLUG)).map((v) => v.stamp)).toEqual([
      '2026-01-01T00-00-02-000Z',
    ]);
  });

  it('orders copies that share a millisecond as they were made', async () => {
    const now = new Date('2026-01-02T03:04:05.678Z');
    for (let i = 0; i < 11; i++)
      await writeDocumentAtomically(contentDir, SLUG, `${EDITED}# ${i}\n`, { now });
    const kept = await listVersions(contentDir, SLUG);
    expect(kept.map((v) => v.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(readFileSync(kept.at(-1)?.file ?? '', 'utf8')).toBe(`${EDITED}# 9\n`);
  });
});
