import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { test } from './fixtures';

/**
 * The import preview (issue 12, item 2): the aligned texts in the editor before saving, the
 * uncertain links marked and counted as the review page and the library count them, fixable
 * there; the fixes are what is saved.
 */

const ZH =
  '今天天气很好。我们去公园吧。\n\n他说：“好。”我们就出发了。\n\n公园里有很多人，大家都很开心。';
/** "Let us go to the park." begins the second paragraph: the aligner is unsure of p1 (0.79). */
const EN =
  'The weather is nice today.\n\nLet us go to the park. He said, “Fine.” So we set off.\n\nThere were many people in the park, and everyone was happy.';

const summary = (page: Page) => page.locator('.import__summary');
const unit = (page: Page, pair: string, side: 'zh' | 'en', index: number) =>
  page.locator(`[id="${pair}"] .ed-unit[data-side="${side}"][data-index="${index}"]`);

async function align(page: Page) {
  await page.goto('/en/import');
  await page.getByLabel('Chinese text', { exact: true }).fill(ZH);
  await page.getByLabel('English translation', { exact: true }).fill(EN);
  await page.getByRole('button', { name: 'Align', exact: true }).click();
  // The worker fetches and reads the lexicon (megabytes) before aligning: on a loaded machine
  // that takes a while.
  await expect(summary(page)).toHaveText('3 paragraph pairs, 5 sentence links, 1 to review', {
    timeout: 60_000,
  });
}

test.describe('checking an import before saving', () => {
  // Aligning (the lexicon first), then the library and the review: two page loads more.
  test.setTimeout(120_000);
  test('marks the uncertain link, fixes it by keyboard, and saves the fix with the same count everywhere', async ({
    page,
  }, testInfo) => {
    await align(page);
    const p1 = unit(page, 'p1', 'en', 0);
    await expect(p1).toHaveAttribute('data-uncertain', '');
    await expect(page.locator('[id="p1"]')).toHaveAttribute('data-attention', '');
    await expectNoAxeViolations(page, testInfo, { include: ['.import__result'] });

    // Move "Let us go to the park." up into p1, by keyboard.
    await unit(page, 'p2', 'en', 0).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(page.locator('[id="p1"] .ed-unit[data-side="en"]')).toHaveCount(2);
    await expect(summary(page)).toHaveText('3 paragraph pairs, 5 sentence links, 0 to review');
    await expect(page.locator('.import__result [data-uncertain]')).toHaveCount(0);
    // Undo and redo act on the preview too.
    await page.keyboard.press('Control+z');
    await expect(summary(page)).toContainText('1 to review');
    await page.keyboard.press('Control+y');
    await expect(summary(page)).toContainText('0 to review');

    // Back to the texts: they are as typed, and the fix is still in the preview.
    await page.getByRole('button', { name: 'Back to the texts' }).click();
    await expect(page.getByLabel('Chinese text', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Chinese text', { exact: true })).toHaveValue(ZH);
    await expect(page.getByLabel('English translation', { exact: true })).toHaveValue(EN);
    await expect(summary(page)).toContainText('0 to review');

    await page.getByRole('button', { name: 'Save to my library' }).click();
    const review = page.getByRole('link', { name: 'Review the alignment' });
    await expect(review).toBeVisible();
    const href = (await review.getAttribute('href')) ?? '';

    await page.goto('/en');
    const entry = page
      .getByRole('region', { name: 'My library' })
      .getByRole('listitem')
      .filter({ hasText: '今天天气很好' });
    await expect(entry).toContainText('0 links to review');

    await page.goto(href);
    const uncertain = page.locator('dt', { hasText: /^Uncertain links$/ }).locator('+ dd');
    await expect(uncertain).toHaveText('0');
    await expect(page.locator('[data-pair]').first()).toContainText('Let us go to the park.');
  });

  test('an unfixed import counts the same in the preview, the library and the review', async ({
    page,
  }) => {
    await align(page);
    await page.getByRole('button', { name: 'Save to my library' }).click();
    const review = page.getByRole('link', { name: 'Review the alignment' });
    const href = (await review.getAttribute('href')) ?? '';
    await page.goto('/en');
    await expect(
      page
        .getByRole('region', { name: 'My library' })
        .getByRole('listitem')
        .filter({ hasText: '今天天气很好' }),
    ).toContainText(/\b1 links? to review/);
    await page.goto(href);
    await expect(page.locator('dt', { hasText: /^Uncertain links$/ }).locator('+ dd')).toHaveText(
      '1',
    );
  });

  test('on a phone, a pair is merged with a tap and the preview says so', {
    tag: '@phone',
  }, async ({ page, isMobile }) => {
    await align(page);
    const merge = page.locator('[id="p1"]').getByRole('button', { name: 'Merge with next' });
    await (isMobile ? merge.tap() : merge.click());
    await expect(page.locator('.ed-row')).toHaveCount(2);
    await expect(summary(page)).toContainText('2 paragraph pairs');
  });
});
