import { spawn } from 'node:child_process';

/**
 * Starts a helper script (tests/helpers/kill-during-*.ts) that stops once its temporary file
 * is written and synced and prints "TEMP <path>"; resolves with that path and a function that
 * kills the process with SIGKILL (resolving with the signal once it has died).
 *
 * @example const { temp, kill } = await runUntilTemp('tests/helpers/kill-during-save.ts', args)
 */
export async function runUntilTemp(
  script: string,
  args: readonly string[],
): Promise<{ temp: string; kill: () => Promise<NodeJS.Signals | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  const temp = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^TEMP (.+)$/m.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error(`${script} ended before its hook: ${stderr}`)));
  });
  return {
    temp,
    kill: () => {
      child.kill('SIGKILL');
      return exited;
    },
  };
}
