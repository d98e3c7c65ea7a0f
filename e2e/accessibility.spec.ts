import { expect } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { pair, readerPath, test, tooltipOf } from './fixtures';

test.describe('accessibility (axe)', () => {
  for (const path of [
    '/en',
    '/zh',
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

  // The readers: the whole page, then what a state changes (one page load each).
  test(`${readerPath('en')} has no violations, nor with a tooltip open`, async ({
    page,
  }, testInfo) => {
    await page.goto(readerPath('en'));
    await expectNoAxeViolations(page, testInfo);
    const term = pair(page, 'p1').locator('.pair__zh button.term').first();
    await term.focus();
    await expect(await tooltipOf(term)).toBeVisible();
    const tip = await term.getAttribute('aria-describedby');
    await expectNoAxeViolations(page, testInfo, { include: ['[id="p1"]', `[id="${tip}"]`] });
  });

  test(`${readerPath('zh')} has no violations, with a sentence link highlighted too`, async ({
    page,
  }, testInfo) => {
    await page.goto(`${readerPath('zh')}#p13.zh2`);
    await expectNoAxeViolations(page, testInfo);
    await page.locator('.sent[id="p5.zh2"]').focus();
    await expectNoAxeViolations(page, testInfo, { include: ['[id="p13"]', '[id="p5"]'] });
  });
});
