import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { type Lng, pair, readerPath, test, waitForHydration } from './fixtures';

const WORDS = {
  en: {
    options: 'Options',
    sheet: 'Reading options',
    pinyin: 'Pinyin',
    pinyinOff: 'Off',
    marks: 'Marks (háng)',
    numbers: 'Numbers (hang2)',
    colours: 'Tone colours',
    layouts: {
      'zh-right': 'Side by side, Chinese right',
      interleaved: 'Interleaved',
      'zh-only': 'Chinese only',
      'en-only': 'English only',
    },
    traditional: 'Traditional',
    simplified: 'Simplified',
    bySentence: 'Hide English, reveal by sentence',
    byParagraph: 'Hide English, reveal by paragraph',
    study: 'Study',
    revealSentence: 'Hidden English sentence: show it',
    revealParagraph: 'Hidden English paragraph: show it',
    hideAgain: 'Hide all again',
  },
  zh: {
    options: '设置',
    sheet: '阅读设置',
    pinyin: '拼音',
    pinyinOff: '不显示',
    marks: '调号（háng）',
    numbers: '数字（hang2）',
    colours: '声调着色',
    layouts: {
      'zh-right': '左右对照，中文在右',
      interleaved: '逐段交替',
      'zh-only': '只看中文',
      'en-only': '只看英文',
    },
    traditional: '繁体',
    simplified: '简体',
    bySentence: '隐藏英文，逐句显示',
    byParagraph: '隐藏英文，逐段显示',
    study: '学习',
    revealSentence: '英文句子已隐藏，点击显示',
    revealParagraph: '英文段落已隐藏，点击显示',
    hideAgain: '全部重新隐藏',
  },
} as const;

const zhOf = (page: Page, id: string) => pair(page, id).locator('.pair__zh');
const enOf = (page: Page, id: string) => pair(page, id).locator('.pair__en');

/** Opens the options sheet, acts in it, and closes it again (Escape). */
async function inSheet(page: Page, lng: Lng, act: (sheet: Locator) => Promise<void>) {
  await page.getByRole('button', { name: WORDS[lng].options }).click();
  const sheet = page.getByRole('dialog', { name: WORDS[lng].sheet });
  await expect(sheet).toBeVisible();
  await act(sheet);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
}

/** Chooses one value of a setting in the sheet (its radio button or checkbox, by label). */
const choose = (page: Page, lng: Lng, label: string) =>
  inSheet(page, lng, (sheet) => sheet.getByLabel(label, { exact: true }).check());

/** The sentence holding `text`, found while the text is still plain (no pinyin). */
async function sentenceWith(page: Page, text: string): Promise<Locator> {
  const id = await page
    .locator('.sent[data-side="zh"]', { hasText: text })
    .first()
    .getAttribute('id');
  return page.locator(`[id="${id}"]`);
}

/**
 * Axe on the reader as the options left it. Every pair has the same markup: axe checks the
 * toolbar, a question, an answer with notes and the caption, which keeps it to seconds over
 * thousands of ruby elements. Each state is checked where a journey reaches it (no page load
 * of its own).
 */
const expectReaderPasses = (page: Page, testInfo: TestInfo) =>
  expectNoAxeViolations(page, testInfo, {
    include: ['.reader-toolbar', '[id="p1"]', '[id="p2"]', '[id="fig1"]', '[id="p10"]'],
  });

/** The pinyin shown over the word (one ruby per word) that holds `text`. */
const readingOver = (sentence: Locator, text: string, nth = 0) =>
  sentence.locator('ruby', { hasText: text }).nth(nth).locator('rt');

