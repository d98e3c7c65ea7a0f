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
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '3400' },
    pages: {
      type: 'string',
      default: '/en,/zh,/en/read/apus-li-tao-interview,/zh/read/apus-li-tao-interview',
    },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const ORIGIN = `http://127.0.0.1:${values.port}`;
const PAGES = values.pages.split(',').filter(Boolean);
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
async function pageWeight(path: string) {
  const html = await (await fetch(ORIGIN + path)).text();
  const sources = [...html.matchAll(/<script([^>]+)>/g)]
    .map((m) => m[1] ?? '')
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /src="([^"]+)"/.exec(attrs)?.[1])
    .filter((src): src is string => src !== undefined);
  let js = 0;
  for (const src of new Set(sources)) {
    js += gzip(Buffer.from(await (await fetch(new URL(src, ORIGIN))).arrayBuffer()));
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

const server = spawn(
  process.execPath,
  ['node_modules/next/dist/bin/next', 'start', '-p', values.port],
  {
    stdio: 'ignore',
  },
);
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: CHROME_FLAGS,
});
const loads: number[] = [];
try {
  await waitForServer(`${ORIGIN}/en`);
  const rows: string[][] = [];
  for (const path of PAGES) {
    const samples: Record<'js' | 'blocked', Sample[]> = { js: [], blocked: [] };
    // Alternate the two modes, so a change in the machine's load hits both alike.
    for (let run = 0; run < RUNS; run++) {
      for (const mode of ['js', 'blocked'] as const) {
        loads.push(loadavg()[0] ?? 0);
        const result = await lighthouse(ORIGIN + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
          blockedUrlPatterns: mode === 'blocked' ? ['*.js'] : [],
        });
        const lhr = result?.lhr;
        samples[mode].push({
          perf: Math.round((lhr?.categories.performance?.score ?? 0) * 100),
          tbt: lhr?.audits['total-blocking-time']?.numericValue ?? Number.NaN,
          lcp: lhr?.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        });
      }
    }
    const m = (mode: 'js' | 'blocked', key: keyof Sample) =>
      median(samples[mode].map((s) => s[key]));
    const weight = await pageWeight(path);
    rows.push([
      path,
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
  console.log(`Lighthouse ${RUNS === 1 ? '(1 run)' : `(median of ${RUNS} runs)`}, mobile defaults`);
  console.log(line(head));
  for (const row of rows) console.log(line(row));
  console.log(
    `load average (1 min) during the runs: ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}, on ${(await import('node:os')).cpus().length} cores`,
  );
} finally {
  await chrome.kill();
  server.kill();
}
