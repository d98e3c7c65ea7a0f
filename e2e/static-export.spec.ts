import { expect } from '@playwright/test';
import {
  clickInPlace,
  emptyPairs,
  expectHtmlLang,
  LANGUAGE_COOKIE,
  PAIR_IDS,
  pair,
  pairIds,
  readerPath,
  readerSwitcher,
  test,
  waitForHydration,
} from './fixtures';

/**
 * The static export (out/, trailingSlash) on a plain static server: no proxy, so `/` chooses
 * the language in the browser (cookie, then navigator.languages).
 */
test.describe('static export', () => {
  test.describe('a Chinese browser', () => {
    test.use({ locale: 'zh-CN' });
    test('`/` goes to /zh/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/zh\/$/);
      await expectHtmlLang(page, 'zh');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('文库');
    });
  });

  test.describe('an English browser', () => {
    test.use({ locale: 'en-US' });
    test('`/` goes to /en/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/en\/$/);
      await expectHtmlLang(page, 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
    });

    test('`/` goes to /zh/ after the reader chose Chinese', async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: LANGUAGE_COOKIE, value: 'zh', url: baseURL }]);
      await page.goto('/');
      await expect(page).toHaveURL(/\/zh\/$/);
    });

    test('the switcher keeps the paragraph and the trailing slash', async ({ page }) => {
      await page.goto(`${readerPath('en')}/`);
      await waitForHydration(page);
      await pair(page, 'p20').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await clickInPlace(page, await readerSwitcher(page, false), false);
      // The place is kept without a fragment (no pair styled as a link target).
      await expect(page).toHaveURL(new RegExp(`${readerPath('zh')}/$`));
      await expectHtmlLang(page, 'zh');
      await expect(pair(page, 'p20')).toBeInViewport();
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('`/` offers both languages as links', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('link', { name: 'Read in English' })).toHaveAttribute(
        'href',
        '/en/',
      );
      await page.getByRole('link', { name: '使用中文界面' }).click();
      await expect(page).toHaveURL(/\/zh\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('文库');
    });
  });

  test('the reader renders all 38 pairs', async ({ page }) => {
    const response = await page.goto(`${readerPath('en')}/`);
    expect(response?.status()).toBe(200);
    expect(await pairIds(page)).toEqual(PAIR_IDS);
    expect(await emptyPairs(page)).toEqual([]);
  });

  test('the library searches and filters without a server', async ({ page }) => {
    await page.goto('/zh/');
    await waitForHydration(page);
    const results = page.locator('.search-results .document-card');
    // The index is a static file (out/data/library-search.json), fetched on the first search.
    await page.getByRole('searchbox', { name: '搜索文库' }).fill('茴香豆的茴字');
    await expect(results).toHaveCount(1);
    await expect(results.locator('mark')).toHaveText('茴香豆的茴字');
    await page.getByRole('searchbox', { name: '搜索文库' }).fill('Lu Xun');
    await expect(results).toHaveCount(4);
    // A filter is a link to a prerendered view, and keeps the search.
    await page.getByRole('link', { name: /^HSK 7–9 级/ }).click();
    await expect(page).toHaveURL(/\/zh\/library\/hsk-7-9\/\?q=Lu\+Xun$/);
    await expect(results).toHaveCount(4);
  });

  test('an unknown path gets the not-found page', async ({ page }) => {
    const response = await page.goto('/en/read/nope/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the library' })).toBeVisible();
  });

  test('an unknown path under /zh/ puts the Chinese first', async ({ page }) => {
    const response = await page.goto('/zh/nope/');
    expect(response?.status()).toBe(404);
    await expectHtmlLang(page, 'zh');
    const zh = await page.getByRole('heading', { name: '找不到此页面' }).boundingBox();
    const en = await page.getByRole('heading', { name: 'Page not found' }).boundingBox();
    expect(zh?.y).toBeLessThan(en?.y ?? 0);
  });

  test('a static host given out/serve.json sends the security headers', async ({ request }) => {
    for (const path of ['/', '/en/', '/zh/read/apus-li-tao-interview/', '/en/read/nope/']) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('same-origin');
    }
  });
});
