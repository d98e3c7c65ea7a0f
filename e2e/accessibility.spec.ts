import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { pair, readerPath, tooltipOf } from './fixtures';

test.describe('accessibility (axe)', () => {
  for (const path of [
    '/en',
    '/zh',
    readerPath('en'),
    readerPath('zh'),
    '/en/review/apus-li-tao-interview',
    '/zh/review/apus-li-tao-interview',
    '/en/edit/apus-li-tao-interview',
    '/en/import',
    '/zh/import',
    '/zh/edit/apus-li-tao-interview',
    '/zh/read/nope',
    '/fr',
  ]) {
    test(`${path} has no violations`, async ({ page }, testInfo) => {
      await page.goto(path);
      await expectNoAxeViolations(page, testInfo);
    });
  }

  test('the reader with a tooltip open has no violations', async ({ page }, testInfo) => {
    await page.goto(readerPath('en'));
    const term = pair(page, 'p1').locator('.pair__zh button.term').first();
    await term.focus();
    await expect(await tooltipOf(term)).toBeVisible();
    // The whole reader is checked above; here what the state changes: the pair and its tooltip.
    const tip = await term.getAttribute('aria-describedby');
    await expectNoAxeViolations(page, testInfo, { include: ['[id="p1"]', `[id="${tip}"]`] });
  });

  test('the reader with a sentence link highlighted has no violations', async ({
    page,
  }, testInfo) => {
    await page.goto(`${readerPath('zh')}#p13.zh2`);
    await page.locator('.sent[id="p5.zh2"]').focus();
    // The whole reader is checked above; here the pairs the state marks (target and focus).
    await expectNoAxeViolations(page, testInfo, { include: ['[id="p13"]', '[id="p5"]'] });
  });
});
