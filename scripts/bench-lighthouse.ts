/**
 * `npm run bench:lighthouse [-- --runs 3 --port 3400 --pages /en,/en/read/x]`: Lighthouse
 * (mobile defaults) for the library and the readers, each page measured in the same run with
 * its JavaScript and with every `*.js` request blocked (Lighthouse's `blockedUrlPatterns`), so
 * the cost of our JavaScript is read against the same page's own zero-JS rendering rather than
 * against absolute times, which are noisy on a shared machine. Prints the median of the runs
 * for performance, total blocking time and largest contentful paint side by side, the page's
 * first-load JavaScript (gzip), its HTML (gzip), the client components its payload references,
 * and the load average while it ran. Asserts nothing: a slow machine cannot make it fail.
 * Needs a production build (`npm run build`).
 *
 * Two figures put the bar in context, measured in the same run:
 * - the framework's floor: the smallest App Router page (one client component; see
 *   `bench-lighthouse/floor-app.ts`), built with the project's `next` and `react` (`--skip-floor`
 *   leaves it out);
 * - the host's Lighthouse `benchmarkIndex` (median of the runs). Lighthouse's 4× CPU slowdown
 *   assumes a high-end desktop host (benchmarkIndex 1500–2000) and says to calibrate the
 *   multiplier on a weaker one (docs/throttling.md, "Calibrating the CPU slowdown", in the
 *   Lighthouse repository); `--cpu <multiplier>` runs with another one.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildFloorApp } from './bench-lighthouse/floor-app';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '3400' },
    cpu: { type: 'string', default: '4' },
    'skip-floor': { type: 'boolean', default: false },
    pages: {
      type: 'string',
      default: '/en,/zh,/en/read/apus-li-tao-interview,/zh/read/apus-li-tao-interview',
    },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const ORIGIN = `http://127.0.0.1:${values.port}`;
const PAGES = values.pages.split(',').filter(Boolean);
const CPU_SLOWDOWN = Number(values.cpu);
const FLOOR_ORIGIN = `http://127.0.0.1:${Number(values.port) + 1}`;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

async function waitForServer(url: string) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`server did not answer at ${url}`);
}

const gzip = (text: string | Buffer) => gzipSync(text).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The page's HTML and the scripts it loads (gzip), leaving out `noModule` polyfills, which
 * modern browsers do not download (what `next build` no longer prints).
 */
async function pageWeight(origin: string, page: string) {
  const html = await (await fetch(origin + page)).text();
  const sources = [...html.matchAll(/<script([^>]+)>/g)]
    .map((m) => m[1] ?? '')
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /src="([^"]+)"/.exec(attrs)?.[1])
    .filter((src): src is string => src !== undefined);
  let js = 0;
  for (const src of new Set(sources)) {
    js += gzip(Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer()));
  }
  return { html: gzip(html), js, ...clientComponents(html) };
}

/**
 * Client components in the page's React payload: the client modules it references (`I[…]`
 * rows of the flight data inlined in the HTML) and how many elements of theirs it renders
 * (`$L` references), which is what hydration has to bring to life.
 */
function clientComponents(html: string) {
  const payload = [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)]
    .map((m) => {
      try {
        return JSON.parse(m[1] ?? '""') as string;
      } catch {
        return '';
      }
    })
    .join('');
  const modules = new Set<string>();
  for (const m of payload.matchAll(/^([0-9a-f]+):I\[/gm)) modules.add(m[1] ?? '');
  let instances = 0;
  for (const m of payload.matchAll(/"\$L([0-9a-f]+)"/g)) if (modules.has(m[1] ?? '')) instances++;
  return { modules: modules.size, instances };
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

interface Sample {
  perf: number;
  tbt: number;
  lcp: number;
}

if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build: run `npm run build` first.');
  process.exit(1);
}

const nextBin = path.resolve('node_modules/next/dist/bin/next');
const servers = [
  spawn(process.execPath, [nextBin, 'start', '-p', values.port], { stdio: 'ignore' }),
];
const targets = PAGES.map((page) => ({ label: page, origin: ORIGIN, path: page }));
if (!values['skip-floor']) {
  const floorDir = buildFloorApp(process.cwd());
  servers.push(
    spawn(process.execPath, [nextBin, 'start', '-p', String(Number(values.port) + 1)], {
      cwd: floorDir,
      stdio: 'ignore',
    }),
  );
  targets.push({ label: 'App Router floor', origin: FLOOR_ORIGIN, path: '/' });
}
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: CHROME_FLAGS,
});
const loads: number[] = [];
const benchmarkIndexes: number[] = [];
try {
  await waitForServer(`${ORIGIN}/en`);
  if (!values['skip-floor']) await waitForServer(`${FLOOR_ORIGIN}/`);
  const rows: string[][] = [];
  for (const target of targets) {
    const samples: Record<'js' | 'blocked', Sample[]> = { js: [], blocked: [] };
    // Alternate the two modes, so a change in the machine's load hits both alike.
    for (let run = 0; run < RUNS; run++) {
      for (const mode of ['js', 'blocked'] as const) {
        loads.push(loadavg()[0] ?? 0);
        const result = await lighthouse(target.origin + target.path, {
          port: chrome.port,
          throttling: { cpuSlowdownMultiplier: CPU_SLOWDOWN },
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
          blockedUrlPatterns: mode === 'blocked' ? ['*.js'] : [],
        });
        const lhr = result?.lhr;
        if (lhr?.environment.benchmarkIndex) benchmarkIndexes.push(lhr.environment.benchmarkIndex);
        samples[mode].push({
          perf: Math.round((lhr?.categories.performance?.score ?? 0) * 100),
          tbt: lhr?.audits['total-blocking-time']?.numericValue ?? Number.NaN,
          lcp: lhr?.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        });
      }
    }
    const m = (mode: 'js' | 'blocked', key: keyof Sample) =>
      median(samples[mode].map((s) => s[key]));
    const weight = await pageWeight(target.origin, target.path);
    rows.push([
      target.label,
      `${m('js', 'perf')} / ${m('blocked', 'perf')}`,
      `${Math.round(m('js', 'tbt'))} / ${Math.round(m('blocked', 'tbt'))} ms`,
      `${(m('js', 'lcp') / 1000).toFixed(2)} / ${(m('blocked', 'lcp') / 1000).toFixed(2)} s`,
      kb(weight.js),
      kb(weight.html),
      `${weight.modules} / ${weight.instances}`,
    ]);
  }
  const head = [
    'page',
    'perf (JS / no JS)',
    'TBT (JS / no JS)',
    'LCP (JS / no JS)',
    'first-load JS (gzip)',
    'HTML (gzip)',
    'client components (modules / elements)',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(
    `Lighthouse ${RUNS === 1 ? '(1 run)' : `(median of ${RUNS} runs)`}, mobile defaults${CPU_SLOWDOWN === 4 ? '' : ` but a ${CPU_SLOWDOWN}× CPU slowdown`}`,
  );
  console.log(line(head));
  for (const row of rows) console.log(line(row));
  console.log(
    `load average (1 min) during the runs: ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}, on ${(await import('node:os')).cpus().length} cores`,
  );
  console.log(
    `host benchmarkIndex (median): ${Math.round(median(benchmarkIndexes))}, range ${Math.round(Math.min(...benchmarkIndexes))}–${Math.round(Math.max(...benchmarkIndexes))} (Lighthouse's 4× assumes 1500–2000)`,
  );
} finally {
  await chrome.kill();
  for (const server of servers) server.kill();
}
