import { expect, type Locator, type Page } from '@playwright/test';
import { background, boxOf, center, readerPath, test, waitForHydration } from './fixtures';

/** A sentence by its fragment id (`p2.zh1`); ids contain a dot, so match the attribute. */
const sentence = (page: Page, id: string) => page.locator(`.sent[id="${id}"]`);

/**
 * The middle of a sentence's first line box. A sentence is an inline span that wraps, so the
 * centre of its bounding box may lie on a neighbouring sentence.
 */
async function firstLine(locator: Locator) {
  const rect = await locator.evaluate((el) => {
    const r = el.getClientRects()[0];
    return r ? { x: r.x + Math.min(12, r.width / 2), y: r.y + r.height / 2 } : null;
  });
  if (!rect) throw new Error(`${locator} has no line box`);
  return rect;
}

async function pointAt(page: Page, locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  const at = await firstLine(locator);
  await page.mouse.move(at.x, at.y);
}

/** The highlight backgrounds of several sentences, to compare with their resting state. */
const backgrounds = (list: Locator[]) => Promise.all(list.map(background));

test.describe('sentence links', () => {
  test('pointing at a Chinese sentence highlights it and its English counterpart, and only them', async ({
    page,
  }) => {
    await page.goto(readerPath('en'));
    const zh = sentence(page, 'p2.zh1');
    const en = sentence(page, 'p2.en1');
    const other = sentence(page, 'p2.en2');
    const resting = await backgrounds([zh, en, other]);
    await pointAt(page, zh);
    await expect.poll(() => background(en)).not.toBe(resting[1]);
    expect(await background(zh)).not.toBe(resting[0]);
    expect(await background(other)).toBe(resting[2]);
    await page.getByRole('heading', { level: 1 }).hover();
    await expect.poll(() => backgrounds([zh, en])).toEqual(resting.slice(0, 2));
  });

  test('pointing at an English sentence highlights the Chinese sentence it translates (1-2 link)', async ({
    page,
  }) => {
    await page.goto(readerPath('en'));
    // p7: one Chinese sentence, rendered as two English sentences.
    const zh = sentence(page, 'p7.zh1');
    const resting = await background(zh);
    await pointAt(page, sentence(page, 'p7.en2'));
    await expect.poll(() => background(zh)).not.toBe(resting);
    await expect.poll(() => background(sentence(page, 'p7.en1'))).not.toBe(resting);
  });

  test('tapping a sentence highlights its counterpart; tapping elsewhere clears it', {
    tag: '@phone-only',
  }, async ({ page }) => {
    await page.goto(readerPath('zh'));
    await waitForHydration(page);
    const zh = sentence(page, 'p4.zh2');
    const en = sentence(page, 'p4.en2');
    const resting = await background(en);
    await zh.scrollIntoViewIfNeeded();
    const at = await firstLine(zh);
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => background(en)).not.toBe(resting);
    const heading = center(await boxOf(page.getByRole('heading', { level: 1 })));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.touchscreen.tap(heading.x, heading.y);
    await expect.poll(() => background(en)).toBe(resting);
  });

  test('the keyboard moves between sentences and jumps to the counterpart and back', async ({
    page,
  }) => {
    await page.goto(readerPath('en'));
    await waitForHydration(page);
    // The first Chinese sentence is the column's Tab stop.
    await page.locator('#main').focus();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'p1.zh1')) break;
    }
    await expect(sentence(page, 'p1.zh1')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(sentence(page, 'p2.zh1')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(sentence(page, 'p2.zh2')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(sentence(page, 'p2.en2')).toBeFocused();
    const zh = sentence(page, 'p2.zh2');
    expect(await background(zh)).not.toBe(await background(sentence(page, 'p2.zh1')));
    await page.keyboard.press('ArrowLeft');
    await expect(zh).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(sentence(page, 'p2.zh1')).toBeFocused();
    // The roving Tab stop follows focus: one Chinese sentence is in the Tab order.
    expect(await page.locator('.sent[data-side="zh"][tabindex="0"]').count()).toBe(1);
  });

  test('a deep link lands on a sentence with its counterparts highlighted', async ({ page }) => {
    await page.goto(`${readerPath('en')}#p13.zh2`);
    const target = sentence(page, 'p13.zh2');
    await expect(target).toBeInViewport();
    const resting = await background(sentence(page, 'p13.en1'));
    // p13.zh2 is rendered by two English sentences.
    expect(await background(sentence(page, 'p13.en2'))).not.toBe(resting);
    expect(await background(sentence(page, 'p13.en3'))).not.toBe(resting);
    expect(await background(target)).not.toBe(resting);
  });

  test('an uncertain link is marked as such when the reader asks, and says so when highlighted', async ({
    page,
    isMobile,
  }) => {
    // Hidden from readers by default (reader-toolbar.spec checks that); `?uncertain=1` shows them.
    await page.goto(`${readerPath('en')}?uncertain=1`);
    const uncertain = page.locator('.sent[data-note]').first();
    await expect(uncertain).toHaveAttribute('data-note', /uncertain link · \d+%/);
    await expect(uncertain).toHaveAttribute('aria-describedby', 'uncertain-link-note');
    expect(await uncertain.evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe(
      'dashed',
    );
    if (!isMobile) {
      await pointAt(page, uncertain);
      await expect
        .poll(() => uncertain.evaluate((el) => getComputedStyle(el, '::after').content))
        .toMatch(/uncertain link/);
    }
    await page.goto(readerPath('zh'));
    await expect(page.locator('.sent[data-note]').first()).toHaveAttribute(
      'data-note',
      /对应关系存疑/,
    );
  });
});
