/**
 * `npm run bench:import`: does a 15 MB import stay usable (issue 14, item 7)? Serves the
 * production build (`node scripts/start.mjs`, so run `npm run build` first) and drives Debian's
 * /usr/bin/chromium with Playwright through the import of the interview repeated to 15 MB a
 * side: it presses Cancel 5 s into one run, lets a second run finish, saves the result to the
 * library, then opens it in the reader and the review. Every long task of the main thread
 * (PerformanceObserver 'longtask', tasks over 50 ms) is recorded; the table gives, per step, its
 * time and the longest task, which is what a user feels as a frozen page, and for each page
 * the longest task of its whole life (a task between two steps is in no step). Asserts nothing.
 *
 *   npm run bench:import -- [--mb 15] [--port 5050] [--dir path/to/a/built/checkout] [--trace]
 *     [--open-only [--open-timeout 600]] [--paste-only]
 *
 * `--open-only` skips the import: the interview's pairs repeated to the same size are stored as
 * a record of an earlier version (no head), opened twice (the first open keeps a head with it).
 *
 * `--paste-only` stops after the paste (with --trace, to see what the paste's tasks are).
 *
 * `--trace` records a Chromium trace of each step and prints what its tasks over 200 ms spent
 * their time on (scripts/lib/long-task-trace.ts).
 *
 * The machine is shared: times depend on its load (printed); the longest task is the steadier
 * figure of responsiveness.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import { parseDocumentFile } from '../lib/content/parse';
import { longest, openSavedText, recordWholeLife } from './lib/bench-open';
import { paste, preparePaste, type RepeatedText, repeatedBytes } from './lib/bench-paste';
import { launchChromium, observedPage, startServer } from './lib/bench-server';
import { bookFile, storeRecord } from './lib/bench-stored-text';
import { longestTraceTasks, summarizeLongTasks } from './lib/long-task-trace';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '15' },
    port: { type: 'string', default: '5050' },
    dir: { type: 'string', default: '.' },
    trace: { type: 'boolean', default: false },
    'open-only': { type: 'boolean', default: false },
    'paste-only': { type: 'boolean', default: false },
    /** --open-only: seconds each step of an open may take (a stall is then reported sooner). */
    'open-timeout': { type: 'string', default: '600' },
  },
});
const MB = Number(values.mb);
const PORT = Number(values.port);
const DIR = path.resolve(values.dir ?? '.');
const BASE = `http://127.0.0.1:${PORT}`;
const STEP_TIMEOUT = 600_000;
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute'];

/** The interview's two sides, to be repeated (a blank line between paragraphs) to `mb` MB each. */
function texts(mb: number): Record<'zh' | 'en', RepeatedText> {
  const file = 'content/documents/apus-li-tao-interview.yaml';
  const doc = parseDocumentFile(readFileSync(file, 'utf8'), file);
  const side = (s: 'zh' | 'en') => {
    const once = doc.pairs.map((p) => p[s]).join('\n\n');
    const bytes = Buffer.byteLength(once);
    return { once, times: Math.max(1, Math.floor((mb * 2 ** 20) / (bytes + 2))) };
  };
  return { zh: side('zh'), en: side('en') };
}

const now = (page: Page) => page.evaluate(() => performance.now());

interface Row {
  step: string;
  seconds: string;
  longestTask: string;
  note: string;
}
const rows: Row[] = [];
function record(step: string, ms: number | null, task: number | null, note = '') {
  const row = {
    step,
    seconds: ms === null ? '—' : (ms / 1000).toFixed(1),
    longestTask: task === null ? '—' : `${task} ms`,
    note,
  };
  rows.push(row);
  // As it goes: a step of a slow build may take minutes.
  console.log(`${row.step}: ${row.seconds} s, longest task ${row.longestTask} ${row.note}`);
}

