/**
 * What a page of bench:import showed when a step of its open did not end: its messages, its
 * workers' lives and the errors it logged, so that a review left "checking" leaves evidence
 * (an untraced run once sat there for minutes with the CPU idle, and said nothing of why).
 */
import type { Page } from '@playwright/test';

/** A page's events worth keeping: its workers' starts and ends, crashes, errors logged. */
export interface PageEvents {
  /** The events so far, each with its time in seconds from the watch's start. */
  lines(): string[];
}

/**
 * Starts recording `page`'s workers (started, closed), crash, uncaught errors and console
 * errors. Call it before the page's `goto`, so that no worker is missed.
 *
 * @example const events = watchPage(view); … console.log(events.lines().join('; '))
 */
export function watchPage(page: Page): PageEvents {
  const started = Date.now();
  const lines: string[] = [];
  const note = (what: string) =>
    lines.push(`${((Date.now() - started) / 1000).toFixed(1)} s ${what}`);
  let workers = 0;
  page.on('worker', (worker) => {
    const n = ++workers;
    note(`worker${n} started (${worker.url().split(/[?#]/)[0]?.split('/').pop()})`);
    worker.on('close', () => note(`worker${n} closed`));
  });
  page.on('crash', () => note('the page crashed'));
  page.on('pageerror', (error) => note(`uncaught: ${error.message.split('\n')[0]}`));
  page.on('console', (message) => {
    // Errors only: the warnings are Next's unused preloads, a line each per page.
    if (message.type() === 'error')
      note(`console error: ${message.text().split('\n')[0]?.slice(0, 200)}`);
  });
  return { lines: () => [...lines] };
}

/**
 * What the page says (its alerts and statuses, whether it is still `data-checking`) and how
 * many of its workers still run: printed when a step of the open ends in a timeout.
 *
 * @example console.log(`  shown: ${await pageSays(view)}`)
 */
export async function pageSays(page: Page): Promise<string> {
  try {
    const says = await page.evaluate(() => {
      const texts = [...document.querySelectorAll('[role="alert"], [role="status"]')].map(
        (node) => `${node.getAttribute('role')}: ${node.textContent?.trim().slice(0, 200)}`,
      );
      const checking = document.querySelector('[data-checking]') !== null;
      return `${texts.join(' | ') || 'no alert or status'}; data-checking ${checking}`;
    });
    return `${says}; ${page.workers().length} workers running`;
  } catch (error) {
    return `the page could not be read: ${String(error).split('\n')[0]}`;
  }
}
