/**
 * Starts a save and stops at its most delicate point, for the crash test in
 * tests/lib/content/write.test.ts: once the temporary file is written and synced, it prints
 * "TEMP <path>" and waits forever, for the parent to kill it with SIGKILL before the rename.
 *
 * Usage: tsx tests/helpers/kill-during-save.ts <contentDir> <slug> <file with the new text>
 */
import { readFileSync } from 'node:fs';
import { writeDocumentAtomically } from '../../lib/content/write';

const [contentDir, slug, source] = process.argv.slice(2);
if (!contentDir || !slug || !source) throw new Error('usage: kill-during-save <dir> <slug> <file>');

await writeDocumentAtomically(contentDir, slug, readFileSync(source, 'utf8'), {
  afterTempWritten: (temp) => {
    process.stdout.write(`TEMP ${temp}\n`);
    return new Promise<void>(() => {
      // Never resolves: the parent kills this process here.
      setInterval(() => undefined, 1000);
    });
  },
});
process.stdout.write('SAVED\n');
