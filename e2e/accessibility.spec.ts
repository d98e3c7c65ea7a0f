import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { pair, readerPath, tooltipOf } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe on the page as it is now and expects no violations. On failure the assertion's
 * diff lists each rule with its help text and the elements it flags (CSS selectors), and the
 * full axe result is attached to the test report.
 */
async function expectNoAxeViolations(page: Page, testInfo: TestInfo) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const violations = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
  if (violations.length > 0) {
    await testInfo.attach('axe-violations.json', {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
    console.log(`axe on ${page.url()}:\n${JSON.stringify(violations, null, 2)}`);
  }
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

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
    await expectNoAxeViolations(page, testInfo);
  });

  test('the reader with a sentence link highlighted has no violations', async ({
    page,
  }, testInfo) => {
    await page.goto(`${readerPath('zh')}#p13.zh2`);
    await page.locator('.sent[id="p5.zh2"]').focus();
    await expectNoAxeViolations(page, testInfo);
  });
});
