import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { DOCUMENTS_DIR, GLOSSARY_DIR, SOURCES_DIR } from '../../lib/content/load';

/**
 * Writes a synthetic library of `count` documents into `target` (a content folder): copy n
 * of bundled document n mod k, with its own slug and numbered titles, its glossary, and its
 * own copy of the source text it is compared with (whose first line is the title), so that
 * every route builds and checks as it would for real documents of the same sizes. Returns the
 * slugs.
 *
 * @example writeSyntheticLibrary('content', '/tmp/bench/content-100', 100) // ['synthetic-0001', …]
 */
export function writeSyntheticLibrary(source: string, target: string, count: number): string[] {
  const documents = path.join(target, DOCUMENTS_DIR);
  const glossaries = path.join(target, GLOSSARY_DIR);
  mkdirSync(documents, { recursive: true });
  mkdirSync(glossaries, { recursive: true });
  mkdirSync(path.join(target, SOURCES_DIR), { recursive: true });
  const originals = readdirSync(path.join(source, DOCUMENTS_DIR))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => name.replace(/\.yaml$/, ''));
  const slugs: string[] = [];
  for (let n = 1; n <= count; n++) {
    const original = originals[(n - 1) % originals.length];
    if (!original) throw new Error(`no documents in ${source}`);
    const slug = `synthetic-${String(n).padStart(4, '0')}`;
    const doc = parseDocument(
      readFileSync(path.join(source, DOCUMENTS_DIR, `${original}.yaml`), 'utf8'),
    );
    const title = `${String(doc.getIn(['title', 'zh']))}（${n}）`;
    doc.setIn(['slug'], slug);
    doc.setIn(['title', 'zh'], title);
    doc.setIn(['title', 'en'], `${String(doc.getIn(['title', 'en']))} (${n})`);
    const sourceFile = doc.getIn(['source', 'file']);
    if (typeof sourceFile === 'string') {
      const [, ...rest] = readFileSync(path.join(source, SOURCES_DIR, sourceFile), 'utf8').split(
        '\n',
      );
      const copy = `${slug}.zh.txt`;
      writeFileSync(path.join(target, SOURCES_DIR, copy), [title, ...rest].join('\n'));
      doc.setIn(['source', 'file'], copy);
    }
    writeFileSync(path.join(documents, `${slug}.yaml`), String(doc));
    const glossary = path.join(source, GLOSSARY_DIR, `${original}.yaml`);
    try {
      cpSync(glossary, path.join(glossaries, `${slug}.yaml`));
    } catch {
      // A document without a glossary.
    }
    slugs.push(slug);
  }
  return slugs;
}
