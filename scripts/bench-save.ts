/**
 * `npx tsx scripts/bench-save.ts [--mb 1.9] [--runs 3]`: what one changed save of a large
 * document writes and how long it takes (issue 14, item 2: a save's cost). Prints figures;
 * asserts nothing.
 *
 * The interview's pairs, each with its text twice (so that 2,000 pairs, the limit, can reach
 * about 2 MB), repeated to about `mb` MB, are put in a scratch copy of content/ as the
 * interview; then `runs` saves each change one English word of the version before (as an
 * editor's save does: the site check, the history copy, the atomic write). Bytes written are
 * this process's `wchar` (/proc/self/io: every byte passed to write(2), whatever file).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { contentEtag } from '../lib/content/etag';
import { parseDocumentFile } from '../lib/content/parse';
import { serializeDocument } from '../lib/content/serialize';
import { writeFileAtomically } from '../lib/content/write';
import { saveDocument } from '../lib/save/save-document';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '1.9' }, runs: { type: 'string', default: '3' } },
});
const SLUG = 'apus-li-tao-interview';
const TARGET_BYTES = Number(values.mb) * 1e6;

/** Bytes this process has passed to write(2) so far. */
const written = () => Number(/wchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1]);

function largeDocument(): string {
  const file = `content/documents/${SLUG}.yaml`;
  const doc = parseDocumentFile(readFileSync(file, 'utf8'), file);
  const doubled = doc.pairs.map((p) => ({ ...p, zh: `${p.zh}${p.zh}`, en: `${p.en} ${p.en}` }));
  const once = Buffer.byteLength(serializeDocument({ ...doc, pairs: doubled }));
  const copies = Math.max(1, Math.floor(TARGET_BYTES / once));
  const pairs = Array.from({ length: copies }, () => doubled)
    .flat()
    .slice(0, 2000)
    .map((pair, i) => ({ ...pair, id: `p${i + 1}` }));
  return serializeDocument({ ...doc, pairs });
}

const root = mkdtempSync(path.join(tmpdir(), 'duizhao-bench-save-'));
try {
  const contentDir = path.join(root, 'content');
  cpSync('content', contentDir, { recursive: true });
  let text = largeDocument();
  await writeFileAtomically(path.join(contentDir, 'documents', `${SLUG}.yaml`), text);
  console.log(
    `bench-save: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB document; load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (let run = 1; run <= Number(values.runs); run++) {
    // One English word of the first pair that has it, changed back and forth.
    const next = text.replace(/(realized|saw)( much earlier)/, run % 2 ? 'saw$2' : 'realized$2');
    const before = written();
    const started = performance.now();
    const outcome = await saveDocument(contentDir, SLUG, next, { ifMatch: contentEtag(text) });
    const ms = performance.now() - started;
    const mb = (written() - before) / 1e6;
    console.log(`save ${run}: ${outcome.kind}, ${mb.toFixed(2)} MB written, ${ms.toFixed(0)} ms`);
    text = next;
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
