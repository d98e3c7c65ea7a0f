import { expect } from '@playwright/test';
import {
  background,
  boxOf,
  emptyPairs,
  headerBottom,
  misalignedSideBySide,
  PAIR_IDS,
  pair,
  pairGeometry,
  pairIds,
  readerPath,
  test,
} from './fixtures';

test.describe('reader layout', () => {
  // One page load for what a page just opened shows (pairs, their columns, speakers, header);
  // the deep link below is a load of its own.
  test('every pair is there with both texts, laid out for the screen, with speakers and a document header', {
    tag: '@phone',
  }, async ({ page, isMobile }) => {
    await page.goto(readerPath('en'));
    await test.step('every pair is there, in order, with Chinese and English text', async () => {
      expect(await pairIds(page)).toEqual(PAIR_IDS);
      expect(await emptyPairs(page)).toEqual([]);
    });

    if (!isMobile)
      await test.step('on a wide screen each pair is side by side, both blocks starting level', async () => {
        expect(await misalignedSideBySide(page)).toEqual([]);
      });
    else
      await test.step('on a phone the Chinese is above the English, both full width', async () => {
        const problems = (await pairGeometry(page)).flatMap(({ id, zh, en, contentWidth }) => {
          const found: string[] = [];
          if (zh.bottom > en.top + 0.5)
            found.push(`${id}: zh ends at ${zh.bottom}, en starts at ${en.top}`);
          if (Math.abs(zh.left - en.left) > 1) found.push(`${id}: zh and en start at different x`);
          for (const [name, r] of [
            ['zh', zh],
            ['en', en],
          ] as const) {
            if (Math.abs(r.width - contentWidth) > 1)
              found.push(`${id}: ${name} is ${r.width}px wide, the pair ${contentWidth}px`);
          }
          return found;
        });
        expect(problems).toEqual([]);
      });

    await test.step('Q&A pairs show who speaks, in both languages, at the start of each turn', async () => {
      // p10 introduces the conversation; p11 is 36Kr's first question, p12–p13 Li Tao's answer.
      const p11 = pair(page, 'p11');
      await expect(p11.locator('.pair__zh')).toContainText(/^36氪:/);
      await expect(p11.locator('.pair__en')).toContainText(/^36Kr:/);
      const p12 = pair(page, 'p12');
      await expect(p12.locator('.pair__zh')).toContainText(/^李涛:/);
      await expect(p12.locator('.pair__en')).toContainText(/^Li Tao:/);
      // A second paragraph of the same turn does not repeat the name.
      await expect(pair(page, 'p13').locator('.pair__en')).not.toContainText(/^Li Tao:/);
      // Questions and answers look different.
      expect(await background(p11)).not.toBe(await background(p12));
    });

    await test.step('title, byline and source link are in the document header, not in a pair', async () => {
      const title = page.getByRole('heading', { level: 1 });
      await expect(title).toContainText('APUS创始人李涛');
      await expect(title).toContainText('APUS Founder Li Tao');
      // One line of byline; the rest of the credits and the source behind "About this text".
      const byline = page.locator('.doc-header__line').getByText('Zhou Xinyu', { exact: true });
      await expect(byline).toBeVisible();
      await page.getByText('About this text').click();
      const source = page.getByRole('link', { name: 'Original article' });
      await expect(source).toBeVisible();
      await expect(source).toHaveAttribute('href', 'http://m.xishuta.com/newsview68035.html');

      for (const [name, locator] of [
        ['title', title],
        ['byline', byline],
        ['source link', source],
      ] as const) {
        const where = await locator.evaluate((el) => ({
          inHeader: el.closest('article header') !== null,
          inPair: el.closest('[data-pair]') !== null,
        }));
        expect(where, `${name} sits in the document header, outside the pairs`).toEqual({
          inHeader: true,
          inPair: false,
        });
      }
      // The header comes before the first pair.
      expect((await boxOf(source)).y).toBeLessThan((await boxOf(pair(page, 'p1'))).y);
    });
  });

  test('a deep link scrolls its pair into view below the sticky header and marks it', {
    tag: '@phone',
  }, async ({ page }) => {
    await page.goto(`${readerPath('en')}#p12`);
    const p12 = pair(page, 'p12');
    await expect(p12).toBeInViewport();
    // Scrolled to the pair, not merely somewhere above it: its top is just below the header.
    const header = await headerBottom(page);
    await expect
      .poll(async () => (await boxOf(p12)).y - header, {
        message: 'p12 top, in px below the sticky header',
      })
      .toBeGreaterThanOrEqual(0);
    expect((await boxOf(p12)).y - header).toBeLessThan(40);

    // :target marks it: the same pair looks different once another pair is the target.
    const targeted = await background(p12);
    const p13 = pair(page, 'p13');
    await p13.getByRole('link', { name: /\(p13\)/ }).click();
    await expect(page).toHaveURL(/#p13$/);
    await expect.poll(() => background(p12)).not.toBe(targeted);
    // p13 has the same speaker as p12 (Li Tao), so it now looks like p12 did.
    await expect.poll(() => background(p13)).toBe(targeted);
  });
});
