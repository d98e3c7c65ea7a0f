import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page, type TestInfo } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * axe-core's minified build (580 KB; `axe.source` is the 1.3 MB unminified one). It is put into
 * a page once per document, at its first audit: @axe-core/playwright's AxeBuilder evaluated the
 * 1.3 MB source twice on every `analyze()` (once in `analyze`, again in its legacy-mode
 * `inject`), 1.2–2.3 s each at a load of 12, more than a scoped audit itself takes.
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

declare global {
  interface Window {
    axe?: typeof import('axe-core');
  }
}

/** Puts axe into the page's current document unless an earlier audit there already did. */
async function injectAxe(page: Page) {
  const present = await page.evaluate(() => typeof window.axe?.run === 'function');
  if (present) return;
  // Evaluated over the DevTools protocol, as AxeBuilder does: the page's CSP does not apply.
  await page.evaluate(AXE_SOURCE);
  // The site has no frames; same-origin only, as AxeBuilder's legacy mode configured it.
  await page.evaluate(() => window.axe?.configure({ allowedOrigins: ['<same_origin>'] }));
}

/**
 * Runs axe on the page as it is now (or the parts `include` selects) and expects no violations. On failure the assertion's
 * diff lists each rule with its help text and the elements it flags (CSS selectors), and the
 * full axe result is attached to the test report.
 */
export async function expectNoAxeViolations(
  page: Page,
  testInfo: TestInfo,
  options: { include?: readonly string[] } = {},
) {
  await injectAxe(page);
  // Only violations are read: `resultTypes` spares axe collecting every node of every passed
  // rule (most of its time on a page of a few thousand elements). `axe.run` runs in the page
  // itself (what AxeBuilder calls legacy mode): its default, `runPartial` then `finishRun` in
  // a blank page, serialised every rule's partial result out of the page and into another,
  // 2–3 times the audit (the reader: 20–24 s → 6–11 s whole, 4–7 s → 1.7–2 s two pairs, load 12).
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: TAGS },
    resultTypes: ['violations'],
  };
  const include = options.include?.map((selector) => [selector]);
  const results = await page.evaluate(
    ({ include, runOptions }): Promise<AxeResults> => {
      const axe = window.axe;
      if (!axe) throw new Error('axe-core is not in the page');
      return include ? axe.run({ include }, runOptions) : axe.run(document, runOptions);
    },
    { include, runOptions },
  );
  const violations = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  if (violations.length > 0) {
    await testInfo.attach('axe-violations.json', {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
    console.log(`axe on ${page.url()}:\n${JSON.stringify(violations, null, 2)}`);
  }
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}
