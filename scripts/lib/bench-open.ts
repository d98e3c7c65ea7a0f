/**
 * bench:import's second half: an own text saved in the library, opened in the reader and the
 * review (first pair shown, the whole opened, a link to the last pair), with the page's long
 * tasks and the marks the page and its workers set on the way (`duizhao:open …`, see
 * components/local/open-marks.ts), so that a slow first pair says where its time went.
 */
import type { Browser, Page } from '@playwright/test';
import { pageSays, watchPage } from './bench-evidence';

/** What the caller records: a step, its time in ms and its longest task. */
export type RecordStep = (
  step: string,
  ms: number | null,
  task: number | null,
  note?: string,
) => void;

const now = (page: Page) => page.evaluate(() => performance.now());

/** The longest task that started in [from, to] (page time), in ms. */
export async function longest(page: Page, from: number, to: number): Promise<number> {
  const tasks = await page.evaluate(
    () => (window as unknown as { __longTasks: [number, number][] }).__longTasks,
  );
  return Math.round(
    Math.max(0, ...tasks.filter(([start]) => start >= from && start <= to).map(([, d]) => d)),
  );
}

/** The page's and its workers' `duizhao:` marks, on the page's clock (ms from its start). */
async function marks(page: Page): Promise<string> {
  const read = () => ({
    origin: performance.timeOrigin,
    marks: performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('duizhao:'))
      .map((m) => [m.name.slice('duizhao:'.length), m.startTime] as const),
  });
  const page0 = await page.evaluate(read);
  const all: [string, number][] = page0.marks.map(([name, at]) => [`page ${name}`, at]);
  for (const [i, worker] of page.workers().entries()) {
    try {
      const w = await worker.evaluate(read);
      for (const [name, at] of w.marks)
        all.push([`worker${i} ${name}`, at + w.origin - page0.origin]);
    } catch {
      // a worker that ended
    }
  }
  return all
    .sort((a, b) => a[1] - b[1])
    .map(([name, at]) => `${(at / 1000).toFixed(2)} s ${name}`)
    .join('; ');
}

/** The page's JavaScript heap and DOM size (Chromium's Performance domain), as a row. */
async function recordMemory(page: Page, name: string, record: RecordStep) {
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (key: string) => metrics.find((m) => m.name === key)?.value ?? 0;
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
    record(
      `… ${name}, memory`,
      null,
      null,
      `JS heap ${mb(metric('JSHeapUsedSize'))} used of ${mb(metric('JSHeapTotalSize'))}, ${metric('Nodes')} DOM nodes`,
    );
  } catch (error) {
    record(`… ${name}, memory`, null, null, `failed: ${String(error).split('\n')[0]}`);
  }
}

/**
 * The longest task of the page's whole life so far, as a row: a task between two steps (after
 * one's condition was met, before the next began) is in no step's figure.
 */
export async function recordWholeLife(
  page: Page,
  name: string,
  ms: number | null,
  record: RecordStep,
): Promise<void> {
  try {
    const tasks = await page.evaluate(
      () => (window as unknown as { __longTasks: [number, number][] }).__longTasks,
    );
    const over = tasks.filter(([, d]) => d > 200).length;
    record(
      `… ${name}, whole page life`,
      ms,
      await longest(page, 0, await now(page)),
      `longest task from the page's start; ${over} of ${tasks.length} long tasks over 200 ms`,
    );
  } catch (error) {
    record(`… ${name}, whole page life`, null, null, `failed: ${String(error).split('\n')[0]}`);
  }
}

/** How to open the text: where, which record, how many pairs, and how to time and trace. */
export interface OpenSteps {
  browser: Browser;
  opener: Page;
  base: string;
  id: string;
  pairs: number;
  timeout: number;
  record: RecordStep;
  traced: <T>(name: string, step: () => Promise<T>) => Promise<T>;
  /** Added to the steps' names (e.g. ', again'). */
  suffix?: string;
}

