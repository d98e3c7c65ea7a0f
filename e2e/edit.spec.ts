import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { SLUG } from './fixtures';

const editPath = `/en/edit/${SLUG}`;
/** The saving server of playwright.config.ts (E2E_PORT + 200). */
const SAVE_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 200}`;
const SAVED_FILE = path.resolve(`.e2e/save-content/documents/${SLUG}.yaml`);

const pairBox = (page: Page, id: string) => page.locator(`.edit-pair[id="${id}"]`);
const pairIds = (page: Page) =>
  page.locator('.edit-pair').evaluateAll((els) => els.map((el) => el.id));

test.describe('alignment editor', () => {
  test.skip(({ isMobile }) => isMobile, 'the editor journey is run once, on the desktop layout');

  test('merges, splits and moves; survives a reload; undoes; downloads the content file', async ({
    page,
  }) => {
    await page.goto(editPath);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole('status').first()).toHaveText('No changes');
    expect((await pairIds(page)).slice(0, 3)).toEqual(['p1', 'p2', 'p3']);

    // Merge p1 with p2: p2 disappears, its text is now in p1.
    await pairBox(page, 'p1').getByRole('button', { name: 'Merge with next pair' }).click();
    expect((await pairIds(page)).slice(0, 2)).toEqual(['p1', 'p3']);
    await expect(pairBox(page, 'p1')).toContainText('The first time was in 2019');

    // Split p1 again before its second Chinese and second English sentence.
    const p1 = pairBox(page, 'p1');
    await p1.getByLabel('Chinese: split before sentence').selectOption('1');
    await p1.getByLabel('English: split before sentence').selectOption('1');
    await p1
      .getByRole('button', { name: /Split before Chinese sentence 2 and English sentence 2/ })
      .click();
    expect((await pairIds(page)).slice(0, 3)).toEqual(['p1', 'p1-2', 'p3']);

    // Move the first English sentence of p4 to p3.
    await pairBox(page, 'p4')
      .getByRole('button', { name: 'English: Move first sentence to previous pair' })
      .click();
    await expect(pairBox(page, 'p3')).toContainText(
      'The second time came at a moment of singularity',
    );
    await expect(page.getByRole('status').first()).toHaveText(
      '3 changes not yet downloaded or saved',
    );

    // A reload loses nothing.
    await page.reload();
    await expect(page.getByRole('status').first()).toContainText(
      '3 changes not yet downloaded or saved',
    );
    expect((await pairIds(page)).slice(0, 3)).toEqual(['p1', 'p1-2', 'p3']);

    // Undo the move, then redo it, then undo again.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(pairBox(page, 'p3')).not.toContainText('The second time came');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(pairBox(page, 'p3')).toContainText('The second time came');
    await page.getByRole('button', { name: 'Undo' }).click();

    // The downloaded file is a valid content file with the edits.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download content file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${SLUG}.yaml`);
    const saved = parse(readFileSync((await file.path()) ?? '', 'utf8')) as {
      pairs: { id: string; zh: string }[];
    };
    expect(saved.pairs.slice(0, 3).map((p) => p.id)).toEqual(['p1', 'p1-2', 'p3']);
    expect(saved.pairs[0]?.zh).toContain('关注到大模型');
  });

  test('a confirmed pair is marked so in the content file and the TMX', async ({ page }) => {
    await page.goto(editPath);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await pairBox(page, 'p5').getByLabel('Confirmed').check();
    const yamlDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download content file' }).click();
    const yaml = parse(readFileSync((await (await yamlDownload).path()) ?? '', 'utf8')) as {
      pairs: { id: string; confirmed?: boolean }[];
    };
    expect(yaml.pairs.filter((p) => p.confirmed).map((p) => p.id)).toEqual(['p5']);
    const tmxDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download TMX' }).click();
    const tmx = readFileSync((await (await tmxDownload).path()) ?? '', 'utf8');
    expect(tmx).toMatch(
      /<tu tuid="p5\.1">\s*<prop type="x-pair-id">p5<\/prop>[\s\S]*?<prop type="x-confirmed">true<\/prop>/,
    );
    expect(tmx).toMatch(/<tu tuid="p4\.1">[\s\S]*?<prop type="x-confirmed">false<\/prop>/);
  });

  test('text typed into a segment is shown as text, never as HTML', async ({ page }) => {
    await page.goto(editPath);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const p1 = pairBox(page, 'p1');
    await p1.getByRole('button', { name: 'Edit text' }).click();
    await p1
      .getByLabel('English text of pair p1')
      .fill('<img src=x onerror="window.__pwned=1"> & <b>bold</b>.');
    await p1.getByRole('button', { name: 'Done' }).click();
    await expect(p1).toContainText('<img src=x onerror="window.__pwned=1"> & <b>bold</b>.');
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await p1.locator('img, b').count()).toBe(0);
    page.on('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Discard my changes' }).click();
    await expect(page.getByRole('status').first()).toHaveText('No changes');
  });
});

test.describe('saving to the server', () => {
  test.skip(({ isMobile }) => isMobile, 'HTTP checks run once');

  test('refuses without the owner’s opt-in', async ({ request }) => {
    const response = await request.put(`/api/documents/${SLUG}`, { data: 'slug: x' });
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toContain('DUIZHAO_ALLOW_SAVE=1');
  });

  test('refuses a path outside content/ and an unknown document', async ({ request }) => {
    for (const name of ['..%2F..%2Fpackage', '..%2Fglossary', 'no-such-document']) {
      const response = await request.put(`${SAVE_URL}/api/documents/${name}`, { data: 'slug: x' });
      expect(response.status(), name).toBe(404);
    }
  });

  test('refuses invalid content and keeps the file; saves valid content atomically', async ({
    request,
  }) => {
    const before = readFileSync(SAVED_FILE, 'utf8');
    const invalid = before.replace(/^( {4}en: >-\n)( {6}.*\n)+/m, '');
    const refused = await request.put(`${SAVE_URL}/api/documents/${SLUG}`, { data: invalid });
    expect(refused.status()).toBe(422);
    expect((await refused.json()).details.join('\n')).toMatch(/pair "p1" › en: is missing/);
    expect(readFileSync(SAVED_FILE, 'utf8')).toBe(before);

    const edited = before.replace(
      'Li Tao, founder of the global',
      'Li Tao, the founder of the global',
    );
    const saved = await request.put(`${SAVE_URL}/api/documents/${SLUG}`, { data: edited });
    expect(saved.status()).toBe(200);
    expect(readFileSync(SAVED_FILE, 'utf8')).toContain('Li Tao, the founder of the global');
  });
});
