import { readFileSync } from 'node:fs';
import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { expect, type Locator } from '@playwright/test';
import { parse } from 'yaml';
import { test } from './fixtures';

const ZH =
  '今天天气很好。我们去公园吧。\n\n他说：“好。”我们就出发了。\n\n公园里有很多人，大家都很开心。';
const EN =
  'The weather is nice today. Let us go to the park.\n\nHe said, “Fine.” So we set off.\n\nThere were many people in the park, and everyone was happy.';

test.describe('aligning your own text', () => {
  test('pasted texts are aligned in a worker and downloaded as a content file', async ({
    page,
  }) => {
    await page.goto('/en/import');
    await page.getByLabel('Chinese text', { exact: true }).fill(ZH);
    await page.getByLabel('English translation', { exact: true }).fill(EN);
    await page.getByRole('button', { name: 'Align' }).click();
    await expect(
      page.getByText(/3 paragraph pairs, \d+ sentence links, \d+ to review/),
    ).toBeVisible({ timeout: 20_000 });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download content file' }).click();
    const doc = parse(readFileSync((await (await download).path()) ?? '', 'utf8')) as {
      pairs: { zh: string; en: string }[];
    };
    expect(doc.pairs.map((p) => p.zh)).toEqual(ZH.split('\n\n'));
    expect(doc.pairs.map((p) => p.en)).toEqual(EN.split('\n\n'));
  });

  test('a result saved to my library survives a reload and opens in the reader', async ({
    page,
  }) => {
    await page.goto('/en/import');
    await page.getByLabel('Chinese text', { exact: true }).fill(ZH);
    await page.getByLabel('English translation', { exact: true }).fill(EN);
    await page.getByRole('button', { name: 'Align' }).click();
    await expect(page.getByText(/3 paragraph pairs/)).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Save to my library' }).click();
    await expect(page.getByText('Saved to your library.')).toBeVisible();

    await page.goto('/en');
    await page.reload();
    // No titles typed: each is the first line of its text, without the full stop.
    const library = page.getByRole('region', { name: 'My library' });
    const entry = library
      .getByRole('link', {
        name: /今天天气很好。我们去公园吧.*The weather is nice today\. Let us go to the park/,
      })
      .first();
    await expect(entry).toBeVisible();
    await entry.click();
    await expect(page.locator('[data-pair]')).toHaveCount(3);
    await expect(page.locator('[data-pair]').first().locator('.pair__zh')).toHaveText(
      '今天天气很好。我们去公园吧。',
    );
    await expect(page.locator('[data-pair]').first().locator('.pair__en')).toHaveText(
      'The weather is nice today. Let us go to the park.',
    );
  });

  test('a long run can be cancelled and the texts stay, a long paste held whole', async ({
    page,
  }) => {
    await page.goto('/en/import');
    // Over 500,000 characters: held aside (a note instead of the box, which would take
    // seconds to lay out), and aligned from there.
    const longZh = Array.from({ length: 12_000 }, () => ZH).join('\n\n');
    const mb = (Buffer.byteLength(longZh) / 2 ** 20).toFixed(1);
    const long = (text: string) => Array.from({ length: 300 }, () => text).join('\n\n');
    await paste(page.getByLabel('Chinese text', { exact: true }), longZh);
    const held = page.getByText(`Chinese text: a long text (${mb} MB) is here.`);
    await expect(held).toBeVisible();
    await page.getByLabel('English translation', { exact: true }).fill(long(EN));
    await page.getByRole('button', { name: 'Align' }).click();
    await expect(page.getByRole('progressbar')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('Alignment cancelled. Your texts are still here.')).toBeVisible();
    await expect(held).toBeVisible();
    await expect(page.getByLabel('English translation', { exact: true })).toHaveValue(long(EN));
    // Cleared by the user: the empty box is back.
    await page.getByRole('button', { name: 'Clear it' }).click();
    await expect(page.getByLabel('Chinese text', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('Chinese text', { exact: true })).toBeFocused();
    // A held text is checked in the align worker (on the page the check froze it for a book):
    // the Chinese held on the English side gets the same message, and nothing is aligned.
    await page.getByLabel('Chinese text', { exact: true }).fill(ZH);
    await paste(page.getByLabel('English translation', { exact: true }), longZh);
    await page.getByRole('button', { name: 'Align' }).click();
    await expect(page.locator('.import__problems')).toContainText(
      'English translation: this does not look like English.',
    );
    await expect(page.getByText(`English translation: a long text (`)).toBeVisible();
  });

  test('bad input gets a clear message and loses nothing typed', async ({ page }) => {
    await page.goto('/zh/import');
    const zh = page.getByLabel('中文文本', { exact: true });
    const en = page.getByLabel('英文译文', { exact: true });
    await zh.fill('');
    await en.fill(EN);
    await page.getByRole('button', { name: '开始对齐' }).click();
    await expect(page.locator('.import__problems')).toContainText('中文文本：没有文本。');

    await zh.fill(ZH);
    await en.fill(ZH);
    await page.getByRole('button', { name: '开始对齐' }).click();
    await expect(page.locator('.import__problems')).toContainText('英文译文：这似乎不是英文');
    await expect(en).toHaveValue(ZH);

    await page
      .getByText(/打开文件（英文译文）/)
      .locator('input')
      .setInputFiles({
        name: 'photo.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]),
      });
    await expect(page.locator('.import__problems')).toContainText('二进制文件');
    await page
      .getByText(/打开文件（英文译文）/)
      .locator('input')
      .setInputFiles({
        name: 'latin1.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Caf\xe9 au lait, tr\xe8s bien.', 'latin1'),
      });
    await expect(page.locator('.import__problems')).toContainText('不是 UTF-8 编码');
  });

  test('HTML in a text is shown as text, never run', async ({ page }) => {
    await page.goto('/en/import');
    const html = '<img src=x onerror="window.__pwned=1">今天天气很好。<b>真的</b>。';
    await page.getByLabel('Chinese text', { exact: true }).fill(html);
    await page
      .getByLabel('English translation', { exact: true })
      .fill('<script>window.__pwned=2</script>The weather is nice today. Really.');
    await page.getByRole('button', { name: 'Align' }).click();
    await expect(page.getByText(/paragraph pairs/)).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.import__result')).toContainText(
      '<img src=x onerror="window.__pwned=1">',
    );
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(
      await page.locator('.import__result img, .import__result b, .import__result script').count(),
    ).toBe(0);
  });
});

