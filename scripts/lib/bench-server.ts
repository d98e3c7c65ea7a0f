/**
 * What the browser benchmarks share (bench:import, bench:own-text): the production build served
 * from a checkout, and the page's long tasks recorded from its start.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { type Browser, chromium, type Page } from '@playwright/test';

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

/** Debian's Chromium (browser downloads do not work here), as every benchmark launches it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

/**
 * A page in a new context (a fresh profile: no Cache Storage, no IndexedDB) at 1280×800 that
 * records its long tasks from the start (OBSERVE_LONG_TASKS), with `timeout` for every step.
 *
 * @example const page = await observedPage(browser, 600_000);
 */
export async function observedPage(browser: Browser, timeout: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(OBSERVE_LONG_TASKS);
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  return page;
}