/** Runs `step`, and with --trace prints what its long tasks spent their time on. */
async function traced<T>(browser: Browser, name: string, step: () => Promise<T>): Promise<T> {
  if (!values.trace) return step();
  await browser.startTracing(undefined, { categories: TRACE_CATEGORIES });
  try {
    return await step();
  } finally {
    const buffer = await browser.stopTracing();
    const file = path.join(tmpdir(), `bench-import-${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, buffer);
    const trace: unknown = JSON.parse(buffer.toString('utf8'));
    const lines = summarizeLongTasks(trace).slice(0, 10);
    console.log(`  ${name}: inside tasks over 200 ms (max ms, total ms, tasks); trace in ${file}`);
    for (const l of lines) console.log(`    ${l.maxMs}\t${l.totalMs}\t${l.tasks}\t${l.what}`);
    // Garbage collection's tasks too, which the pages' 'longtask' observers do not report.
    const each = longestTraceTasks(trace)
      .map((t) => `renderer ${t.pid} ${t.ms} ms (${t.what})`)
      .join('; ');
    console.log(`  ${name}: longest main-thread task in the trace, each renderer: ${each}`);
  }
}

/** Runs `step` and times it from Node (what the user waits), with the page's long tasks. */
async function timed(page: Page, name: string, step: () => Promise<string | undefined>) {
  const from = await now(page);
  const started = Date.now();
  let note: string | undefined;
  try {
    const browser = page.context().browser();
    note = browser ? await traced(browser, name, step) : await step();
  } catch (error) {
    note = `failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
  }
  const ms = Date.now() - started;
  const to = await now(page);
  record(name, ms, await longest(page, from, to), note ?? '');
}

/** --open-only: a generated record opened twice, without the import before. */
async function openOnly() {
  const book = bookFile(MB);
  console.log(
    `bench:import --open-only — ${DIR}: ${(book.yaml.length / 2 ** 20).toFixed(1)} M characters, ` +
      `${book.pairs} pairs; load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
  const server = await startServer(DIR, PORT);
  const browser = await launchChromium();
  try {
    const page = await observedPage(browser, STEP_TIMEOUT);
    await page.route(`${BASE}/__bench-doc`, (route) =>
      route.fulfill({ contentType: 'text/plain; charset=utf-8', body: book.yaml }),
    );
    await page.goto(`${BASE}/en`);
    await storeRecord(page, 'local-bench', `${BASE}/__bench-doc`);
    for (const suffix of ['', ', again'])
      await openSavedText({
        browser,
        opener: page,
        base: BASE,
        id: 'local-bench',
        pairs: book.pairs,
        timeout: Number(values['open-timeout']) * 1000,
        record,
        traced: (name, step) => traced(browser, name, step),
        suffix,
      });
  } finally {
    await browser.close();
    server.kill();
  }
  console.table(rows);
}

async function main() {
  if (values['open-only']) return openOnly();
  const { zh, en } = texts(MB);
  console.log(
    `bench:import — ${DIR}: ${(repeatedBytes(zh) / 2 ** 20).toFixed(1)} MB Chinese, ` +
      `${(repeatedBytes(en) / 2 ** 20).toFixed(1)} MB English; load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
  const server = await startServer(DIR, PORT);
  const browser = await launchChromium();
  try {
    // A fresh profile: no Cache Storage, no IndexedDB.
    const page = await observedPage(browser, STEP_TIMEOUT);
    await page.goto(`${BASE}/en/import`);
    const clipboards = { zh: await preparePaste(page, zh), en: await preparePaste(page, en) };
    await timed(page, 'paste both texts', async () => {
      await paste(page, '#import-zh', clipboards.zh);
      await paste(page, '#import-en', clipboards.en);
      await page
        .getByText(/a long text|Chinese text/)
        .first()
        .waitFor();
      return undefined;
    });
    if (values['paste-only']) return;

    // Cancel pressed 5 s into a run: how long until it has acted (the page says so)?
    await page.getByRole('button', { name: 'Align', exact: true }).click();
    await page.waitForTimeout(5000); // the user's 5 s, not a wait for an event
    await timed(page, 'Cancel at 5 s, until it acts', async () => {
      // The page's own clock from the click to the message: the time from Node adds
      // Playwright's round trips, seconds on a loaded machine.
      const acted = page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let clicked = 0;
            document.addEventListener(
              'click',
              () => {
                clicked = performance.now();
              },
              { capture: true, once: true },
            );
            new MutationObserver((_, observer) => {
              if (!document.body.textContent?.includes('Alignment cancelled')) return;
              observer.disconnect();
              resolve(performance.now() - clicked);
            }).observe(document.body, { childList: true, subtree: true, characterData: true });
          }),
      );
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByText('Alignment cancelled').waitFor();
      return `shown ${Math.round(await acted)} ms after the click (page clock)`;
    });

    let pairs = 0;
    await timed(page, 'align (to the result)', async () => {
      await page.getByRole('button', { name: 'Align', exact: true }).click();
      await page.getByRole('heading', { name: 'Result' }).waitFor();
      const summary =
        (await page
          .getByText(/paragraph pairs/)
          .last()
          .textContent()) ?? '';
      pairs = Number(/(\d+) paragraph pairs/.exec(summary)?.[1] ?? 0);
      return summary;
    });

    let id = '';
    await timed(page, 'save to my library', async () => {
      await page.getByRole('button', { name: 'Save to my library' }).click();
      const link = page.getByRole('link', { name: 'Read it now' });
      await link.waitFor();
      id =
        new URL(`${BASE}${(await link.getAttribute('href')) ?? ''}`).searchParams.get('id') ?? '';
      return undefined;
    });

    await openSavedText({
      browser,
      opener: page,
      base: BASE,
      id,
      pairs,
      timeout: STEP_TIMEOUT,
      record,
      traced: (name, step) => traced(browser, name, step),
    });
    await recordWholeLife(page, 'the import page', null, record);
  } finally {
    await browser.close();
    server.kill();
  }
  console.table(rows);
}

await main();
