import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDocumentFile } from '@/lib/content/parse';

/** Every YAML file of the content and of the tests' fixtures. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

describe('the quick YAML parser (lib/content/parse.ts)', () => {
  const files = [...yamlFiles('content'), ...yamlFiles('tests/fixtures')];

  it('reads every file it accepts as the careful parser does', () => {
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      let quick: unknown;
      try {
        quick = load(text, { maxAliases: 0 });
      } catch {
        continue; // the careful parser reads it, and says what is wrong
      }
      read++;
      expect(quick, file).toEqual(parse(text, { uniqueKeys: true }));
    }
    expect(read).toBeGreaterThan(20);
  });

  it('leaves problems to the careful parser, which names their lines', () => {
    const text = readFileSync('content/documents/apus-li-tao-interview.yaml', 'utf8');
    const broken = text.replace('id: p2\n', 'id: p1\n');
    expect(() => parseDocumentFile(broken, 'x.yaml')).toThrow(/x\.yaml:\d+.*duplicate id/s);
  });
});
