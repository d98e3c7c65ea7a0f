import { expect, type Page } from '@playwright/test';
import { SAVE_URL, test } from './fixtures';

/**
 * The tests of a worker share one browser tab (`reuseContext`, e2e/fixtures.ts). The first test
 * leaves behind everything a test can write; the second, in the same worker right after it,
 * must find none of it. It fails if the reset between tests stops clearing any of it.
 */
test.describe.configure({ mode: 'serial' });

let firstTab: string | undefined;

/** The browser's id of the tab the page is in. */
async function tabOf(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfo } = await cdp.send('Target.getTargetInfo');
  await cdp.detach();
  return targetInfo.targetId;
}

/** What the page's origin keeps: cookies, both storages, databases, and a permission. */
function leftovers(page: Page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((db) => db.name),
    geolocationGranted:
      (await navigator.permissions.query({ name: 'geolocation' })).state === 'granted',
  }));
}

const CLEAN = { cookie: '', local: 0, session: 0, databases: [], geolocationGranted: false };

test('a test leaves storage, cookies, a permission, a route and offline behind', async ({
  page,
  context,
}) => {
  firstTab = await tabOf(page);
  for (const origin of ['', SAVE_URL]) {
    await page.goto(`${origin}/en/about`);
    await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noDocumentCookie: the way a page sets a cookie, which the reset must clear
      document.cookie = 'leak=1; max-age=3600; path=/';
      localStorage.setItem('leak', '1');
      sessionStorage.setItem('leak', '1');
      await new Promise((resolve, reject) => {
        const open = indexedDB.open('leak', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onsuccess = () => resolve(open.result.close());
        open.onerror = () => reject(open.error);
      });
    });
  }
  await context.grantPermissions(['geolocation']);
  expect(await leftovers(page)).toEqual({
    cookie: 'leak=1',
    local: 1,
    session: 1,
    databases: ['leak'],
    geolocationGranted: true,
  });
  await page.setViewportSize({ width: 400, height: 300 });
  await page.route('**/en/about', (route) => route.fulfill({ status: 418 }));
  await context.setOffline(true);
});

test('the next test in the worker finds none of it', async ({ page, viewport }) => {
  test.info().annotations.push({
    type: 'tab',
    description: (await tabOf(page)) === firstTab ? 'the same tab, reset' : 'a new tab',
  });
  expect(page.viewportSize()).toEqual(viewport);
  for (const origin of ['', SAVE_URL]) {
    const response = await page.goto(`${origin}/en/about`);
    expect(response?.status(), `${origin || 'the site'} answers, neither offline nor routed`).toBe(
      200,
    );
    expect(await leftovers(page), origin || 'the site').toEqual(CLEAN);
  }
});
