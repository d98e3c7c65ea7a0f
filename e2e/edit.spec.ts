import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './axe';
import { SAVE_URL, SLUG, seedOwnText, test } from './fixtures';

const SAVED_FILE = path.resolve(`.e2e/save-content/documents/${SLUG}.yaml`);
const editPath = (lng: 'en' | 'zh') => `/${lng}/edit/${SLUG}`;

// Each journey aligns, checks and renders a 38-pair document several times (and runs axe).
test.describe.configure({ timeout: 90_000 });

const row = (page: Page, id: string) => page.locator(`.ed-row[id="${id}"]`);
const unit = (page: Page, id: string, side: 'zh' | 'en', index: number) =>
  row(page, id).locator(`.ed-unit[data-side="${side}"][data-index="${index}"]`);
const unitTexts = (page: Page, id: string, side: 'zh' | 'en') =>
  row(page, id).locator(`.ed-unit[data-side="${side}"] .ed-unit__text`).allTextContents();
const status = (page: Page) => page.locator('.editor__status');

const WORDS = {
  en: { clean: 'No changes', one: '1 change not yet downloaded or saved', undo: 'Undo' },
  zh: { clean: '没有改动', one: '有 1 处改动尚未下载或保存', undo: '撤销' },
} as const;

/**
 * Waits until the editor has read its stored history (the status leaves "Loading"): a readiness
 * wait, which a loaded machine can stretch well past the usual 5 s.
 */
const ready = (page: Page, text: string) =>
  expect(status(page)).toContainText(text, { timeout: 30_000 });

/**
 * Opens the editor with the editor's script running. The draft is clean: every test has a
 * browser context of its own, so nothing is stored yet.
 */
async function openClean(page: Page, lng: 'en' | 'zh') {
  await page.goto(editPath(lng));
  await ready(page, WORDS[lng].clean);
}

/**
 * Drags `from` onto `to` with a finger (Chromium turns touch events into pointer events), lifting
 * it near the bottom of `to` (the part next to a handle below it): on a phone the sticky header
 * and toolbar cover the top fifth of the screen, and a finger drops only where it can see.
 */
