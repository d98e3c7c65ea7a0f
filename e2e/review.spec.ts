import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { parseCsv } from '../lib/export/csv';
import { QA_REPORT_COLUMNS } from '../lib/qa/report-files';
import { expectNoAxeViolations } from './axe';
import { SLUG, test } from './fixtures';

const reviewPath = (lng: 'en' | 'zh') => `/${lng}/review/${SLUG}`;

/** Parses XML in the browser; returns the parser's error text, or '' when well-formed. */
function xmlError(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return doc.querySelector('parsererror')?.textContent ?? '';
  }, xml);
}

test.describe('alignment review', () => {
  test('summarises the pairs to check, and the filters and count links show them', async ({
    page,
  }, testInfo) => {
    await page.goto(reviewPath('en'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Alignment review');
    const summary = page.getByRole('region', { name: 'Summary' });
    await expect(summary).toContainText('Sentence links');
    const count = async (label: string) =>
      Number(await summary.locator(`dt:text-is("${label}") + dd`).textContent());
    const pairs = page.locator('.review-pair');
    await expect(pairs).toHaveCount(38);
    for (const [filter, label, attribute] of [
      ['Flagged', 'Pairs with flags', 'data-flagged'],
      ['Uncertain links', 'Pairs with uncertain links', 'data-uncertain'],
      ['Not confirmed', 'Pairs not confirmed', 'data-unconfirmed'],
    ] as const) {
      const expected = await count(label);
      await page.getByRole('radio', { name: filter }).check();
      await expect(page.locator('.review-pair:visible')).toHaveCount(expected);
      await expect(page.locator(`.review-pair:visible:not([${attribute}])`)).toHaveCount(0);
    }
    // Every flagged pair says what its flags found.
    await page.getByRole('radio', { name: 'Flagged' }).check();
    for (const item of await page.locator('.review-pair:visible .review-pair__flags li').all()) {
      await expect(item.locator('.flag__message')).not.toBeEmpty();
    }
    await expectNoAxeViolations(page, testInfo);
    // A count is a link to its filter.
    await page.getByRole('radio', { name: 'All pairs' }).check();
    await expect(pairs.filter({ visible: true })).toHaveCount(38);
    await summary.locator('dt:text-is("Pairs with uncertain links") + dd a').click();
    await expect(page.getByRole('radio', { name: 'Uncertain links' })).toBeChecked();
    await expect(page.locator('.review-pair:visible')).toHaveCount(
      await count('Pairs with uncertain links'),
    );
  });

  test('a pair named in a flag’s message is a link to it', async ({ page }) => {
    await page.goto(reviewPath('zh'));
    const link = page.locator('.review-pair[id="p7"] .flag__message a').first();
    const target = await link.textContent();
    expect(target).toMatch(/^p\d+$/);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${target}$`));
  });

  test('the QA report downloads as CSV and as a standalone page', async ({ page }) => {
    await page.goto(reviewPath('en'));
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'QA report (CSV)' }).click();
    const csv = readFileSync((await (await csvDownload).path()) ?? '', 'utf8');
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...QA_REPORT_COLUMNS]);
    const flagged = await page.locator('.review-pair__flags li').count();
    expect(rows.length - 1).toBe(flagged);
    const htmlDownload = page.waitForEvent('download');
    await page.getByRole('link', { name: 'QA report (web page)' }).click();
    const html = readFileSync((await (await htmlDownload).path()) ?? '', 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'text/html');
      return {
        scripts: doc.querySelectorAll('script').length,
        rows: doc.querySelectorAll('table:last-of-type tbody tr').length,
        title: doc.title,
      };
    }, html);
    expect(parsed).toEqual({
      scripts: 0,
      rows: flagged,
      title: expect.stringContaining('QA report'),
    });
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
