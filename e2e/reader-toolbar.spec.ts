import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import {
  boxOf,
  clickInPlace,
  computed,
  type Lng,
  pair,
  readerPath,
  readerSwitcher,
  test,
  waitForHydration,
} from './fixtures';

/**
 * The reader on a phone and a laptop: the text on the first screen, a compact sticky toolbar
 * with the options in a sheet, the place kept across a change of interface language, print,
 * one-language columns and the uncertain-link marks (issue 10).
 */

const WORDS = {
  en: {
    toolbar: 'Reading tools',
    options: 'Options',
    sheet: 'Reading options',
    close: 'Close',
    interleaved: 'Interleaved',
    zhOnly: 'Chinese only',
    marks: 'Marks (háng)',
    uncertain: 'Mark uncertain sentence links',
    switcher: '中文',
  },
  zh: {
    toolbar: '阅读工具',
    options: '设置',
    sheet: '阅读设置',
    close: '关闭',
    interleaved: '逐段交替',
    zhOnly: '只看中文',
    marks: '调号（háng）',
    uncertain: '标出不确定的句子对应',
    switcher: 'English',
  },
} as const;

const toolbar = (page: Page, lng: Lng) => page.getByRole('toolbar', { name: WORDS[lng].toolbar });
const sheet = (page: Page, lng: Lng) => page.getByRole('dialog', { name: WORDS[lng].sheet });
const firstChinese = (page: Page) => page.locator('.sent[data-side="zh"]').first();

