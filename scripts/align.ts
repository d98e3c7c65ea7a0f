/**
 * `npm run align -- zh.txt en.txt [options]`: see scripts/align-command.ts for the options.
 */
import { runAlign } from './align-command';
import { runCommand } from './lib/cli';

process.exitCode = await runCommand('align', () =>
  runAlign(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (line) => process.stderr.write(`${line}\n`),
  }),
);
