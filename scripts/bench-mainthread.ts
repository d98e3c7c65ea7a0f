/**
 * `npm run bench:mainthread`: where a page's main-thread time goes on a phone-speed CPU, for
 * one or more production builds in the same run (so a before and an after meet the same
 * machine load). Each page is loaded in Debian's Chromium with the CPU slowed 4× (as
 * Lighthouse's mobile defaults do) and a 412×823 phone viewport, traced (Chrome's trace
 * events) and profiled (V8's sampling profiler) from navigation until the main thread has had
 * no long task for 2 s. Prints, per page and per build, the median of the runs for:
 *
 * - the main thread by kind of work (Lighthouse's `mainthread-work-breakdown` groups): HTML
 *   parsing, style and layout, paint, script compilation, script evaluation, garbage
 *   collection;
 * - script time (self time of V8's samples) by what runs it: React DOM (rendering and
 *   hydration), the RSC payload's client (parsing the flight data inlined in the page), the
 *   rest of Next.js's runtime (`rootMainFiles`), and each of the page's own chunks;
 * - long tasks, total blocking time after the first contentful paint (tasks' time over 50 ms,
 *   to the end of the trace, as Lighthouse counts it within its window) and DOM elements.
 *
 * Asserts nothing. Needs a production build (`npm run build`) in each checkout named.
 *
 *   npm run bench:mainthread -- [--dirs /tmp/before,.] [--runs 3] [--port 5070]
 *                               [--pages /en/read/apus-li-tao-interview,/en] [--throttle 4]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { type Browser, chromium } from '@playwright/test';
import { type CpuProfile, scriptTimeByOwner } from './bench-mainthread/profile';
import { breakdownOfTrace, type TraceEvent } from './bench-mainthread/trace';

const { values } = parseArgs({
  options: {
    dirs: { type: 'string', default: '.' },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '5070' },
    throttle: { type: 'string', default: '4' },
    pages: {
      type: 'string',
      default: '/en/read/apus-li-tao-interview,/zh/read/apus-li-tao-interview,/en',
    },
  },
});
const DIRS = values.dirs.split(',').map((d) => path.resolve(d));
const RUNS = Math.max(1, Number(values.runs));
const THROTTLE = Number(values.throttle);
const PAGES = values.pages.split(',').filter(Boolean);
const origin = (i: number) => `http://127.0.0.1:${Number(values.port) + i}`;

async function startServer(dir: string, i: number): Promise<ChildProcess> {
  if (!existsSync(path.join(dir, '.next/BUILD_ID'))) {
    throw new Error(`No production build in ${dir}: run \`npm run build\` there first.`);
  }
  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(Number(values.port) + i)],
    { cwd: dir, stdio: 'ignore' },
  );
  for (let n = 0; n < 300; n++) {
    try {
      if ((await fetch(`${origin(i)}/en`)).ok) return server;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  server.kill();
  throw new Error(`the server of ${dir} did not answer`);
}

/** Framework chunks of a build (Next's `rootMainFiles`), by file name. */
function frameworkChunks(dir: string): Set<string> {
  const manifest: unknown = JSON.parse(
    readFileSync(path.join(dir, '.next/build-manifest.json'), 'utf8'),
  );
  const files =
    typeof manifest === 'object' && manifest !== null && 'rootMainFiles' in manifest
      ? manifest.rootMainFiles
      : [];
  return new Set((Array.isArray(files) ? files : []).map((f: unknown) => path.basename(String(f))));
}

type Figures = Map<string, number>;

/** One load of `url`, traced and profiled: every figure of the tables, in ms (or a count). */
async function measure(browser: Browser, url: string, framework: Set<string>): Promise<Figures> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8',
      'v8.execute',
      'blink',
      'loading',
      'toplevel',
      'disabled-by-default-v8.gc',
    ],
  });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  // Quiet: no long task for 2 s (a PerformanceObserver, so the wait ends on the page's events).
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(resolve, 2000);
        new PerformanceObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(resolve, 2000);
        }).observe({ type: 'longtask', buffered: true });
      }),
  );
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const trace: { traceEvents: TraceEvent[] } = JSON.parse(
    (await browser.stopTracing()).toString('utf8'),
  );
  await context.close();
  const figures: Figures = new Map();
  for (const [key, ms] of breakdownOfTrace(trace.traceEvents)) figures.set(key, ms);
  const scripts = await scriptTimeByOwner(profile, framework);
  for (const [key, ms] of scripts) figures.set(`script · ${key}`, ms);
  figures.set('DOM elements', elements);
  return figures;
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const servers: ChildProcess[] = [];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
});
const loads: number[] = [];
try {
  for (const [i, dir] of DIRS.entries()) servers.push(await startServer(dir, i));
  const framework = DIRS.map(frameworkChunks);
  for (const pagePath of PAGES) {
    const samples: Figures[][] = DIRS.map(() => []);
    // Alternate the builds within each run, so a change in the machine's load hits all alike.
    for (let run = 0; run < RUNS; run++) {
      for (const [i] of DIRS.entries()) {
        loads.push(loadavg()[0] ?? 0);
        samples[i]?.push(await measure(browser, origin(i) + pagePath, framework[i] ?? new Set()));
      }
    }
    const keys = [...new Set(samples.flatMap((runs) => runs.flatMap((f) => [...f.keys()])))];
    const rows = keys.map((key) => [
      key,
      ...samples.map((runs) => {
        const value = median(runs.map((f) => f.get(key) ?? 0));
        return key === 'DOM elements' || key.startsWith('long tasks')
          ? String(value)
          : `${Math.round(value)} ms`;
      }),
    ]);
    const head = [`${pagePath} (median of ${RUNS})`, ...DIRS.map((d) => path.basename(d))];
    const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
    const line = (cells: string[]) =>
      cells
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join('  ');
    console.log(`\n${line(head)}`);
    for (const row of rows) console.log(line(row));
  }
  console.log(
    `\nCPU ${THROTTLE}× slower, 412×823 phone viewport; load average (1 min) during the runs: ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}, on ${cpus().length} cores`,
  );
} finally {
  await browser.close();
  for (const server of servers) server.kill();
}
