import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { type Lng, pair, readerPath } from './fixtures';

const WORDS = {
  en: {
    pinyin: 'Pinyin',
    tones: 'Tones',
    colours: 'Tone colours',
    layout: 'Layout',
    characters: 'Characters',
    study: 'Study mode',
    revealSentence: 'Hidden English sentence: show it',
    revealParagraph: 'Hidden English paragraph: show it',
    hideAgain: 'Hide all again',
  },
  zh: {
    pinyin: '拼音',
    tones: '声调',
    colours: '声调着色',
    layout: '版式',
    characters: '简繁',
    study: '学习模式',
    revealSentence: '英文句子已隐藏，点击显示',
    revealParagraph: '英文段落已隐藏，点击显示',
    hideAgain: '全部重新隐藏',
  },
} as const;

const options = (page: Page) => page.locator('.reader-options');
const zhOf = (page: Page, id: string) => pair(page, id).locator('.pair__zh');
const enOf = (page: Page, id: string) => pair(page, id).locator('.pair__en');

/** The sentence holding `text`, found while the text is still plain (no pinyin). */
async function sentenceWith(page: Page, text: string): Promise<Locator> {
  const id = await page
    .locator('.sent[data-side="zh"]', { hasText: text })
    .first()
    .getAttribute('id');
  return page.locator(`[id="${id}"]`);
}

/** The reading shown over the `nth` occurrence of `character` in `sentence`. */
const readingOver = (sentence: Locator, character: string, nth = 0) =>
  sentence.locator('ruby', { hasText: character }).nth(nth).locator('rt');

