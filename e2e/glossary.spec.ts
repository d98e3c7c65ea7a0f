import { expect, type Page } from '@playwright/test';
import {
  background,
  boxOf,
  center,
  headerBottom,
  isNextTo,
  moveMouseSlowly,
  pair,
  readerPath,
  scrollToNearBottom,
  termRightOfCentre,
  termWithRendering,
  test,
  tooltipOf,
  waitForHydration,
} from './fixtures';

/** Somewhere neutral to move the pointer or tap: the document's title. */
const title = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('glossary tooltips', () => {
  test('keyboard: Tab reaches a term and opens it; Escape closes it and keeps focus', async ({
    page,
  }) => {
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

  test('phone: a tap on a term opens the dictionary popup with its glossary entry, not the tooltip', {
    tag: '@phone-only',
  }, async ({ page }) => {
    await page.goto(readerPath('en'));
    await waitForHydration(page);
    const { term } = await termWithRendering(page, 'p1');
    const tip = await tooltipOf(term);

    await term.tap();
    const dictionary = page.getByRole('dialog', { name: /^Dictionary: / });
    await expect(dictionary).toBeVisible();
    await expect(dictionary.locator('.dict__entry').first()).toHaveAttribute(
      'data-source',
      'glossary',
    );
    await expect(tip).toBeHidden();

    await title(page).tap();
    await expect(dictionary).toBeHidden();
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

  // One load of the reader for all that a mouse does (a load and hydration cost more than
  // most of these checks): each step starts with the page at the top and the pointer on the
  // title, every tooltip closed.
  test('with a mouse (WCAG 1.4.13: hoverable, dismissible), tooltips by their terms and on screen', async ({
    page,
  }) => {
    await page.goto(readerPath('en'));
    await waitForHydration(page);
    const anyTooltip = page.locator('[role="tooltip"]:visible');
    const reset = async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await title(page).hover();
      await expect(anyTooltip).toHaveCount(0);
    };

    await test.step('hovering a term shows its tooltip and highlights its English rendering', async () => {
      const { term, rendering } = await termWithRendering(page, 'p1');
      const tip = await tooltipOf(term);
      const normal = await background(rendering);
      await expect(tip).toBeHidden();

      await term.hover();
      await expect(tip).toBeVisible();
      await expect(tip).toHaveRole('tooltip');
      await expect(tip).toContainText('In our translation');
      await expect(term).toHaveAccessibleDescription(/large model/);
      expect(isNextTo(await boxOf(tip), await boxOf(term)), 'the tooltip is by its term').toBe(
        true,
      );
      await expect.poll(() => background(rendering)).not.toBe(normal);

      await title(page).hover();
      await expect(tip).toBeHidden();
      await expect.poll(() => background(rendering)).toBe(normal);
    });

    await test.step('the pointer can move from a term down onto its tooltip', async () => {
      await reset();
      const term = pair(page, 'p1').locator('.pair__zh button.term').first();
      const tip = await tooltipOf(term);
      // Near the top of the screen (below the sticky header), where there is room below.
      await term.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 160));
      const from = center(await boxOf(term));
      await page.mouse.move(from.x, from.y);
      await expect(tip).toBeVisible();
      const tipBox = await boxOf(tip);
      expect(tipBox.y, 'near the top of the screen the tooltip opens below').toBeGreaterThan(
        from.y,
      );
      await moveMouseSlowly(page, from, { x: from.x, y: tipBox.y + 12 });
      await expect(tip).toBeVisible();
    });

    await test.step('the pointer can move from a term up onto a tooltip shown above it', async () => {
      await reset();
      const term = pair(page, 'p12').locator('.pair__zh button.term').first();
      const tip = await tooltipOf(term);
      await scrollToNearBottom(term, 40);
      const from = center(await boxOf(term));
      await page.mouse.move(from.x, from.y);
      await expect(tip).toBeVisible();
      const tipBox = await boxOf(tip);
      expect(tipBox.y + tipBox.height, 'the tooltip flipped above its term').toBeLessThan(from.y);
      await moveMouseSlowly(page, from, { x: from.x, y: tipBox.y + tipBox.height - 12 });
      // Hover styles apply at once; no need to wait long for what has already happened.
      await expect(tip).toBeVisible({ timeout: 1500 });
    });

    await test.step('a tooltip opened near the bottom of the screen stays on screen', async () => {
      await reset();
      const term = await termRightOfCentre(page);
      const tip = await tooltipOf(term);
      await scrollToNearBottom(term, 60);
      const at = center(await boxOf(term));
      await page.mouse.move(at.x, at.y);
      await expect(tip).toBeVisible();

      const box = await boxOf(tip);
      const viewport = page.viewportSize() ?? { width: 0, height: 0 };
      expect({
        belowHeader: box.y >= (await headerBottom(page)),
        aboveBottomEdge: box.y + box.height <= viewport.height,
        insideLeftEdge: box.x >= 0,
        insideRightEdge: box.x + box.width <= viewport.width,
      }).toEqual({
        belowHeader: true,
        aboveBottomEdge: true,
        insideLeftEdge: true,
        insideRightEdge: true,
      });
    });

    await test.step('Escape closes a tooltip that the pointer rests on', async () => {
      await reset();
      const term = pair(page, 'p1').locator('.pair__zh button.term').first();
      const tip = await tooltipOf(term);
      const from = center(await boxOf(term));
      await page.mouse.move(from.x, from.y);
      await expect(tip).toBeVisible();
      await moveMouseSlowly(page, from, { x: from.x, y: (await boxOf(tip)).y + 12 });
      await expect(tip).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden({ timeout: 1500 });
    });

    await test.step('the English rendering stays highlighted while the pointer is on the tooltip', async () => {
      await reset();
      const { term, rendering } = await termWithRendering(page, 'p1');
      const tip = await tooltipOf(term);
      const normal = await background(rendering);
      const from = center(await boxOf(term));
      await page.mouse.move(from.x, from.y);
      await expect.poll(() => background(rendering)).not.toBe(normal);
      await moveMouseSlowly(page, from, { x: from.x, y: (await boxOf(tip)).y + 12 });
      await expect(tip).toBeVisible();
      await expect.poll(() => background(rendering), { timeout: 1500 }).not.toBe(normal);
    });

    await test.step('after looking up a term, hovering another never shows a tooltip by the wrong term', async () => {
      await reset();
      const terms = pair(page, 'p1').locator('.pair__zh button.term');
      const clicked = terms.nth(0);
      const hovered = terms.nth(2);
      // A click opens the dictionary popup (e2e/dictionary.spec.ts); Escape closes it.
      await clicked.click();
      await expect(page.getByRole('dialog', { name: /^Dictionary: / })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: /^Dictionary: / })).toHaveCount(0);
      const at = center(await boxOf(hovered));
      await page.mouse.move(at.x, at.y);
      await expect(await tooltipOf(hovered)).toBeVisible();

      const misplaced: string[] = [];
      for (const term of [clicked, hovered]) {
        const tip = await tooltipOf(term);
        if (!(await tip.isVisible())) continue;
        if (!isNextTo(await boxOf(tip), await boxOf(term)))
          misplaced.push(`the tooltip of ${await term.textContent()} is not by it`);
      }
      expect(misplaced).toEqual([]);
    });
  });
});
