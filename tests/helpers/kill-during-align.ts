/**
 * Runs `npm run align … --out FILE` and stops at its most delicate point, for the crash test in
 * tests/scripts/align-cli.test.ts: once the temporary output is written and synced, it prints
 * "TEMP <path>" and waits forever, for the parent to kill it with SIGKILL before the rename.
 *
 * Usage: tsx tests/helpers/kill-during-align.ts <the align command's arguments>
 */
import { runAlign } from '../../scripts/align-command';

await runAlign(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: () => undefined,
  afterTempWritten: (temp) => {
    process.stdout.write(`TEMP ${temp}\n`);
    return new Promise<void>(() => {
      // Never resolves: the parent kills this process here.
      setInterval(() => undefined, 1000);
    });
  },
});
process.stdout.write('DONE\n');
