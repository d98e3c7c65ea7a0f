import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './axe';
import { test } from './fixtures';

const FIXTURES = path.resolve('tests/fixtures/import');
const file = (name: string) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: readFileSync(path.join(FIXTURES, name)),
});
const openOn = (page: Page, side: 'Chinese text' | 'English translation') =>
  page.getByText(new RegExp(`Open a file \\(${side}\\)`)).locator('input');

/** Aligns, downloads the content file and returns its pairs. */
async function alignAndDownload(page: Page) {
  await page.getByRole('button', { name: 'Align' }).click();
  await expect(page.getByText(/paragraph pairs, \d+ sentence links, \d+ to review/)).toBeVisible({
    timeout: 30_000,
  });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download content file' }).click();
  const text = readFileSync((await (await download).path()) ?? '', 'utf8');
  const doc: { pairs: { zh: string; en: string; links?: string[]; confidence?: number[] }[] } =
    parse(text);
  return doc.pairs;
}

test.describe('opening translators’ files', () => {
  // Each reads a file in a worker, aligns in another, downloads and runs axe.
  test.describe.configure({ timeout: 90_000 });

  for (const [name, units] of [
    ['genesis-trados.tmx', 5],
    ['genesis-okapi.xlf', 3],
    ['genesis-2.0.xlf', 3],
    ['genesis-excel.csv', 4],
  ] as const) {
    test(`${name}: its units become pairs, as the file aligns them`, async ({ page }, testInfo) => {
      await page.goto('/en/import');
      await openOn(page, 'Chinese text').setInputFiles(file(name));
      await expect(page.getByText(new RegExp(`${name}: ${units} aligned units`))).toBeVisible();
      await expect(page.getByLabel('Chinese text', { exact: true })).toHaveValue(
        /起初神创造天地。/,
      );
      await expect(page.getByLabel('English translation', { exact: true })).toHaveValue(
        /In the beginning God created the heaven and the earth\./,
      );
      const pairs = await alignAndDownload(page);
      expect(pairs).toHaveLength(units);
      expect(pairs[0]?.zh).toMatch(/^起初神创造天地。/);
      for (const pair of pairs) expect(pair.confidence?.length).toBe(pair.links?.length);
      await expectNoAxeViolations(page, testInfo);
    });
  }

  test('a TMX with several variants: the ones chosen are read, and the details typed stay', async ({
    page,
  }, testInfo) => {
    await page.goto('/en/import');
    await page.getByLabel('Chinese title').fill('本馆指南');
    await openOn(page, 'Chinese text').setInputFiles(file('museum-variants.tmx'));
    await expect(
      page.getByText(/museum-variants\.tmx: 5 aligned units \(zh-CN → en-US\)/),
    ).toBeVisible();
    const zh = page.getByLabel('Chinese text', { exact: true });
    const en = page.getByLabel('English translation', { exact: true });
    await expect(zh).toHaveValue(/^欢迎参观本馆。/);
    await expect(zh).toHaveAttribute('lang', 'zh-Hans');
    const zhVariant = page.getByLabel('Chinese variant');
    await expect(zhVariant.locator('option')).toHaveText([
      /^zh-CN: .*5 units$/,
      /^zh-TW: .*4 units$/,
    ]);

    await zhVariant.selectOption('zh-TW');
    await expect(
      page.getByText(/museum-variants\.tmx: 4 aligned units \(zh-TW → en-US\)/),
    ).toBeVisible();
    await expect(zh).toHaveValue(/^歡迎參觀本館。\n\n請在服務台領取彩色導覽圖。/);
    await expect(zh).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.locator('.import__problems')).toContainText(
      'museum-variants.tmx, tu 5: has no zh-TW text: left out',
    );
    await page.getByLabel('English variant').selectOption('en-GB');
    await expect(en).toHaveValue(/Pick up a colour map at the information centre\./);
    await expect(zhVariant).toHaveValue('zh-TW');
    await expect(page.getByLabel('Chinese title')).toHaveValue('本馆指南');
    await expectNoAxeViolations(page, testInfo);

    // Once the texts are edited, another variant would overwrite the edits: the choice closes.
    await en.press('End');
    await en.pressSequentially(' Thank you.');
    await expect(zhVariant).toBeDisabled();
  });

  test('a Word file per side is read as paragraphs and aligned', async ({ page }) => {
    await page.goto('/en/import');
    await openOn(page, 'Chinese text').setInputFiles(file('genesis-1-zh.docx'));
    await openOn(page, 'English translation').setInputFiles(file('genesis-1-en.docx'));
    await expect(page.getByLabel('Chinese text', { exact: true })).toHaveValue(
      /^创世记 第一章\n\n起初神创造天地。/,
    );
    // Both files read (each side's Word file is converted on its own) before Align is pressed.
    await expect(page.getByLabel('English translation', { exact: true })).toHaveValue(
      /^Genesis, Chapter 1\n\nIn the beginning God created the heaven and the earth\./,
    );
    const pairs = await alignAndDownload(page);
    expect(pairs.map((p) => p.zh)).toContain('起初神创造天地。');
  });

  test('a file dropped on a side is read as if opened', async ({ page }) => {
    await page.goto('/en/import');
    const bytes = [...readFileSync(path.join(FIXTURES, 'genesis-excel.csv'))];
    const transfer = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], 'genesis-excel.csv', { type: 'text/csv' }));
      return dt;
    }, bytes);
    await page.locator('.import__side').first().dispatchEvent('drop', { dataTransfer: transfer });
    await expect(page.getByText(/genesis-excel\.csv: 4 aligned units/)).toBeVisible();
  });

  test('each bad file gets a message naming it and the place, and the texts typed stay', async ({
    page,
  }) => {
    await page.goto('/en/import');
    const zh = page.getByLabel('Chinese text', { exact: true });
    await zh.fill('我自己的文本。');
    const problems = page.locator('.import__problems');
    for (const [name, message] of [
      ['broken.tmx', 'broken.tmx, line 6: is not well-formed XML'],
      [
        'french.tmx',
        'french.tmx: needs a Chinese and an English variant (languages found: en-US, fr-FR)',
      ],
      ['one-column.csv', 'one-column.csv: needs two columns, Chinese and English (found one)'],
      ['utf16.csv', 'utf16.csv: is UTF-16 text; save it as UTF-8 and open it again'],
      ['not-word.docx', 'not-word.docx: cannot be read as a Word file (.docx)'],
    ] as const) {
      await openOn(page, 'Chinese text').setInputFiles(file(name));
      // Reading starts a worker of its own: give it time on a loaded machine.
      await expect(problems).toContainText(message, { timeout: 15_000 });
      await expect(zh).toHaveValue('我自己的文本。');
    }
  });
});