test.describe('reading options', () => {
  for (const lng of ['en', 'zh'] as const) {
    test(`pinyin in context, as marks or numbers, without a second reading for screen readers (${lng})`, async ({
      page,
    }) => {
      const w = WORDS[lng];
      await page.goto(readerPath(lng));
      const sentence = await sentenceWith(page, '这关乎行业资源');
      const before = await sentence.ariaSnapshot();
      await expect(sentence.locator('ruby')).toHaveCount(0);

      await options(page).getByLabel(w.pinyin, { exact: true }).check();
      // 行 in 行业 is háng (not xíng).
      await expect(readingOver(sentence, '行')).toHaveText('háng');
      await expect(readingOver(sentence, '业')).toHaveText('yè');
      await expect(sentence.locator('rt').first()).toHaveAttribute('aria-hidden', 'true');
      // The same text, read once: Chromium separates ruby characters with spaces in the
      // accessibility tree, but no reading is added.
      const text = (snapshot: string) => snapshot.replace(/\s+/g, '');
      expect(text(await sentence.ariaSnapshot())).toBe(text(before));
      expect(await sentence.ariaSnapshot()).not.toMatch(/háng|yè/);

      await options(page).getByLabel(w.tones, { exact: true }).selectOption('numbers');
      await expect(readingOver(sentence, '行')).toHaveText('hang2');

      await options(page).getByLabel(w.colours, { exact: true }).check();
      await expect(sentence.locator('ruby[data-tone="2"]').first()).toHaveCSS(
        'color',
        'rgb(27, 110, 32)',
      );
    });
  }

  test('settings persist across a reload and other pages, and travel in the address', async ({
    page,
    browser,
  }) => {
    await page.goto(readerPath('en'));
    await options(page).getByLabel('Pinyin', { exact: true }).check();
    await options(page).getByLabel('Layout', { exact: true }).selectOption('interleaved');
    await expect(page).toHaveURL(/[?&]pinyin=marks/);
    await expect(page).toHaveURL(/[?&]layout=interleaved/);

    await page.reload();
    await expect(options(page).getByLabel('Pinyin', { exact: true })).toBeChecked();
    await expect(options(page).getByLabel('Layout', { exact: true })).toHaveValue('interleaved');
    await expect(zhOf(page, 'p1').locator('ruby').first()).toBeVisible();

    // Another page (the Chinese interface), opened without settings in its address.
    await page.goto(readerPath('zh'));
    await expect(options(page).getByLabel('拼音', { exact: true })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-layout', 'interleaved');

    // A shared address applies in a browser that has never stored anything.
    const other = await browser.newContext();
    const friend = await other.newPage();
    await friend.goto(`${readerPath('en')}?layout=en-only&script=traditional`);
    await expect(zhOf(friend, 'p1')).toBeHidden();
    await expect(enOf(friend, 'p1')).toBeVisible();
    await expect(options(friend).getByLabel('Characters', { exact: true })).toHaveValue(
      'traditional',
    );
    await other.close();
  });

  test('each layout puts the languages where it says', async ({ page }, testInfo) => {
    const wide = (page.viewportSize()?.width ?? 0) >= 768;
    await page.goto(readerPath('en'));
    const layout = options(page).getByLabel('Layout', { exact: true });
    const box = async (locator: Locator) => {
      const b = await locator.boundingBox();
      if (!b) throw new Error('not visible');
      return b;
    };

    await layout.selectOption('zh-right');
    const [zhRight, enLeft] = [await box(zhOf(page, 'p3')), await box(enOf(page, 'p3'))];
    if (wide) expect(enLeft.x).toBeLessThan(zhRight.x);
    else expect(enLeft.y).toBeLessThan(zhRight.y); // stacked: the first column comes first

    await layout.selectOption('interleaved');
    const [zh, en] = [await box(zhOf(page, 'p3')), await box(enOf(page, 'p3'))];
    expect(en.y).toBeGreaterThan(zh.y);
    expect(Math.abs(en.x - zh.x)).toBeLessThan(2);

    await layout.selectOption('zh-only');
    await expect(enOf(page, 'p3')).toBeHidden();
    await expect(zhOf(page, 'p3')).toBeVisible();

    await layout.selectOption('en-only');
    await expect(zhOf(page, 'p3')).toBeHidden();
    await expect(enOf(page, 'p3')).toBeVisible();
    testInfo.annotations.push({ type: 'viewport', description: wide ? 'side by side' : 'stacked' });
  });

  test('traditional characters in the text and the glossary tooltips, switchable back', async ({
    page,
  }) => {
    await page.goto(readerPath('zh'));
    const first = zhOf(page, 'p1').locator('.sent').first();
    await expect(first).toContainText('关注到大模型');
    const tipId = await page
      .locator('.term', { hasText: '创业者' })
      .first()
      .getAttribute('interestfor');
    const tip = page.locator(`[id="${tipId}"]`);
    await expect(tip.locator('.tip__term').first()).toHaveText('创业者');

    await options(page).getByLabel('简繁', { exact: true }).selectOption('traditional');
    await expect(first).toContainText('關注到大模型');
    await expect(first).toHaveAttribute('lang', 'zh-Hant');
    // The tooltip of 创业者 (a glossary term) names it in traditional characters.
    await page.locator('.term', { hasText: '創業者' }).first().focus();
    await expect(tip).toBeVisible();
    await expect(tip.locator('.tip__term[data-script="traditional"]')).toBeVisible();
    await expect(tip.locator('.tip__term[data-script="traditional"]')).toHaveText('創業者');
    await expect(tip.locator('.tip__term[data-script="simplified"]')).toBeHidden();
    await options(page).getByLabel('简繁', { exact: true }).selectOption('simplified');
    await expect(first).toContainText('关注到大模型');
    await expect(first).not.toHaveAttribute('lang', 'zh-Hant');
  });

  for (const lng of ['en', 'zh'] as const satisfies readonly Lng[]) {
    test(`study mode hides the English until it is revealed (${lng})`, async ({
      page,
      isMobile,
    }) => {
      const w = WORDS[lng];
      await page.goto(readerPath(lng));
      const sentences = await enOf(page, 'p2').locator('.sent').count();
      expect(sentences).toBeGreaterThanOrEqual(2);
      await options(page).getByLabel(w.study, { exact: true }).selectOption('sentence');
      const veiled = enOf(page, 'p2').getByRole('button', { name: w.revealSentence });
      await expect(veiled).toHaveCount(sentences);
      await expect(enOf(page, 'p2')).not.toContainText('2019', { useInnerText: true });
      if (isMobile) await veiled.first().tap();
      else await veiled.first().click();
      await expect(veiled).toHaveCount(sentences - 1);
      await expect(enOf(page, 'p2').locator('.sent').first()).toContainText('2019');

      // Keyboard: Enter on a veiled sentence reveals it.
      await veiled.first().focus();
      await page.keyboard.press('Enter');
      await expect(veiled).toHaveCount(sentences - 2);

      await options(page).getByLabel(w.study, { exact: true }).selectOption('paragraph');
      await options(page).getByRole('button', { name: w.hideAgain }).click();
      const paragraph = enOf(page, 'p4').getByRole('button', { name: w.revealParagraph });
      await paragraph.first().click();
      await expect(enOf(page, 'p4').getByRole('button')).toHaveCount(0);
      await expect(enOf(page, 'p5').getByRole('button').first()).toBeVisible();
    });
  }

  for (const query of [
    'pinyin=marks&colors=1',
    'pinyin=numbers&script=traditional&layout=zh-right',
    'layout=interleaved',
    'layout=zh-only',
    'layout=en-only',
    'study=sentence',
    'study=paragraph',
  ]) {
    test(`no axe violations with ${query}`, async ({ page }, testInfo) => {
      test.slow();
      await page.goto(`${readerPath('zh')}?${query}`);
      await expect(page.locator('html')).toHaveAttribute('data-layout', /./);
      // Every pair has the same markup: axe checks the options, a question, an answer with
      // notes and the caption, which keeps it to seconds over thousands of ruby elements.
      await expectNoAxeViolations(page, testInfo, {
        include: ['.reader-options', '[id="p1"]', '[id="p2"]', '[id="fig1"]', '[id="p10"]'],
      });
    });
  }
});

test('a text saved to my library gets the same options, pinyin and traditional included', async ({
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'the import journey runs on the desktop layout');
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

  await options(page).getByLabel('Pinyin', { exact: true }).check();
  await expect(page).toHaveURL(/[?&]id=.+[?&]pinyin=marks|[?&]pinyin=marks.*[?&]id=/);
  const first = page.locator('[data-pair]').first().locator('.pair__zh');
  await expect(readingOver(first, '行')).toHaveText('háng');
  const second = page.locator('[data-pair]').nth(1).locator('.pair__zh');
  await expect(readingOver(second, '长')).toHaveText('zhǎng');
  await options(page).getByLabel('Characters', { exact: true }).selectOption('traditional');
  await expect(first.locator('ruby', { hasText: '銀' })).toHaveCount(1);
});