for (const lng of ['en', 'zh'] as const) {
  const w = WORDS[lng];

  test.describe(`the reader's first screen and toolbar (${lng})`, () => {
    // One load: the first screen as it opens, then the options sheet from it.
    test(
      'shows the text on the first screen (top 60% of a 390×844 phone, top half of a 1280×800 laptop), and opens the options in a sheet by touch or click, changes applying at once',
      {
        tag: '@phone',
      },
      async ({ page, isMobile }, testInfo) => {
        const size = isMobile ? { width: 390, height: 844 } : { width: 1280, height: 800 };
        await page.setViewportSize(size);
        await page.goto(readerPath(lng));
        await waitForHydration(page);
        await test.step('the text on the first screen, under a toolbar of one row', async () => {
          const top = (await boxOf(firstChinese(page))).y;
          expect(top).toBeLessThan(size.height * (isMobile ? 0.6 : 0.5));
          // One row, at most 56 px.
          expect((await boxOf(toolbar(page, lng))).height).toBeLessThanOrEqual(56);
        });

        await test.step('opens the options in a sheet by touch or click, and changes apply at once', async () => {
          await clickInPlace(page, page.getByRole('button', { name: w.options }), isMobile);
          await expect(sheet(page, lng)).toBeVisible();
          // Keyboard hints only where there is a keyboard (the keyboard journey below sees them).
          if (isMobile) await expect(sheet(page, lng).locator('.options-sheet__keys')).toBeHidden();
          await expectNoAxeViolations(page, testInfo, { include: ['.options-sheet'] });
          await sheet(page, lng).getByLabel(w.interleaved).check();
          await expect(page.locator('html')).toHaveAttribute('data-layout', 'interleaved');
          await expect(page).toHaveURL(/\?layout=interleaved$/);
          await clickInPlace(
            page,
            sheet(page, lng).getByRole('button', { name: w.close }),
            isMobile,
          );
          await expect(sheet(page, lng)).toBeHidden();
        });
      },
    );

    // A phone shows one column anyway: this and the journeys below run on the desktop only.
    test('puts a one-language layout in one centred column of comfortable measure', async ({
      page,
    }, testInfo) => {
      await page.goto(`${readerPath(lng)}?layout=zh-only`);
      await waitForHydration(page);
      const box = await boxOf(pair(page, 'p3'));
      const viewport = page.viewportSize()?.width ?? 0;
      expect(box.width).toBeLessThanOrEqual(44 * 16);
      const left = box.x;
      const right = viewport - (box.x + box.width);
      expect(Math.abs(left - right)).toBeLessThan(24); // centred (the scrollbar aside)
      await expect(pair(page, 'p3').locator('.pair__en')).toBeHidden();
      await expectNoAxeViolations(page, testInfo, { include: ['#p3'] });
    });

    // One page load: uncertain links unmarked, what print media hides, the sticky toolbar and
    // the sheet by keyboard; then the addresses that mark uncertain links.
    test('on a laptop: prints only the text, keeps the toolbar in reach by keyboard, works the sheet from the keyboard, marks uncertain links only when asked', async ({
      page,
    }) => {
      await page.goto(readerPath(lng));
      await waitForHydration(page);
      const uncertain = page.locator('.parallel .sent[data-note]').first();
      await test.step('leaves uncertain links unmarked by default', async () => {
        await expect(uncertain).toBeAttached();
        expect(await computed(uncertain, 'text-decoration-line')).toBe('none');
      });
      await test.step('prints the title, the byline, the texts and the notes: no controls, hints, marks or underlines', async () => {
        await page.emulateMedia({ media: 'print' });
        for (const selector of ['.site-header', '.reader-toolbar', '.pair__link', '.site-footer'])
          expect(await computed(page.locator(selector).first(), 'display'), selector).toBe('none');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('.doc-header__line')).toBeVisible();
        await expect(page.locator('.note').first()).toBeVisible();
        const term = page.locator('.parallel .term').first();
        expect(await computed(term, 'text-decoration-line')).toBe('none');
        expect(await computed(pair(page, 'p2'), 'break-inside')).toBe('avoid');
        const sticky = await page.evaluate(
          () =>
            [...document.querySelectorAll('body *')].filter(
              (el) =>
                ['sticky', 'fixed'].includes(getComputedStyle(el).position) &&
                el.getClientRects().length > 0,
            ).length,
        );
        expect(sticky).toBe(0);
        await page.emulateMedia({ media: 'screen' });
      });

      await test.step('keeps the toolbar in reach while reading, without covering the sentence read', async () => {
        const sentence = page.locator('[id="p20.zh1"]');
        await sentence.focus();
        await page.keyboard.press('ArrowDown');
        const bar = await boxOf(toolbar(page, lng));
        expect(bar.y).toBe(0);
        const focused = await boxOf(page.locator('.sent:focus'));
        expect(focused.y).toBeGreaterThanOrEqual(bar.y + bar.height);
      });

      await test.step('works the sheet from the keyboard: Enter opens, arrows choose, Escape closes and returns', async () => {
        const button = page.getByRole('button', { name: w.options });
        await button.focus();
        await page.keyboard.press('Enter');
        await expect(sheet(page, lng)).toBeVisible();
        // Keyboard hints are there for a keyboard.
        await expect(sheet(page, lng).locator('.options-sheet__keys')).toBeVisible();
        const layout = sheet(page, lng).getByRole('radio').first();
        await layout.focus();
        await page.keyboard.press('ArrowDown');
        await expect(page.locator('html')).toHaveAttribute('data-layout', 'zh-right');
        await page.keyboard.press('Escape');
        await expect(sheet(page, lng)).toBeHidden();
        await expect(button).toBeFocused();
      });

      await test.step('marks uncertain links when asked, and always in the review', async () => {
        await page.goto(`${readerPath(lng)}?uncertain=1`);
        expect(await computed(uncertain, 'text-decoration-line')).toBe('underline');
        expect(await computed(uncertain, 'text-decoration-style')).toBe('dashed');
        await page.goto(readerPath(lng).replace('/read/', '/review/'));
        const inReview = page.locator('.parallel .sent[data-note]').first();
        expect(await computed(inReview, 'text-decoration-line')).toBe('underline');
      });
    });
  });

  test(`keeps the place and the options across a change of interface language (${lng})`, {
    tag: '@phone',
  }, async ({ page, isMobile }) => {
    await page.goto(`${readerPath(lng)}?layout=interleaved&pinyin=marks`);
    await waitForHydration(page);
    await expect(page.locator('.parallel ruby').first()).toBeAttached(); // the text has settled
    const sentence = page.locator('[id="p20.zh1"]');
    await sentence.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -120);
    });
    const before = (await boxOf(sentence)).y;
    await clickInPlace(page, await readerSwitcher(page, isMobile), isMobile);
    const other: Lng = lng === 'en' ? 'zh' : 'en';
    await expect(page).toHaveURL(
      new RegExp(`/${other}/read/[^?#]+\\?layout=interleaved&pinyin=marks$`),
    );
    await waitForHydration(page);
    await expect(page.locator('html')).toHaveAttribute('data-layout', 'interleaved');
    // The same sentence within a line of where it was, and no pair styled as the link target.
    await expect.poll(async () => Math.abs((await boxOf(sentence)).y - before)).toBeLessThan(32);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await expect(page.locator(':target')).toHaveCount(0);
  });
}

test('reads as before without JavaScript: the text is there, the toolbar is not', {
  tag: '@phone',
}, async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(readerPath('en'));
  await expect(firstChinese(page)).toBeVisible();
  await expect(page.locator('.reader-toolbar')).toBeHidden();
  await context.close();
});
