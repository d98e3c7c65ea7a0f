import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './axe';
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
  test.skip(({ isMobile }) => isMobile, 'saving is checked once, on the desktop layout');
  // One saved file for all: these run one after another, each from the original text.
  test.describe.configure({ mode: 'serial' });
  test.beforeEach(async ({ request }) => resetSavedFile(request));

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
    const headers = { 'If-Match': etagOf(before) };
    const refused = await request.put(SAVE_API, { data: invalid, headers });
    expect(refused.status()).toBe(422);
    expect((await refused.json()).details.join('\n')).toMatch(/pair "p1" › en: is missing/);
    expect(readFileSync(SAVED_FILE, 'utf8')).toBe(before);

    const edited = before.replace(
      'Li Tao, founder of the global',
      'Li Tao, the founder of the global',
    );
    const saved = await request.put(SAVE_API, { data: edited, headers });
    expect(saved.status()).toBe(200);
    expect(saved.headers().etag).toBe(etagOf(edited));
    expect(readFileSync(SAVED_FILE, 'utf8')).toContain('Li Tao, the founder of the global');
  });

  test('the editor asks before a save loses a pair, then saves with the confirmation', async ({
    page,
  }, testInfo) => {
    await openEditor(page);
    await pairBox(page, 'p1').getByRole('button', { name: 'Merge with next pair' }).click();
    await page.getByRole('button', { name: 'Save to server' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'This save loses pairs or changes the Chinese',
    });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('It removes 1 pair (links to it stop working):');
    await expect(dialog.getByRole('listitem').first()).toContainText('p2 第一次是在2019年');
    await expect(dialog).toContainText('It changes the Chinese of 1 pair:');
    await expectNoAxeViolations(page, testInfo, { include: ['dialog'] });
    expect(readFileSync(SAVED_FILE, 'utf8')).toContain('  - id: p2\n');

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Save to server' }).click();
    await dialog.getByRole('button', { name: 'Save anyway' }).click();
    await expect(page.locator('.editor__message')).toHaveText('Saved to the server.');
    const saved = readFileSync(SAVED_FILE, 'utf8');
    expect(saved).not.toContain('  - id: p2\n');
    expect(saved).toContain('第一次是在2019年');
    // Saving again is nothing to save, and writes nothing.
    const history = historyFiles().length;
    await page.getByRole('button', { name: 'Save to server' }).click();
    await expect(page.locator('.editor__message')).toHaveText(
      'Nothing to save: the server already has this version.',
    );
    expect(historyFiles()).toHaveLength(history);
  });

  test('a save after someone else’s offers their version or overwriting it', async ({
    page,
    request,
  }) => {
    await openEditor(page);
    await editEnglish(page, 'p5', 'My version of p5.');
    // Someone else saves another change on the same base meanwhile.
    const base = readFileSync(SAVED_FILE, 'utf8');
    const theirs = base.replace(
      'Li Tao, founder of the global',
      'Li Tao, their founder of the global',
    );
    const other = await request.put(SAVE_API, {
      data: theirs,
      headers: { 'If-Match': etagOf(base) },
    });
    expect(other.status()).toBe(200);

    await page.getByRole('button', { name: 'Save to server' }).click();
    const dialog = page.getByRole('dialog', { name: 'The server has a newer version' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Load the server’s version' }).click();
    await expect(pairBox(page, 'p1')).toContainText('their founder');
    await expect(pairBox(page, 'p5')).not.toContainText('My version of p5.');
    await page.getByRole('button', { name: 'Undo' }).click(); // mine again
    await expect(pairBox(page, 'p5')).toContainText('My version of p5.');

    await page.getByRole('button', { name: 'Save to server' }).click();
    await expect(page.locator('.editor__message')).toHaveText('Saved to the server.');
    expect(readFileSync(SAVED_FILE, 'utf8')).toContain('My version of p5.');
    // Theirs is not lost: it is the previous version in the history.
    expect(historyFiles()).toContain(theirs);
  });

  test('overwrite replaces a newer version, which stays in the history', async ({
    page,
    request,
  }) => {
    await openEditor(page);
    await editEnglish(page, 'p5', 'My version of p5.');
    const base = readFileSync(SAVED_FILE, 'utf8');
    const theirs = base.replace(
      'Li Tao, founder of the global',
      'Li Tao, their founder of the global',
    );
    await request.put(SAVE_API, { data: theirs, headers: { 'If-Match': etagOf(base) } });
    await page.getByRole('button', { name: 'Save to server' }).click();
    await page.getByRole('button', { name: 'Overwrite it with mine' }).click();
    await expect(page.locator('.editor__message')).toHaveText('Saved to the server.');
    const saved = readFileSync(SAVED_FILE, 'utf8');
    expect(saved).toContain('My version of p5.');
    expect(saved).not.toContain('their founder');
    expect(historyFiles()).toContain(theirs);
  });

  test('20 concurrent saves: one per base, and every accepted version recoverable', async ({
    request,
  }) => {
    test.setTimeout(180_000); // 20 saves in turn, each building the candidate's pages (~1 s)
    const base = readFileSync(SAVED_FILE, 'utf8');
    const versions = Array.from({ length: 20 }, (_, i) =>
      base.replace('realized much earlier', `realized ${i + 1} times earlier`),
    );
    const onBase = await Promise.all(
      versions.map((data) =>
        request.put(SAVE_API, { data, headers: { 'If-Match': etagOf(base) } }),
      ),
    );
    const statuses = onBase.map((r) => r.status()).sort();
    expect(statuses).toEqual([200, ...Array(19).fill(412)]);

    const overwrites = await Promise.all(
      versions.map((data) => request.put(SAVE_API, { data, headers: { 'If-Match': '*' } })),
    );
    const accepted = versions.filter((_, i) => overwrites[i]?.status() === 200);
    expect(accepted).toHaveLength(20);
    const recoverable = new Set([...historyFiles(), readFileSync(SAVED_FILE, 'utf8')]);
    for (const version of [base, ...accepted]) expect(recoverable.has(version)).toBe(true);
  });

  test('a body over the limit is refused from its length', async ({ request }) => {
    const response = await request.put(SAVE_API, {
      data: Buffer.alloc(50_000_000, 0x61),
      headers: { 'If-Match': '*' },
    });
    expect(response.status()).toBe(413);
  });
});

