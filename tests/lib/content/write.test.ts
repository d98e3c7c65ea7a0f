import { spawn } from 'node:child_process';
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
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PUT } from '@/app/api/documents/[slug]/route.server';
import { ContentError } from '@/lib/content/errors';
import { SaveError, writeDocumentAtomically } from '@/lib/content/write';

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
    expect(readdirSync(path.dirname(target))).toEqual([`${SLUG}.yaml`]); // no temp file left
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

  it('leaves the old file intact when the process is killed before the rename', async () => {
    const source = path.join(root, 'edited.yaml');
    writeFileSync(source, EDITED);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/helpers/kill-during-save.ts', contentDir, SLUG, source],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const temp = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /^TEMP (.+)$/m.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', () => reject(new Error(`the save ended before the hook: ${stderr}`)));
    });
    // The new text is fully on disk, next to the document, when the process dies.
    expect(readFileSync(temp, 'utf8')).toBe(EDITED);
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    expect(readFileSync(target)).toEqual(Buffer.from(ORIGINAL, 'utf8'));
    // A crash can leave only the temporary file, which the loader ignores (not *.yaml).
    const leftovers = readdirSync(path.dirname(target)).filter((name) => name !== `${SLUG}.yaml`);
    expect(leftovers.every((name) => name.endsWith('.tmp'))).toBe(true);
    await writeDocumentAtomically(contentDir, SLUG, EDITED);
    expect(readFileSync(target, 'utf8')).toBe(EDITED);
  }, 20_000);
});

describe('PUT /api/documents/[slug]', () => {
  const put = (slug: string, body: string) =>
    PUT(new Request(`http://localhost/api/documents/${slug}`, { method: 'PUT', body }), {
      params: Promise.resolve({ slug }),
    });

  beforeEach(() => {
    vi.spyOn(process, 'cwd').mockReturnValue(root);
    vi.stubEnv('DUIZHAO_ALLOW_SAVE', '1');
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('refuses with 403 unless the server was started with DUIZHAO_ALLOW_SAVE=1', async () => {
    vi.stubEnv('DUIZHAO_ALLOW_SAVE', '');
    const response = await put(SLUG, EDITED);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/DUIZHAO_ALLOW_SAVE=1/) });
    expect(readFileSync(target, 'utf8')).toBe(ORIGINAL);
  });

  it('answers 404 for an unknown document or a path, 422 for invalid content', async () => {
    expect((await put('nothing-here', EDITED)).status).toBe(404);
    expect((await put('../secret', EDITED)).status).toBe(404);
    const invalid = await put(SLUG, EDITED.replace('date: "2023-03"', 'date: March'));
    expect(invalid.status).toBe(422);
    const body: unknown = await invalid.json();
    expect(body).toMatchObject({ details: [expect.stringMatching(/date: must be YYYY/)] });
    expect(readFileSync(target, 'utf8')).toBe(ORIGINAL);
  });

  it('saves valid content and answers 200 with the saved document', async () => {
    const response = await put(SLUG, EDITED);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      saved: SLUG,
      previous: expect.stringMatching(/^\.history\/apus-li-tao-interview\/.*\.yaml$/),
      document: { slug: SLUG },
    });
    expect(readFileSync(target, 'utf8')).toBe(EDITED);
  });
});
