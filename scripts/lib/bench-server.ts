/**
 * What the browser benchmarks share (bench:import, bench:own-text): the production build served
 * from a checkout, and the page's long tasks recorded from its start.
 */
import { type ChildProcess, spawn } from 'node:child_process';

/**
 * Starts `node scripts/start.mjs` in `dir` on `port` and waits (up to 5 minutes: a loaded
 * machine starts slowly) until it answers `/en`.
 *
 * @throws {Error} when it never answers
 * @example const server = await startServer('.', 5050); … server.kill();
 */
export async function startServer(dir: string, port: number): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['scripts/start.mjs', '-p', String(port)], {
    cwd: dir,
    stdio: 'ignore',
  });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/en`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error(`the server in ${dir} did not answer on ${base}`);
}

/**
 * An init script that records every long task of the page from its start (PerformanceObserver
 * 'longtask', buffered) in `window.__longTasks` as [start, duration] pairs.
 */
export const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;