/** A tap on a phone (touch), a click elsewhere: what a user of each would do. */
const press = async (target: Locator, isMobile: boolean) =>
  isMobile ? target.tap() : target.click();

test.describe('aligning your own text, on any screen', () => {
  test('a file over the size limit gets its message and the texts typed stay', async ({
    page,
  }, testInfo) => {
    // A file on disk (sparse: no 16 MB written), given by path: Chromium opens it where it is,
    // where a buffer would be copied through the protocol.
    const huge = testInfo.outputPath('huge.txt');
    await mkdir(dirname(huge), { recursive: true });
    await writeFile(huge, '');
    await truncate(huge, 16 * 1024 * 1024 + 1);
    await page.goto('/zh/import');
    const zh = page.getByLabel('中文文本', { exact: true });
    const en = page.getByLabel('英文译文', { exact: true });
    await zh.fill(ZH);
    await en.fill(EN);
    await page
      .getByText(/打开文件（英文译文）/)
      .locator('input')
      .setInputFiles(huge);
    await expect(page.locator('.import__problems')).toHaveText('英文译文：文本超过 16 MB 的上限。');
    await expect(zh).toHaveValue(ZH);
    await expect(en).toHaveValue(EN);
  });

  test('titles and source typed name the saved document in the library and the reader', async ({
    page,
    isMobile,
  }) => {
    await page.goto('/en/import');
    await page.getByLabel('Chinese text', { exact: true }).fill(ZH);
    await page.getByLabel('English translation', { exact: true }).fill(EN);
    await page.getByLabel('Chinese title').fill('公园一日');
    await page.getByLabel('English title').fill('A Day in the Park');
    const url = page.getByLabel('Source URL');
    await url.fill('example.org/park');
    await press(page.getByRole('button', { name: 'Align' }), isMobile);
    await expect(page.getByText(/3 paragraph pairs/)).toBeVisible({ timeout: 20_000 });

    // Not a web address: said at the field, nothing downloaded or saved, everything kept.
    const problem =
      'Source URL: this is not a web address. Enter one starting with http:// or https://, or leave the field empty.';
    // (Next.js keeps an empty alert of its own for route announcements: look in the fields.)
    const alert = page.getByRole('group', { name: 'About the text (optional)' }).getByRole('alert');
    await expect(alert).toHaveText(problem);
    let downloads = 0;
    page.on('download', () => downloads++);
    await press(page.getByRole('button', { name: 'Download content file' }), isMobile);
    await press(page.getByRole('button', { name: 'Save to my library' }), isMobile);
    await expect(url).toBeFocused();
    await expect(alert).toHaveText(problem);
    expect(downloads).toBe(0);
    await expect(page.getByText('Saved to your library.')).toHaveCount(0);
    await expect(url).toHaveAttribute('aria-invalid', 'true');
    await expect(url).toHaveAccessibleDescription(/^Source URL: this is not a web address\./);
    await expect(page.getByLabel('English title')).toHaveValue('A Day in the Park');
    await expect(page.getByLabel('Chinese text', { exact: true })).toHaveValue(ZH);

    await url.fill('https://example.org/park');
    await expect(url).not.toHaveAttribute('aria-invalid', 'true');
    const download = page.waitForEvent('download');
    await press(page.getByRole('button', { name: 'Download content file' }), isMobile);
    const file = await download;
    expect(file.suggestedFilename()).toBe('a-day-in-the-park.yaml');
    const doc = parse(readFileSync((await file.path()) ?? '', 'utf8')) as {
      slug: string;
      title: { zh: string; en: string };
      source: { name: { zh: string; en: string }; url: string };
    };
    expect(doc.slug).toBe('a-day-in-the-park');
    expect(doc.title).toEqual({ zh: '公园一日', en: 'A Day in the Park' });
    expect(doc.source).toEqual({
      name: { zh: 'example.org', en: 'example.org' },
      url: 'https://example.org/park',
    });

    await press(page.getByRole('button', { name: 'Save to my library' }), isMobile);
    await expect(page.getByText('Saved to your library.')).toBeVisible();
    await page.goto('/zh');
    const entry = page
      .getByRole('region', { name: '我的文库' })
      .getByRole('link', { name: /公园一日.*A Day in the Park/ })
      .first();
    await expect(entry).toBeVisible();
    await press(entry, isMobile);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText('公园一日');
    await expect(heading).toContainText('A Day in the Park');
    await expect(page.locator('[data-pair]')).toHaveCount(3);
  });
});

/** A paste of `text` into `box`, as the browser fires it (Playwright's fill types instead). */
async function paste(box: Locator, text: string) {
  await box.evaluate((area, value) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', value);
    area.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
    );
  }, text);
}