test.describe('reading options', () => {
  for (const lng of ['en', 'zh'] as const) {
    test(`pinyin in context, as marks or numbers, without a second reading for screen readers (${lng})`, async ({
      page,
    }, testInfo) => {
      const w = WORDS[lng];
      await page.goto(readerPath(lng));
      await waitForHydration(page);
      const sentence = await sentenceWith(page, '这关乎行业资源');
      const before = await sentence.ariaSnapshot();
      await expect(sentence.locator('ruby')).toHaveCount(0);

      await choose(page, lng, w.marks);
      // 行 in 行业 is háng (not xíng); the word's syllables are written together over it.
      await expect(readingOver(sentence, '行业')).toHaveText('hángyè');
      await expect(sentence.locator('rt').first()).toHaveAttribute('aria-hidden', 'true');
      // The same text, read once: Chromium separates ruby characters with spaces in the
      // accessibility tree, but no reading is added.
      const text = (snapshot: string) => snapshot.replace(/\s+/g, '');
      expect(text(await sentence.ariaSnapshot())).toBe(text(before));
      expect(await sentence.ariaSnapshot()).not.toMatch(/háng|yè/);

      await choose(page, lng, w.numbers);
      await expect(readingOver(sentence, '行业')).toHaveText('hang2ye4');

      await choose(page, lng, w.colours);
      await expect(sentence.locator('ruby [data-tone="2"]').first()).toHaveCSS(
        'color',
        'rgb(27, 110, 32)',
      );
      // Pinyin is at least 12 px on any screen.
      const size = await sentence
        .locator('rt')
        .first()
        .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(12);
      // Numbers in tone colours (marks in tone colours: dictionary.spec's contrast journey).
      if (lng === 'zh') await expectReaderPasses(page, testInfo);
    });
  }

  test('settings persist across a reload and other pages, and travel in the address', async ({
    page,
    browser,
  }) => {
    await page.goto(readerPath('en'));
    await waitForHydration(page);
    await inSheet(page, 'en', async (sheet) => {
      await sheet.getByLabel(WORDS.en.marks, { exact: true }).check();
      await sheet.getByLabel(WORDS.en.layouts.interleaved, { exact: true }).check();
    });
    await expect(page).toHaveURL(/[?&]pinyin=marks/);
    await expect(page).toHaveURL(/[?&]layout=interleaved/);

    await page.reload();
    await waitForHydration(page);
    await expect(zhOf(page, 'p1').locator('ruby').first()).toBeVisible();
    await inSheet(page, 'en', async (sheet) => {
      await expect(sheet.getByLabel(WORDS.en.marks, { exact: true })).toBeChecked();
      await expect(sheet.getByLabel(WORDS.en.layouts.interleaved, { exact: true })).toBeChecked();
    });

    // Another page (the Chinese interface), opened without settings in its address.
    await page.goto(readerPath('zh'));
    await expect(page.locator('html')).toHaveAttribute('data-layout', 'interleaved');
    await expect(zhOf(page, 'p1').locator('ruby').first()).toBeVisible();

    // A shared address applies in a browser that has never stored anything.
    const other = await browser.newContext();
    const friend = await other.newPage();
    await friend.goto(`${readerPath('en')}?layout=en-only&script=traditional`);
    await expect(zhOf(friend, 'p1')).toBeHidden();
    await expect(enOf(friend, 'p1')).toBeVisible();
    await expect(friend.locator('html')).toHaveAttribute('data-script', 'traditional');
    await other.close();
  });

  test('each layout puts the languages where it says, and passes axe', async ({
    page,
  }, testInfo) => {
    test.slow(); // four axe runs
    const wide = (page.viewportSize()?.width ?? 0) >= 768;
    await page.goto(readerPath('en'));
    await waitForHydration(page);
    const layout = {
      selectOption: (value: keyof typeof WORDS.en.layouts) =>
        choose(page, 'en', WORDS.en.layouts[value]),
    };
    const box = async (locator: Locator) => {
      const b = await locator.boundingBox();
      if (!b) throw new Error('not visible');
      return b;
    };

    await layout.selectOption('zh-right');
    const [zhRight, enLeft] = [await box(zhOf(page, 'p3')), await box(enOf(page, 'p3'))];
    if (wide) expect(enLeft.x).toBeLessThan(zhRight.x);
    else expect(enLeft.y).toBeLessThan(zhRight.y); // stacked: the first column comes first
    await expectReaderPasses(page, testInfo);

    await layout.selectOption('interleaved');
    const [zh, en] = [await box(zhOf(page, 'p3')), await box(enOf(page, 'p3'))];
    expect(en.y).toBeGreaterThan(zh.y);
    expect(Math.abs(en.x - zh.x)).toBeLessThan(2);
    await expectReaderPasses(page, testInfo);

    await layout.selectOption('zh-only');
    await expect(enOf(page, 'p3')).toBeHidden();
    await expect(zhOf(page, 'p3')).toBeVisible();
    await expectReaderPasses(page, testInfo);

    await layout.selectOption('en-only');
    await expect(zhOf(page, 'p3')).toBeHidden();
    await expect(enOf(page, 'p3')).toBeVisible();
    await expectReaderPasses(page, testInfo);
    testInfo.annotations.push({ type: 'viewport', description: wide ? 'side by side' : 'stacked' });
  });

  test('traditional characters in the text and the glossary tooltips, switchable back', async ({
    page,
  }, testInfo) => {
    await page.goto(readerPath('zh'));
    await waitForHydration(page);
    const first = zhOf(page, 'p1').locator('.sent').first();
    await expect(first).toContainText('关注到大模型');
    const tipId = await page
      .locator('.term', { hasText: '创业者' })
      .first()
      .getAttribute('interestfor');
    const tip = page.locator(`[id="${tipId}"]`);
    await expect(tip.locator('.tip__term').first()).toHaveText('创业者');

    await choose(page, 'zh', WORDS.zh.traditional);
    await expect(first).toContainText('關注到大模型');
    await expect(first).toHaveAttribute('lang', 'zh-Hant');
    // The tooltip of 创业者 (a glossary term) names it in traditional characters.
    await page.locator('.term', { hasText: '創業者' }).first().focus();
    await expect(tip).toBeVisible();
    await expect(tip.locator('.tip__term[data-script="traditional"]')).toBeVisible();
    await expect(tip.locator('.tip__term[data-script="traditional"]')).toHaveText('創業者');
    await expect(tip.locator('.tip__term[data-script="simplified"]')).toBeHidden();
    await expectReaderPasses(page, testInfo);
    await choose(page, 'zh', WORDS.zh.simplified);
    await expect(first).toContainText('关注到大模型');
    await expect(first).not.toHaveAttribute('lang', 'zh-Hant');
  });

  for (const lng of ['en', 'zh'] as const satisfies readonly Lng[]) {
    test(`study mode hides the English until it is revealed (${lng})`, async ({
      page,
      isMobile,
    }, testInfo) => {
      const w = WORDS[lng];
      await page.goto(readerPath(lng));
      await waitForHydration(page);
      const sentences = await enOf(page, 'p2').locator('.sent').count();
      expect(sentences).toBeGreaterThanOrEqual(2);
      // The toolbar's Study button turns it on, revealing by sentence.
      await page.getByRole('button', { name: w.study, exact: true }).click();
      await expect(page.getByRole('button', { name: w.study, exact: true })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      const veiled = enOf(page, 'p2').getByRole('button', { name: w.revealSentence });
      await expect(veiled).toHaveCount(sentences);
      // Veiled: the text keeps its place but is not shown.
      await expect(veiled.first()).toHaveCSS('color', 'rgba(0, 0, 0, 0)');
      if (lng === 'zh') await expectReaderPasses(page, testInfo);
      if (isMobile) await veiled.first().tap();
      else await veiled.first().click();
      await expect(veiled).toHaveCount(sentences - 1);
      await expect(enOf(page, 'p2').locator('.sent').first()).toContainText('2019');

      // Keyboard: Enter on a veiled sentence reveals it.
      await veiled.first().focus();
      await page.keyboard.press('Enter');
      await expect(veiled).toHaveCount(sentences - 2);

      await choose(page, lng, w.byParagraph);
      await page.getByRole('button', { name: w.hideAgain }).click();
      const paragraph = enOf(page, 'p4').getByRole('button', { name: w.revealParagraph });
      await paragraph.first().click();
      await expect(enOf(page, 'p4').getByRole('button')).toHaveCount(0);
      await expect(enOf(page, 'p5').getByRole('button').first()).toBeVisible();
      if (lng === 'zh') await expectReaderPasses(page, testInfo);
    });
  }
});

test('a text saved to my library gets the same options, pinyin and traditional included', async ({
  page,
}) => {
  await page.goto('/en/import');
  await page.getByLabel('Chinese text', { exact: true }).fill('我们去银行。\n\n他长大了。');
  await page
    .getByLabel('English translation', { exact: true })
    .fill('We go to the bank.\n\nHe has grown up.');
  await page.getByRole('button', { name: 'Align' }).click();
  await page.getByRole('button', { name: 'Save to my library' }).click({ timeout: 20_000 });
  await expect(page.getByText('Saved to your library.')).toBeVisible();
  await page.goto('/en');
  await page
    .getByRole('region', { name: 'My library' })
    .getByRole('link', { name: /我们去银行/ })
    .first()
    .click();
  await expect(page.locator('[data-pair]')).toHaveCount(2);
  await waitForHydration(page);

  await choose(page, 'en', WORDS.en.marks);
  await expect(page).toHaveURL(/[?&]id=.+[?&]pinyin=marks|[?&]pinyin=marks.*[?&]id=/);
  const first = page.locator('[data-pair]').first().locator('.pair__zh');
  await expect(first.locator('rt', { hasText: 'háng' })).toHaveCount(1);
  const second = page.locator('[data-pair]').nth(1).locator('.pair__zh');
  await expect(second.locator('rt', { hasText: 'zhǎng' })).toHaveCount(1);
  await choose(page, 'en', WORDS.en.traditional);
  await expect(first.locator('ruby', { hasText: '銀' })).toHaveCount(1);
});