/**
 * Opens the record in the reader and then the review, each in a new tab: the first pair
 * shown, every pair opened (for a windowed view, the whole: nothing says 'first pairs' or
 * 'checking'), a link to the last pair, memory.
 */
export async function openSavedText(o: OpenSteps): Promise<void> {
  const { record, pairs } = o;
  for (const [name, route] of [
    [`the reader${o.suffix ?? ''}`, 'local'],
    [`the review${o.suffix ?? ''}`, 'local/review'],
  ] as const) {
    const view = await o.opener.context().newPage();
    view.setDefaultTimeout(o.timeout);
    const events = watchPage(view);
    const started = Date.now();
    const rows = view.locator('[data-pair]');
    await o.traced(`open ${name}`, async () => {
      let note = '';
      try {
        await view.goto(`${o.base}/en/${route}?id=${encodeURIComponent(o.id)}`);
        await Promise.race([
          rows.first().waitFor(),
          view
            .getByText(/cannot be read|not in this browser/)
            .waitFor()
            .then(async () => {
              throw new Error((await view.locator('main').textContent())?.slice(0, 160));
            }),
        ]);
        note = `${await rows.count()} pairs in the page`;
      } catch (error) {
        note = `failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
      }
      const shown = await now(view);
      record(
        `open ${name} (first pair shown)`,
        Date.now() - started,
        await longest(view, 0, shown),
        note,
      );
      if (note.startsWith('failed')) {
        console.log(`  shown: ${await pageSays(view)}`);
        console.log(`  events: ${events.lines().join('; ')}`);
        return;
      }
      console.log(`  marks: ${await marks(view)}`);
      try {
        await view.waitForFunction(
          (n) =>
            document.querySelector('[data-checks-failed]') ||
            (document.querySelector('[data-windowed]')
              ? !document.querySelector('.local-partial, [data-checking]')
              : document.querySelectorAll('[data-pair]').length >= n),
          pairs,
          { polling: 1000, timeout: o.timeout },
        );
        // The review's checks of the whole failed: the page says why (use-whole-review.ts).
        const failed = await view
          .locator('[data-checks-failed]')
          .textContent({ timeout: 1 })
          .catch(() => null);
        if (failed) throw new Error(`the checks failed: ${failed}`);
        record(
          `… ${name}, all ${pairs} pairs opened`,
          Date.now() - started,
          await longest(view, shown, await now(view)),
          `longest task after the first pair; ${await rows.count()} pairs in the page`,
        );
        console.log(`  marks: ${await marks(view)}`);
        console.log(`  events: ${events.lines().join('; ')}`);
        // A link to the last pair: how long until it is on screen.
        const jumped = await now(view);
        const last = `p${pairs}`;
        await view.evaluate((hash) => {
          location.hash = hash;
        }, last);
        await view.waitForFunction(
          (hash) => {
            const target = document.getElementById(hash);
            const box = target?.getBoundingClientRect();
            return box !== undefined && box.top < innerHeight && box.bottom > 0;
          },
          last,
          { polling: 100, timeout: o.timeout },
        );
        const landed = await now(view);
        const target = await view.evaluate(() => document.querySelector(':target')?.id ?? 'none');
        record(
          `… ${name}, #${last} on screen`,
          landed - jumped,
          await longest(view, jumped, landed),
          `page clock; :target ${target}`,
        );
      } catch (error) {
        record(`… ${name}, all pairs`, null, null, `failed: ${String(error).split('\n')[0]}`);
        // What a stall leaves: the page's words, its workers, and both sides' marks.
        console.log(`  shown: ${await pageSays(view)}`);
        console.log(`  events: ${events.lines().join('; ')}`);
        console.log(`  marks: ${await marks(view)}`);
      }
      await recordMemory(view, name, record);
      await recordWholeLife(view, name, Date.now() - started, record);
    });
    await view.close();
  }
}
