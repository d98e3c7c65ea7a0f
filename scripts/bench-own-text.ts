/**
 * `npm run bench:own-text`: how fast is the dictionary of a text of My library (issue 12, item
 * 5)? Serves the production build (`node scripts/start.mjs`, so run `npm run build` first) and
 * drives Debian's /usr/bin/chromium with Playwright, in a fresh browser profile (empty Cache
 * Storage and IndexedDB): the interview is put in My library as the import page saves it, the
 * reader opened and a character tapped (次 of 第一次, as e2e/own-text-learning.spec.ts does);
 * then the page is reloaded and the character tapped again. Prints, per step, the time from the
 * tap to the popup's word, the bytes fetched (as sent, compressed) and the longest task of the
 * main thread (PerformanceObserver 'longtask'), with `uptime`. Asserts nothing.
 *
 *   npm run bench:own-text -- [--port 4450] [--dir path/to/a/built/checkout] [--runs 1]
 *
 * The machine is shared: times depend on its load (printed before and after); compare two
 * builds in one run (`--dir` for the other) rather than across runs.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { pressChar } from '../e2e/char-point';
import { seedLocalLibrary } from '../e2e/local-library';
import { launchChromium, observedPage, startServer } from './lib/bench-server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4450' },
    dir: { type: 'string', default: '.' },
    runs: { type: 'string', default: '1' },
  },
});
const PORT = Number(values.port);
const DIR = path.resolve(values.dir ?? '.');
const RUNS = Number(values.runs);
const BASE = `http://127.0.0.1:${PORT}`;
const STEP_TIMEOUT = 300_000;
const ID = 'bench-interview';
const uptime = () => execSync('uptime').toString().trim();

const longestTask = async (page: Page) =>
  Math.round(
    Math.max(
      0,
      ...(
        await page.evaluate(
          () => (window as unknown as { __longTasks: [number, number][] }).__longTasks,
        )
      ).map(([, duration]) => duration),
    ),
  );

/** Bytes fetched by the context (pages and workers), as sent: compressed bodies and headers. */
function countBytes(context: BrowserContext) {
  const counted = {
    total: 0,
    data: 0,
    files: new Map<string, number>(),
    /** When each data file and script was asked for and came (ms since the epoch). */
    timeline: [] as { path: string; asked: number; came: number }[],
  };
  const asked = new Map<unknown, number>();
  context.on('request', (request) => asked.set(request, Date.now()));
  context.on('requestfinished', async (request) => {
    const came = Date.now();
    const sizes = await request.sizes().catch(() => undefined);
    if (!sizes) return;
    const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
    counted.total += bytes;
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/data/') || pathname.endsWith('.js'))
      counted.timeline.push({ path: pathname, asked: asked.get(request) ?? came, came });
    if (pathname.startsWith('/data/')) {
      counted.data += bytes;
      counted.files.set(pathname, (counted.files.get(pathname) ?? 0) + bytes);
    }
  });
  return counted;
}

const popup = (page: Page) => page.locator('.dict[role="dialog"]');
const sentence = (page: Page) => page.locator('[id="p2.zh1"]');

/** Taps 次 and waits for the popup's word (the reader's segmentation gives 第一次). */
async function tapToPopup(page: Page) {
  await sentence(page).first().waitFor();
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="language-switcher"]');
    return el !== null && Object.keys(el).some((k) => k.startsWith('__reactProps$'));
  });
  const tapped = Date.now();
  await pressChar(page, sentence(page), '次', false);
  await page.waitForFunction(
    () => document.querySelector('.dict[role="dialog"]')?.getAttribute('aria-label'),
    undefined,
    { timeout: STEP_TIMEOUT },
  );
  // The popup opens at once, saying it is loading; the word comes with the dictionary.
  await popup(page)
    .and(page.locator('[aria-label="Dictionary: 第一次"]'))
    .waitFor({ timeout: STEP_TIMEOUT });
  return { tapped, ms: Date.now() - tapped };
}

interface Row {
  run: number;
  step: string;
  seconds: string;
  longestTask: string;
  bytes: string;
  dataFiles: string;
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

async function run(n: number, rows: Row[]) {
  const browser = await launchChromium();
  try {
    // A fresh profile: no Cache Storage, no IndexedDB.
    const page = await observedPage(browser, STEP_TIMEOUT);
    const context = page.context();
    await page.goto(`${BASE}/en`);
    await seedLocalLibrary(page, [
      {
        id: ID,
        title: { zh: '李涛访谈', en: 'Interview' },
        savedAt: new Date().toISOString(),
        yaml: readFileSync(path.join(DIR, 'content/documents/apus-li-tao-interview.yaml'), 'utf8'),
      },
    ]);
    for (const [step, go] of [
      ['first tap (empty caches)', () => page.goto(`${BASE}/en/local?id=${ID}`)],
      ['tap after a reload', () => page.reload()],
    ] as const) {
      const bytes = countBytes(context);
      await go();
      const { tapped, ms } = await tapToPopup(page);
      // What the page fetched while it was open (requests finish after the popup, too).
      await page.waitForLoadState('networkidle');
      const row: Row = {
        run: n,
        step,
        seconds: (ms / 1000).toFixed(1),
        longestTask: `${await longestTask(page)} ms`,
        bytes: kb(bytes.total),
        dataFiles: [...bytes.files].map(([file, size]) => `${file} ${kb(size)}`).join(', '),
      };
      context.removeAllListeners('request');
      context.removeAllListeners('requestfinished');
      const at = (t: number) => `${((t - tapped) / 1000).toFixed(1)} s`;
      for (const { path, asked, came } of bytes.timeline.filter((e) => e.came >= tapped))
        console.log(`  ${path}: asked at ${at(asked)}, came at ${at(came)} after the tap`);
      rows.push(row);
      console.log(
        `run ${n}, ${row.step}: ${row.seconds} s to the popup's word, longest task ${row.longestTask}, ` +
          `${row.bytes} fetched (${row.dataFiles || 'no data files'})`,
      );
    }
  } finally {
    await browser.close();
  }
}

async function main() {
  console.log(`bench:own-text — ${DIR} on ${BASE}\n${uptime()}`);
  const server = await startServer(DIR, PORT);
  const rows: Row[] = [];
  try {
    for (let n = 1; n <= RUNS; n++) await run(n, rows);
  } finally {
    server.kill();
  }
  console.table(rows);
  console.log(uptime());
}

await main();
