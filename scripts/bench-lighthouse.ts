/**
 * `npm run bench:lighthouse`: Lighthouse scores (performance, accessibility, best practices,
 * SEO) and first-load JavaScript for the library and reader pages, measured against the
 * production build (`npm run build` first) in Debian's Chromium. Prints a table; asserts
 * nothing, so a slow machine cannot make it fail.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = 3300;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = ['/en', '/zh', '/en/read/apus-li-tao-interview', '/zh/read/apus-li-tao-interview'];
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
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`server did not answer at ${url}`);
}

/**
 * Sum of the gzip sizes of the scripts a page's HTML loads (what Next no longer prints),
 * leaving out `noModule` polyfills, which modern browsers do not download.
 */
async function firstLoadJs(path: string): Promise<number> {
  const html = await (await fetch(ORIGIN + path)).text();
  const sources = [...html.matchAll(/<script([^>]+)>/g)]
    .map((m) => m[1] ?? '')
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /src="([^"]+)"/.exec(attrs)?.[1])
    .filter((src): src is string => src !== undefined);
  let total = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, ORIGIN))).arrayBuffer());
    total += gzipSync(body).length;
  }
  return total;
}

if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build: run `npm run build` first.');
  process.exit(1);
}

const server = spawn(
  process.execPath,
  ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT)],
  {
    stdio: 'ignore',
  },
);
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: CHROME_FLAGS,
});
try {
  await waitForServer(`${ORIGIN}/en`);
  const rows: string[][] = [];
  for (const path of PAGES) {
    const result = await lighthouse(ORIGIN + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result?.lhr.categories ?? {};
    const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100));
    const js = await firstLoadJs(path);
    rows.push([
      path,
      score('performance'),
      score('accessibility'),
      score('best-practices'),
      score('seo'),
      `${(js / 1024).toFixed(1)} KB`,
    ]);
  }
  const head = ['page', 'perf', 'a11y', 'best', 'seo', 'first-load JS (gzip)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(head));
  for (const row of rows) console.log(line(row));
} finally {
  await chrome.kill();
  server.kill();
}
