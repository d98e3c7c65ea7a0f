import { defineConfig, devices } from '@playwright/test';
import { PORT, SAVE_PORT, SAVE_URL, SERVER_URL, STATIC_PORT, STATIC_URL } from './e2e/ports';

/**
 * End-to-end tests in real Chromium (Debian's /usr/bin/chromium: `npx playwright install`
 * cannot download browsers here). Playwright never builds: `npm test` first runs
 * `npm run build:static` (static files in out/) and then `npm run build` (server build in
 * .next/), in that order, because the static export also writes .next/ and would otherwise
 * replace the server build (`next start` then serves a trailingSlash build).
 *
 * - `desktop` runs every spec except the static-export one against `next start`; `phone` runs
 *   the library journeys and the tests tagged `@phone` (PHONE_JOURNEYS).
 * - `static` runs e2e/static-export.spec.ts against the plain static files served by `serve`.
 */

const STATIC_SPEC = /static-export\.spec\.ts$/;
/**
 * Spec files run on the phone as well, and any test tagged `@phone` elsewhere. Only tests that
 * run there are scheduled there: a test skipped inside its body still pays for a browser context
 * and a page (about a second each) before it skips.
 */
const PHONE_JOURNEYS = /library\.spec\.ts|@phone/;

const launchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // Two workers, one per core. Three were faster only while other work shared the machine (the
  // same 85 tests at a load of 24: 607 s wall with 2, 448 s with 3); on the quiet machine the
  // whole suite (224 tests, one build) took 888 s with 3 (summed test time 2,521 s) and 767 s
  // with 2 (1,475 s).
  workers: 2,
  // Hang detectors, not speed limits: a journey takes 3–15 s on a quiet 2-core machine, and CI
  // machines are shared. Speed is measured by the benchmarks (npm run bench:*).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: SERVER_URL,
    // A trace snapshots the page at every action: the dictionary spec took 45 s of test-runner
    // CPU with a trace for every test, 35 s without. A failed test is retried once in CI, with
    // its trace then; locally, run the failing test again with `--trace on`.
    trace: 'on-first-retry',
    // A worker's tests share one browser tab, cleared between tests (what is cleared and what
    // e2e/fixtures.ts puts back: see `test` there; e2e/isolation.spec.ts fails if state leaks).
    // A new context and page cost about 1 s a test here: the same 29 reader tests, 2 workers,
    // back to back at a load of 13–19, took 132–146 s with a context each, 90–131 s shared.
    // A test whose context options differ (locale, javaScriptEnabled) still gets its own.
    // E2E_FRESH_CONTEXT=1 gives every test its own context, to tell a leak from a bug.
    reuseContext: process.env.E2E_FRESH_CONTEXT !== '1',
    launchOptions,
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: STATIC_SPEC,
      // A gesture only a touch screen has (a tap) is tagged `@phone-only`: it runs on the phone.
      grepInvert: /@phone-only/,
      use: { ...desktop, launchOptions },
    },
    {
      name: 'phone',
      testIgnore: STATIC_SPEC,
      // The journeys a phone changes (touch, the narrow reader, sheets and docked players) run
      // here; the rest (requests, the editor's desk work, imports, error pages) once, above.
      grep: PHONE_JOURNEYS,
      // Pixel 7: 412×915, isMobile, hasTouch, Chromium's Android user agent.
      use: { ...devices['Pixel 7'], launchOptions },
    },
    {
      name: 'static',
      testMatch: STATIC_SPEC,
      use: { ...desktop, baseURL: STATIC_URL, launchOptions },
    },
  ],
  webServer: [
    {
      // `npm start` as one process (no npm/sh wrappers), so Playwright can stop it cleanly.
      command: `node scripts/start.mjs -p ${PORT}`,
      url: `${SERVER_URL}/en`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node e2e/save-server.mjs ${SAVE_PORT}`,
      url: `${SAVE_URL}/en`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // serve's bin is build/main.js; it answers unknown paths with out/404.html (status 404)
      // and resolves clean URLs (/en/read/x → /en/read/x/index.html).
      command: `node node_modules/serve/build/main.js out -l ${STATIC_PORT} --no-request-logging --no-port-switching`,
      url: `${STATIC_URL}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
