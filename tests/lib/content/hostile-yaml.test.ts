import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError, formatIssue } from '@/lib/content/errors';
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_PAIRS } from '@/lib/content/limits';
import { loadLibrary } from '@/lib/content/load';
import { parseDocumentFile } from '@/lib/content/parse';

/** Content files written to break the checker (issue 14): each must be a named problem. */

const TINY = readFileSync('tests/fixtures/content/valid/documents/tiny.yaml', 'utf8');

/** 10⁷ strings from eight lines: the "billion laughs" of YAML. */
const BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x, x]',
  ...'bcdefgh'
    .split('')
    .map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
].join('\n');

function problems(text: string): string[] {
  try {
    parseDocumentFile(text, 'content/documents/tiny.yaml');
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.issues.map(formatIssue);
  }
}

describe('parseDocumentFile on hostile input', () => {
  it('names the file for an alias bomb', () => {
    expect(problems(BOMB)).toEqual([
      expect.stringMatching(/^content\/documents\/tiny\.yaml: cannot be read as YAML: .*alias/),
    ]);
  });

  it('names the file for nesting deeper than the parser can follow', () => {
    const deep = `slug: ${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expect(problems(deep)[0]).toMatch(/^content\/documents\/tiny\.yaml/);
  });

  it('refuses __proto__ as a key, at its line, instead of dropping it', () => {
    const text = TINY.replace('speakers:\n', 'speakers:\n  __proto__:\n    zh: 坏\n    en: Bad\n');
    expect(problems(text)).toEqual(['content/documents/tiny.yaml:12: "__proto__" cannot be a key']);
  });

  it('refuses an undeclared speaker named like a property of every object', () => {
    for (const name of ['constructor', 'tostring', 'valueof']) {
      const text = TINY.replace('speaker: host', `speaker: ${name}`);
      expect(problems(text)).toEqual([
        `content/documents/tiny.yaml:20: pair "p2" › speaker: unknown speaker "${name}" (declare it under speakers)`,
      ]);
    }
    const declared = TINY.replace('  host:\n', '  constructor:\n').replace(
      'speaker: host',
      'speaker: constructor',
    );
    expect(problems(declared)).toEqual([]);
  });

  it('refuses a character the exports cannot carry, naming it', () => {
    const text = TINY.replace('Computing power matters.', '"Computing\\vpower matters."');
    expect(problems(text)).toEqual([
      'content/documents/tiny.yaml:18: pair "p1" › en: holds a control character (U+000B at character 10) that cannot be exported: remove it',
    ]);
  });

  it('refuses an impossible date', () => {
    expect(problems(TINY.replace('"2024-05-01"', '"2023-13-45"'))).toEqual([
      'content/documents/tiny.yaml:10: date: is not a real date (check the month and the day)',
    ]);
  });
});

describe('npm run content:check on hostile input', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'duizhao-hostile-'));
    cpSync('tests/fixtures/content/valid', dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file of a bomb and prints no stack trace', () => {
    writeFileSync(path.join(dir, 'documents', 'bomb.yaml'), BOMB);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', dir], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/documents\/bomb\.yaml: cannot be read as YAML/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('loads the rest of the library around the bomb, reporting only it', async () => {
    writeFileSync(path.join(dir, 'documents', 'bomb.yaml'), BOMB);
    const error = await loadLibrary(dir, { root: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect(error instanceof ContentError && error.issues.map((i) => i.file)).toEqual([
      'documents/bomb.yaml',
    ]);
  });

  it('refuses a document too large to build, naming the limit', async () => {
    const pairs = Array.from(
      { length: MAX_DOCUMENT_PAIRS + 1 },
      (_, i) => `  - id: p${i + 1}\n    zh: 算力。\n    en: Computing power.\n`,
    ).join('');
    const long = TINY.replace(/pairs:\n[\s\S]*$/, `pairs:\n${pairs}`);
    writeFileSync(path.join(dir, 'documents', 'tiny.yaml'), long);
    writeFileSync(
      path.join(dir, 'documents', 'huge.yaml'),
      `# ${'x'.repeat(MAX_DOCUMENT_BYTES)}\n`,
    );
    const error = await loadLibrary(dir, { root: dir }).catch((e: unknown) => e);
    expect(error instanceof ContentError && error.issues.map(formatIssue)).toEqual([
      'documents/huge.yaml: is 2.0 MB (2,000,003 bytes); a document file may be at most 2,000,000 bytes: split the text into parts',
      'documents/tiny.yaml:15: pairs: has 2,001 pairs; a document may have at most 2,000: split the text into parts',
    ]);
  }, 30_000);

  it('refuses 50,000 pairs by the limit alone, before checking each pair (issue 14.10)', async () => {
    // As the probe's document: every pair has a problem of its own too (here one id for all),
    // which were listed pair by pair (50,000 problems, 33 s) and the limit never named.
    const pairs = '  - id: p1\n    zh: 好\n    en: G.\n'.repeat(50_000);
    const long = TINY.replace(/pairs:\n[\s\S]*$/, `pairs:\n${pairs}`);
    writeFileSync(path.join(dir, 'documents', 'tiny.yaml'), long);
    const error = await loadLibrary(dir, { root: dir }).catch((e: unknown) => e);
    expect(error instanceof ContentError && error.issues.map(formatIssue)).toEqual([
      'documents/tiny.yaml:15: pairs: has 50,000 pairs; a document may have at most 2,000: split the text into parts',
    ]);
  }, 30_000);
});
