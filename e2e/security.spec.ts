import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { SAVE_URL, SLUG, test } from './fixtures';
import { expectSecurityHeaders, putHead } from './security-checks';

/**
 * Security headers on every route of the server build (the routes are read from the build's
 * own manifest, so a new route is covered without editing this file), pages that run without
 * a single CSP violation, and no framing from another origin.
 */

/** Values for the dynamic segments of the routes; a new segment name fails the test. */
const PARAMS: Record<string, (route: string) => string> = {
  lng: () => 'en',
  slug: () => SLUG,
  file: (route) => (route.startsWith('/data/') ? `${SLUG}.json` : `${SLUG}.tmx`),
};

function routes(): string[] {
  const manifest: unknown = JSON.parse(readFileSync('.next/app-path-routes-manifest.json', 'utf8'));
  const paths = Object.values(manifest as Record<string, string>);
  return paths
    .filter((route) => !route.startsWith('/_')) // _not-found and _global-error: tried below
    .map((route) =>
      route.replace(/\[(\w+)\]/g, (_, name: string) => {
        const value = PARAMS[name];
        if (!value) throw new Error(`no test value for the route parameter [${name}] in ${route}`);
        return value(route);
      }),
    );
}

test.describe('security headers', () => {
  test('every route answers with the security headers', async ({ request }) => {
    const all = [...routes(), '/en/no-such-page', '/no-such-file.txt', '/zh'];
    expect(all).toContain(`/en/read/${SLUG}`);
    for (const path of all) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(500);
      expectSecurityHeaders(response.headers(), path);
    }
  });

  test('scripts and styles of the build are served with nosniff', async ({ request, page }) => {
    await page.goto('/en');
    const assets = await page
      .locator('script[src], link[rel="stylesheet"]')
      .evaluateAll((els) =>
        els.map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? ''),
      );
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets.slice(0, 6))
      expectSecurityHeaders((await request.get(asset)).headers(), asset);
  });

  test('TRACE and other methods on the API get 405, never 500', async ({ request }) => {
    for (const method of ['TRACE', 'PROPFIND', 'OPTIONS', 'GET', 'DELETE']) {
      const response = await request.fetch(`/api/documents/${SLUG}`, { method });
      expect(response.status(), method).toBe(405);
      expect(response.headers().allow, method).toBe('PUT');
      expectSecurityHeaders(response.headers(), method);
    }
  });
});

test('the saving server refuses a body over the limit before reading it', async () => {
  // Behind a proxy matching the API, Next read the whole body first (keeping 10 MB of it) and
  // the endpoint answered 413 only after 50 MB had come in (issue 14.3, the re-run probe).
  const port = Number(new URL(SAVE_URL).port);
  expect(await putHead(port, 50 * 2 ** 20)).toBe('HTTP/1.1 413 Payload Too Large');
});

/** Collects CSP violations reported in the page (and its workers' console). */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation;
      report(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return violations;
}

test.describe('content security policy', () => {
  // One page, eight addresses: a new context per address cost more than the check.
  test('the pages run without a CSP violation', async ({ page }) => {
    const violations = await watchViolations(page);
    for (const path of [
      '/en',
      `/en/read/${SLUG}?pinyin=marks&script=traditional`,
      `/zh/review/${SLUG}`,
      `/en/edit/${SLUG}`,
      '/zh/import',
      '/en/local',
      '/en/vocabulary',
      '/zh/about',
    ]) {
      await test.step(`${path} runs without a CSP violation`, async () => {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        expect(violations, path).toEqual([]);
      });
    }
  });

  test('the reader’s dictionary runs under the policy', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(`/en/read/${SLUG}`);
    await page.waitForLoadState('networkidle');
    await page.locator('[data-pair][id="p1"] .pair__zh .sent').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.dict[role="dialog"]')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  test('no page of this site can be framed by another origin', async ({ page, baseURL }) => {
    // setContent resolves on the outer page's load event, which waits for the frame.
    await page.setContent(`<iframe src="${baseURL}/en/edit/${SLUG}" title="framed"></iframe>`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame?.url()).toMatch(/^chrome-error:/); // the browser's "refused to connect"
    expect(await frame?.locator('.editor, h1:has-text("Edit the alignment")').count()).toBe(0);
  });
});
