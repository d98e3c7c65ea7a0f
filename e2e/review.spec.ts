import { expect, type Page, test } from '@playwright/test';
import { SLUG } from './fixtures';

const reviewPath = (lng: 'en' | 'zh') => `/${lng}/review/${SLUG}`;

/** Parses XML in the browser; returns the parser's error text, or '' when well-formed. */
function xmlError(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return doc.querySelector('parsererror')?.textContent ?? '';
  }, xml);
}

test.describe('alignment review', () => {
  test('summarises links and QA flags, and the filter shows only flagged pairs', async ({
    page,
  }) => {
    await page.goto(reviewPath('en'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Alignment review');
    const summary = page.getByRole('region', { name: 'Summary' });
    await expect(summary).toContainText('Sentence links');
    const flagged = Number(
      await summary.locator('dt:text-is("Pairs with flags") + dd').textContent(),
    );
    const pairs = page.locator('.review-pair');
    await expect(pairs).toHaveCount(38);
    await page.getByLabel('Show only pairs with flags').check();
    await expect(page.locator('.review-pair:visible')).toHaveCount(flagged);
    // Every visible pair says what its flags found.
    for (const item of await page.locator('.review-pair:visible .review-pair__flags li').all()) {
      await expect(item.locator('.flag__message')).not.toBeEmpty();
    }
    await page.getByLabel('Show only pairs with flags').uncheck();
    await expect(pairs.filter({ visible: true })).toHaveCount(38);
  });

  test('each pair lists its sentence links with their confidence', async ({ page }) => {
    await page.goto(reviewPath('en'));
    const p13 = page.locator('.review-pair[id="p13"]');
    await expect(p13.locator('.review-pair__links li')).toHaveCount(4);
    await expect(p13.locator('.review-pair__links li').nth(1)).toContainText(
      /Link 2 2:2,3 · confidence \d+%/,
    );
  });

  test('a mark on the alignment map leads to its pair', async ({ page }) => {
    await page.goto(reviewPath('zh'));
    const mark = page.getByRole('link', { name: /^段落对 p20：/ });
    await expect(mark).toHaveCount(1);
    // Marks may overlap where pairs have similar lengths: follow it from the keyboard.
    await mark.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#p20$/);
    await expect(page.locator('.review-pair[id="p20"]')).toBeInViewport();
  });

  test('the TMX and TBX downloads are well-formed and hold the text', async ({ page, request }) => {
    await page.goto(reviewPath('en'));
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /one unit per sentence link/ }).click();
    expect((await download).suggestedFilename()).toBe(`${SLUG}.tmx`);
    const tmx = await (await request.get(`/export/${SLUG}.tmx`)).text();
    expect(await xmlError(page, tmx)).toBe('');
    expect(tmx).toContain('<tuv xml:lang="zh-CN">');
    expect(tmx).toContain('关注到大模型能成为蝴蝶的翅膀');
    const tbx = await (await request.get(`/export/${SLUG}.glossary.tbx`)).text();
    expect(await xmlError(page, tbx)).toBe('');
    expect(tbx).toContain('suànlì');
  });
});
