import { expect, type Page, test } from '@playwright/test';
import {
  background,
  pair,
  readerPath,
  termWithRendering,
  tooltipOf,
  waitForHydration,
} from './fixtures';

/** Somewhere neutral to move the pointer or tap: the document's title. */
const title = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('glossary tooltips', () => {
  test('hovering a term shows its tooltip and highlights its English rendering', async ({
    page,
    isMobile,
  }) => {
    test.skip(isMobile, 'a phone has no hover; tapping is tested below');
    await page.goto(readerPath('en'));
    const { term, rendering } = await termWithRendering(page, 'p1');
    const tip = await tooltipOf(term);
    const normal = await background(rendering);
    await expect(tip).toBeHidden();

    await term.hover();
    await expect(tip).toBeVisible();
    await expect(tip).toHaveRole('tooltip');
    await expect(tip).toContainText('In our translation');
    await expect(term).toHaveAccessibleDescription(/large model/);
    await expect.poll(() => background(rendering)).not.toBe(normal);

    await title(page).hover();
    await expect(tip).toBeHidden();
    await expect.poll(() => background(rendering)).toBe(normal);
  });

  test('keyboard: Tab reaches a term and opens it; Escape closes it and keeps focus', async ({
    page,
    isMobile,
  }) => {
    test.skip(isMobile, 'keyboard navigation is tested on the desktop layout');
    await page.goto(readerPath('en'));
    await waitForHydration(page);
    const { term, rendering } = await termWithRendering(page, 'p1');
    const tip = await tooltipOf(term);
    const normal = await background(rendering);

    // From the top of the page, Tab through the header links to the first term.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await term.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(term).toBeFocused();
    await expect(tip).toBeVisible();
    await expect.poll(() => background(rendering)).not.toBe(normal);

    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(term).toBeFocused();
    await expect.poll(() => background(rendering)).toBe(normal);

    // Leaving and coming back opens it again.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(term).toBeFocused();
    await expect(tip).toBeVisible();
  });

  test('phone: a tap opens a term; tapping elsewhere or the term again closes it', async ({
    page,
    isMobile,
  }) => {
    test.skip(!isMobile, 'tapping is the phone interaction');
    await page.goto(readerPath('en'));
    await waitForHydration(page);
    const { term, rendering } = await termWithRendering(page, 'p1');
    const tip = await tooltipOf(term);
    const normal = await background(rendering);

    await term.tap();
    await expect(tip).toBeVisible();
    await expect.poll(() => background(rendering)).not.toBe(normal);

    await title(page).tap();
    await expect(tip).toBeHidden();
    await expect.poll(() => background(rendering)).toBe(normal);

    await term.tap();
    await expect(tip).toBeVisible();
    await term.tap();
    await expect(tip).toBeHidden();
  });

  test('tooltip field labels are in the interface language', async ({ page }) => {
    for (const [lng, label] of [
      ['zh', '本文译法'],
      ['en', 'In our translation'],
    ] as const) {
      await page.goto(readerPath(lng));
      const term = pair(page, 'p1').locator('.pair__zh button.term').first();
      const tip = await tooltipOf(term);
      await term.focus();
      await expect(tip).toBeVisible();
      await expect(tip).toContainText(label);
    }
  });
});
