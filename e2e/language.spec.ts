import { expect } from '@playwright/test';
import {
  clickInPlace,
  expectHtmlLang,
  headerBottom,
  headerSwitcher,
  LANGUAGE_COOKIE,
  pair,
  readerPath,
  readerSwitcher,
  test,
  urlOf,
  waitForHydration,
} from './fixtures';

/** A browser whose preferred language is `locale` (navigator.languages and Accept-Language). */
const browserIn = (locale: string, acceptLanguage: string) => ({
  locale,
  extraHTTPHeaders: { 'Accept-Language': acceptLanguage },
});

test.describe('`/` picks the interface language', () => {
  test.describe('a Chinese browser', () => {
    test.use(browserIn('zh-CN', 'zh-CN,zh;q=0.9,en;q=0.8'));
    test('goes to /zh', async ({ page }) => {
      const response = await page.goto('/');
      await expect(page).toHaveURL(urlOf('/zh'));
      expect(response?.status()).toBe(200);
      await expectHtmlLang(page, 'zh');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('文库');
    });
  });

  test.describe('an English browser', () => {
    test.use(browserIn('en-US', 'en-US,en;q=0.9'));
    test('goes to /en', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(urlOf('/en'));
      await expectHtmlLang(page, 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
    });
  });

  test.describe('a Chinese browser that chose English before', () => {
    test.use(browserIn('zh-CN', 'zh-CN,zh;q=0.9'));
    test('goes to /en: the cookie outranks Accept-Language', async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: LANGUAGE_COOKIE, value: 'en', url: baseURL }]);
      await page.goto('/');
      await expect(page).toHaveURL(urlOf('/en'));
      await expectHtmlLang(page, 'en');
    });
  });
});

test.describe('`/` over HTTP', () => {
  test('is a temporary redirect that varies on cookie and language', async ({ request }) => {
    const response = await request.get('/', {
      headers: { 'Accept-Language': 'zh-CN,zh;q=0.9' },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toMatch(/\/zh$/);
    expect(response.headers().vary).toMatch(/Cookie/i);
    expect(response.headers().vary).toMatch(/Accept-Language/i);
  });

  test('the library answers at /en and /zh directly', async ({ request }) => {
    // A server build that the static export overwrote (.next/ is shared) redirects these to
    // /en/ and /zh/ (trailingSlash): the build order in `npm test` matters.
    for (const path of ['/en', '/zh', readerPath('en')]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
    }
  });
});

test.describe('the language switcher', () => {
  test.use(browserIn('en-US', 'en-US,en;q=0.9'));

  test('opens the other language at the sentence being read, and is remembered', {
    tag: '@phone',
  }, async ({ page, isMobile }) => {
    await page.goto(readerPath('en'));
    await expectHtmlLang(page, 'en');
    await waitForHydration(page);

    // Read down to p20: bring it to the top of the screen, as following a link to it would.
    const p20 = pair(page, 'p20');
    await p20.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(p20).toBeInViewport();

    const switcher = await readerSwitcher(page, isMobile);
    await expect(switcher).toHaveText('中文');
    await expect(switcher).toHaveAccessibleName('Read this page in 中文');
    await clickInPlace(page, switcher, isMobile);

    // No fragment: the place is put back without styling the pair as a link target.
    await expect(page).toHaveURL(urlOf(readerPath('zh')));
    await expectHtmlLang(page, 'zh');
    await expect(page.getByText('关于本文')).toBeVisible();
    const p20zh = pair(page, 'p20');
    await expect(p20zh).toBeInViewport();
    expect((await p20zh.boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(
      (await headerBottom(page)) - 4,
    );
    await expect(page.locator(':target')).toHaveCount(0);

    // The choice is remembered: `/` now goes to Chinese, although the browser asks for English.
    await page.goto('/');
    await expect(page).toHaveURL(urlOf('/zh'));
    await expectHtmlLang(page, 'zh');
  });

  test('switching back and forth keeps the paragraph a shared link opened', async ({
    page,
    isMobile,
  }) => {
    await page.goto(`${readerPath('en')}#p20`);
    await waitForHydration(page);
    await expect(pair(page, 'p20')).toBeInViewport();
    await clickInPlace(page, await readerSwitcher(page, isMobile), isMobile);
    await expect(page).toHaveURL(urlOf(readerPath('zh')));
    await expect(pair(page, 'p20')).toBeInViewport();

    await waitForHydration(page);
    await clickInPlace(page, await readerSwitcher(page, isMobile), isMobile);
    await expectHtmlLang(page, 'en');
    await expect(page).toHaveURL(urlOf(readerPath('en')));
    await expect(pair(page, 'p20')).toBeInViewport();
  });

  test('at the top of a page it switches without a fragment', async ({ page }) => {
    await page.goto(readerPath('zh'));
    await waitForHydration(page);
    const switcher = headerSwitcher(page);
    await expect(switcher).toHaveText('English');
    await switcher.click();
    await expect(page).toHaveURL(urlOf(readerPath('en')));
    await expectHtmlLang(page, 'en');

    await page.goto('/en');
    await waitForHydration(page);
    await headerSwitcher(page).click();
    await expect(page).toHaveURL(urlOf('/zh'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('文库');
  });
});