async function touchDrag(page: Page, from: Locator, to: Locator) {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('not on screen');
  const start = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  const end = { x: b.x + b.width / 2, y: b.y + b.height - 12 };
  const seen = await to.evaluate(
    (el, { x, y }) => el.contains(document.elementFromPoint(x, y)),
    end,
  );
  if (!seen) throw new Error(`the drop point ${end.x},${end.y} is covered by another element`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [start] });
  for (let i = 1; i <= 8; i++) {
    const point = {
      x: start.x + ((end.x - start.x) * i) / 8,
      y: start.y + ((end.y - start.y) * i) / 8,
    };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/*
 * Journeys whose behaviour does not depend on the interface's words run once, in one interface or
 * the other; together the spec still opens both.
 */
for (const lng of ['en', 'zh'] as const) {
  test.describe(`editor (${lng})`, () => {
    if (lng === 'en')
      test('moves a sentence by keyboard, keeps it over a reload, undoes and redoes by keys', async ({
        page,
      }, testInfo) => {
        await openClean(page, lng);
        const moved = (await unitTexts(page, 'p4', 'en'))[0] ?? '';
        expect(moved.length).toBeGreaterThan(10);
        await unit(page, 'p4', 'en', 0).focus();
        await page.keyboard.press('Alt+ArrowUp');
        await expect(row(page, 'p3')).toContainText(moved.trim());
        await expect(row(page, 'p4')).not.toContainText(moved.trim());
        await expect(status(page)).toHaveText(WORDS[lng].one);
        // The moved sentence keeps the focus, in its new pair.
        await expect(row(page, 'p3').locator('.ed-unit:focus')).toContainText(moved.trim());

        await page.reload();
        await ready(page, WORDS[lng].one);
        await expect(row(page, 'p3')).toContainText(moved.trim());

        await page.locator('body').press('Control+z');
        await expect(row(page, 'p4')).toContainText(moved.trim());
        await page.locator('body').press('Control+Shift+z');
        await expect(row(page, 'p3')).toContainText(moved.trim());
        await page.locator('body').press('Control+z');
        await page.locator('body').press('Control+y');
        await expect(row(page, 'p3')).toContainText(moved.trim());
        // The whole editor is checked in accessibility.spec.ts; here what the edits changed.
        await expectNoAxeViolations(page, testInfo, {
          include: ['.editor__status', '[id="p3"]', '[id="p4"]'],
        });
      });

    if (lng === 'zh')
      test('goes to the next pair to check, and confirms it, by keys', async ({ page }) => {
        await openClean(page, lng);
        await unit(page, 'p1', 'zh', 0).focus();
        await page.keyboard.press('n');
        const focused = page.locator('.ed-row:has(.ed-unit:focus)');
        await expect(focused).toHaveAttribute('data-attention', '');
        const id = await focused.getAttribute('id');
        await page.keyboard.press('c');
        await expect(row(page, id ?? '')).toHaveAttribute('data-confirmed', '');
        await page.keyboard.press('Shift+N');
        await expect(page.locator('.ed-row:has(.ed-unit:focus)')).toHaveAttribute(
          'data-attention',
          '',
        );
      });
  });
}

test('drags a sentence onto the pair above, by mouse or by finger', { tag: '@phone' }, async ({
  page,
  isMobile,
}) => {
  const lng = isMobile ? 'zh' : 'en';
  await openClean(page, lng);
  const moved = (await unitTexts(page, 'p4', 'zh'))[0] ?? '';
  const handle = unit(page, 'p4', 'zh', 0).locator('.ed-unit__handle');
  await handle.scrollIntoViewIfNeeded();
  if (isMobile) await touchDrag(page, handle, row(page, 'p3'));
  else await handle.dragTo(row(page, 'p3').locator('.ed-row__zh'));
  await expect(row(page, 'p3')).toContainText(moved);
  await expect(status(page)).toHaveText(WORDS[lng].one);
  await page.getByRole('button', { name: WORDS[lng].undo, exact: true }).click();
  await expect(row(page, 'p4')).toContainText(moved);
});

test('an acknowledged flag stays acknowledged after a reload and goes into the file', async ({
  page,
}) => {
  await openClean(page, 'en');
  const flags = row(page, 'p7')
    .locator('.ed-flags li')
    .filter({ hasText: 'Unpaired bracket or quote' });
  await flags.getByRole('button', { name: 'Not an error…' }).click();
  await row(page, 'p7')
    .getByLabel('Why is this not an error?')
    .fill('The source prints the quotes so.');
  await row(page, 'p7').getByRole('button', { name: 'Set aside' }).click();
  await expect(flags).toContainText('Not an error: The source prints the quotes so.');
  await page.reload();
  await expect(row(page, 'p7').locator('.ed-flags li[data-acknowledged]')).toContainText(
    'Not an error: The source prints the quotes so.',
  );

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download content file' }).click();
  const text = readFileSync((await (await download).path()) ?? '', 'utf8');
  const original = readFileSync(`content/documents/${SLUG}.yaml`, 'utf8');
  // Only the acknowledgement is new: every line of the original is kept as it was.
  expect(text.startsWith(original.trimEnd())).toBe(true);
  const saved = parse(text) as {
    qa: { acknowledged: { pair: string; kind: string; reason: string }[] };
  };
  expect(saved.qa.acknowledged).toEqual([
    expect.objectContaining({
      pair: 'p7',
      kind: 'unpaired-punctuation',
      reason: 'The source prints the quotes so.',
    }),
  ]);
});

test('an own text is edited with its history kept in the library', async ({ page }, testInfo) => {
  const yaml = readFileSync(`content/documents/${SLUG}.yaml`, 'utf8');
  await page.goto('/en/local/edit?id=seeded');
  await seedOwnText(page, 'seeded', yaml);
  await page.reload();
  await ready(page, 'No changes');
  const moved = (await unitTexts(page, 'p4', 'en'))[0] ?? '';
  await unit(page, 'p4', 'en', 0).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(row(page, 'p3')).toContainText(moved.trim());
  await page.reload();
  await ready(page, '1 change');
  await expect(row(page, 'p3')).toContainText(moved.trim());
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeEnabled();
  await expectNoAxeViolations(page, testInfo);
  await page.locator('body').press('Control+z');
  await expect(row(page, 'p4')).toContainText(moved.trim());

  // The review of the text shows the change and leads back to the editor.
  await page.getByRole('link', { name: 'Back to the review' }).click();
  await expect(page.getByRole('link', { name: 'Edit this text' })).toBeVisible();
});

test.describe('saving to the server', () => {
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
    await row(page, 'p1').getByRole('button', { name: 'Merge with next', exact: true }).click();
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
      'The server already has this version.',
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
    await expect(row(page, 'p1')).toContainText('their founder');
    await expect(row(page, 'p5')).not.toContainText('My version of p5.');
    await page.getByRole('button', { name: 'Undo' }).click(); // mine again
    await expect(row(page, 'p5')).toContainText('My version of p5.');

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

/** Opens the editor of the saving server (a fresh context: nothing stored). */
async function openEditor(page: Page) {
  await page.goto(`${SAVE_URL}/en/edit/${SLUG}`);
  await ready(page, 'No changes');
}

async function editEnglish(page: Page, id: string, text: string) {
  const box = row(page, id);
  await box.getByRole('button', { name: 'Edit text' }).click();
  await box.getByLabel(`English text of pair ${id}`).fill(text);
  await box.getByRole('button', { name: 'Done' }).click();
  await expect(box).toContainText(text);
}
