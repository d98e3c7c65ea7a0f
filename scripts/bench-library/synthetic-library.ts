import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { DOCUMENTS_DIR, GLOSSARY_DIR, SOURCES_DIR } from '../../lib/content/load';

/**
 * Writes a synthetic library of `count` documents into `target` (a content folder): copy n
 * of bundled document n mod k, with its own slug and numbered titles, its glossary, and the
 * source texts they are compared with, so that every route builds as it would for real
 * documents of the same sizes. Returns the slugs.
 *
 * @example writeSyntheticLibrary('content', '/tmp/bench/content-100', 100) // ['synthetic-0001', …]
 */
export function writeSyntheticLibrary(source: string, target: string, count: number): string[] {
  const documents = path.join(target, DOCUMENTS_DIR);
  const glossaries = path.join(target, GLOSSARY_DIR);
  mkdirSync(documents, { recursive: true });
  mkdirSync(glossaries, { recursive: true });
  cpSync(path.join(source, SOURCES_DIR), path.join(target, SOURCES_DIR), { recursive: true });
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
    doc.setIn(['slug'], slug);
    doc.setIn(['title', 'zh'], `${String(doc.getIn(['title', 'zh']))}（${n}）`);
    doc.setIn(['title', 'en'], `${String(doc.getIn(['title', 'en']))} (${n})`);
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
