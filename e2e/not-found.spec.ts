import { expect, type Page } from '@playwright/test';
import { boxOf, expectHtmlLang, test, urlOf } from './fixtures';

const EN_TITLE = 'Page not found';
const ZH_TITLE = '找不到此页面';

/** Headings of the bilingual message, top to bottom as the user sees them. */
async function headingsTopToBottom(page: Page): Promise<string[]> {
  const headings = page.getByRole('heading', { level: 1 });
  await expect(headings).toHaveCount(2);
  const withY = await Promise.all(
    [0, 1].map(async (i) => {
      const h = headings.nth(i);
      return { text: (await h.textContent())?.trim() ?? '', y: (await boxOf(h)).y };
    }),
  );
  return withY.sort((a, b) => a.y - b.y).map((h) => h.text);
}

test.describe('not-found pages', () => {
  test('an unknown document under /en: 404, English first, a way back', async ({ page }) => {
    const response = await page.goto('/en/read/nope');
    expect(response?.status()).toBe(404);
    await expectHtmlLang(page, 'en');
    expect(await headingsTopToBottom(page)).toEqual([EN_TITLE, ZH_TITLE]);

    const back = page.getByRole('link', { name: 'Back to the library' });
    await expect(back).toHaveAttribute('href', '/en');
    await back.click();
    await expect(page).toHaveURL(urlOf('/en'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
  });

  test('an unknown document under /zh: 404, Chinese first, html lang zh-Hans', async ({ page }) => {
    const response = await page.goto('/zh/read/nope');
    expect(response?.status()).toBe(404);
    await expectHtmlLang(page, 'zh');
    expect(await headingsTopToBottom(page)).toEqual([ZH_TITLE, EN_TITLE]);

    const back = page.getByRole('link', { name: '返回文库' });
    await expect(back).toHaveAttribute('href', '/zh');
    await back.click();
    await expect(page).toHaveURL(urlOf('/zh'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('文库');
  });

  test('an unknown language: 404', async ({ page }) => {
    const response = await page.goto('/fr');
    expect(response?.status()).toBe(404);
    await expectHtmlLang(page, 'en');
    expect(await headingsTopToBottom(page)).toEqual([EN_TITLE, ZH_TITLE]);
  });
});