const SAVE_API = `${SAVE_URL}/api/documents/${SLUG}`;
const HISTORY_DIR = path.resolve(`.e2e/save-content/.history/${SLUG}`);
/** The interview as the build (and the edit page's ETag) knows it. */
const ORIGINAL = readFileSync(`content/documents/${SLUG}.yaml`, 'utf8');

const etagOf = (text: string) =>
  `"sha256-${createHash('sha256').update(text).digest('base64url')}"`;

function historyFiles(): string[] {
  if (!existsSync(HISTORY_DIR)) return [];
  return readdirSync(HISTORY_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => readFileSync(path.join(HISTORY_DIR, name), 'utf8'));
}

/** Puts the original file back (confirming what that "loses" of earlier tests' saves). */
async function resetSavedFile(request: APIRequestContext) {
  const headers = { 'If-Match': '*' };
  const first = await request.put(SAVE_API, { data: ORIGINAL, headers });
  if (first.status() === 409) {
    const { confirm } = (await first.json()) as { confirm: string };
    const second = await request.put(SAVE_API, {
      data: ORIGINAL,
      headers: { ...headers, 'Duizhao-Confirm-Loss': confirm },
    });
    expect(second.status()).toBe(200);
  } else expect(first.status()).toBe(200);
  expect(readFileSync(SAVED_FILE, 'utf8')).toBe(ORIGINAL);
}

async function openEditor(page: Page) {
  await page.goto(`${SAVE_URL}/en/edit/${SLUG}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('status').first()).toHaveText('No changes');
}

async function editEnglish(page: Page, id: string, text: string) {
  const box = pairBox(page, id);
  await box.getByRole('button', { name: 'Edit text' }).click();
  await box.getByLabel(`English text of pair ${id}`).fill(text);
  await box.getByRole('button', { name: 'Done' }).click();
  await expect(box).toContainText(text);
}
