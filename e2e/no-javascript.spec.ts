import { expect } from '@playwright/test';
import {
  boxOf,
  center,
  emptyPairs,
  headerSwitcher,
  misalignedSideBySide,
  moveMouseSlowly,
  PAIR_IDS,
  pair,
  pairIds,
  readerPath,
  test,
  tooltipOf,
  urlOf,
} from './fixtures';

/** The reader is server-rendered HTML and CSS: everything here must work with scripts off. */
test.use({ javaScriptEnabled: false });

test.describe('reader without JavaScript', () => {
  test('shows every pair with its text', async ({ page }) => {
    await page.goto(readerPath('zh'));
    expect(await pairIds(page)).toEqual(PAIR_IDS);
    expect(await emptyPairs(page)).toEqual([]);
    await expect(pair(page, 'p1').locator('.pair__en')).toContainText('Li Tao, founder of');
  });

  // One load of the English reader for what a reader does there, step by step: without
  // scripts a page load is most of each check's cost (the steps leave no state behind: each
  // tooltip is closed again before the next, and the link is followed last).
  test('the English reader: pairs level, term tooltips by hover, pointer and focus, a working language link', async ({
    page,
  }) => {
    await page.goto(readerPath('en'));
    const term = pair(page, 'p1').locator('.pair__zh button.term').first();
    const tip = await tooltipOf(term);

    await test.step('keeps the pairs side by side and level on a wide screen', async () => {
      expect(await misalignedSideBySide(page)).toEqual([]);
    });

    await test.step('hovering a term shows its tooltip', async () => {
      await expect(tip).toBeHidden();
      await term.hover();
      await expect(tip).toBeVisible();
      await page.getByRole('heading', { level: 1 }).hover();
      await expect(tip).toBeHidden();
    });

    await test.step('the pointer can move from a term onto its tooltip', async () => {
      const from = center(await boxOf(term));
      await page.mouse.move(from.x, from.y);
      await expect(tip).toBeVisible();
      await moveMouseSlowly(page, from, { x: from.x, y: (await boxOf(tip)).y + 12 });
      await expect(tip).toBeVisible({ timeout: 1500 });
      await page.getByRole('heading', { level: 1 }).hover();
      await expect(tip).toBeHidden();
    });

    await test.step('focusing a term shows its tooltip', async () => {
      await term.focus();
      await expect(tip).toBeVisible();
      await term.blur();
      await expect(tip).toBeHidden();
    });

    await test.step('the language switcher is still a working link', async () => {
      await headerSwitcher(page).click();
      await expect(page).toHaveURL(urlOf(readerPath('zh')));
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    });
  });
});
