import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { charPoint, pressChar } from './char-point';
import { type Lng, readerPath, test, tooltipOf, waitForHydration } from './fixtures';
import { storedWords } from './vocabulary-store';

/** The interface's words, as a reader sees them. */
const UI = {
  en: {
    title: (word: string) => `Dictionary: ${word}`,
    previousWord: 'Previous word',
    nextWord: 'Next word',
    previousChar: 'Previous character',
    nextChar: 'Next character',
    close: 'Close',
    glossary: 'Glossary',
    rendering: 'In our translation',
    save: (word: string) => new RegExp(`^Save ${word} \\(`),
    saved: '✓ Saved',
    savedStatus: (word: string) => `Saved ${word} to your vocabulary.`,
    vocabulary: 'Your vocabulary',
    unreachable: 'The dictionary could not be loaded. Check your connection and try again.',
    retry: 'Try again',
    others: 'Other words with this character',
    alsoWritten: 'Also written',
    level: (n: string) => `HSK ${n}`,
    levelParts: (n: string) => `HSK ${n} by its parts`,
    beyond: 'Not in the HSK lists',
    options: 'Options',
    sheet: 'Reading options',
    above: 'Mark words above',
    aboveOff: 'Off',
  },
  zh: {
    title: (word: string) => `词典：${word}`,
    previousWord: '上一个词',
    nextWord: '下一个词',
    previousChar: '上一个字',
    nextChar: '下一个字',
    close: '关闭',
    glossary: '术语表',
    rendering: '本文译法',
    save: (word: string) => new RegExp(`^收藏“${word}”`),
    saved: '✓ 已收藏',
    savedStatus: (word: string) => `已将“${word}”收入生词本。`,
    vocabulary: '查看生词本',
    unreachable: '词典未能载入。请检查网络连接后重试。',
    retry: '重试',
    others: '含此字的其他词',
    alsoWritten: '又作',
    level: (n: string) => `HSK ${n}级`,
    levelParts: (n: string) => `按组成部分为 HSK ${n}级`,
    beyond: 'HSK 词表未收',
    options: '设置',
    sheet: '阅读设置',
    above: '标出超出此等级的词',
    aboveOff: '不标出',
  },
} as const;

/** What the popup fetches on first use: the dictionary extract and the reading data (words). */
const LOOKUP_DATA = /\/data\/(dictionary|reading)\/apus-li-tao-interview\.json$/;
const DICTIONARY_FILE = /\/data\/dictionary\/apus-li-tao-interview\.json$/;

const sentence = (page: Page, id: string) => page.locator(`[id="${id}"]`);
const popup = (page: Page) => page.locator('.dict[role="dialog"]');
/** The words the popup shows, in order: the first in its top bar (h2), the others (h3). */
const words = (page: Page) => popup(page).locator('h2, h3');
const bar = (page: Page) => popup(page).locator('.dict__bar');
const level = (page: Page) => bar(page).locator('.dict__level');

const press = (target: Locator, touch: boolean) => (touch ? target.tap() : target.click());

/** The text under one of the popup's highlights (the CSS Custom Highlight API). */
const highlighted = (page: Page, name: 'word' | 'char') =>
  page.evaluate(
    (key) => [...(CSS.highlights.get(key) ?? [])].map((range) => String(range)).join(''),
    `dictionary-${name}`,
  );

/** Whether an element lies wholly inside what the reader sees (the visual viewport). */
const onScreen = (target: Locator) =>
  target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const view = window.visualViewport;
    const left = view?.offsetLeft ?? 0;
    const top = view?.offsetTop ?? 0;
    const right = left + (view?.width ?? window.innerWidth);
    const bottom = top + (view?.height ?? window.innerHeight);
    return box.left >= left && box.top >= top && box.right <= right && box.bottom <= bottom;
  });

/** Looks up 次 in 第一次 (interview p2: "第一次是在2019年，李涛和…"). */
async function lookUpCi(page: Page, lng: Lng, touch: boolean) {
  await pressChar(page, sentence(page, 'p2.zh1'), '次', touch);
  await expect(popup(page)).toHaveAccessibleName(UI[lng].title('第一次'));
}

/*
 * The lookup and its stepping run in both interfaces; journeys whose behaviour does not depend on
 * the interface's words run once, in one interface or the other.
 */
for (const lng of ['en', 'zh'] as const satisfies readonly Lng[]) {
  const ui = UI[lng];

  test.describe(`dictionary (/${lng})`, () => {
    test(
      'a tap or click on 次 shows the word holding it, 第一次, then the other words through 次; the popup loads only then',
      { tag: '@phone' },
      async ({ page, isMobile }, testInfo) => {
        const data: string[] = [];
        const scripts: string[] = [];
        page.on('request', (request) => {
          if (LOOKUP_DATA.test(request.url())) data.push(request.url());
          if (request.resourceType() === 'script') scripts.push(request.url());
        });
        await page.goto(readerPath(lng));
        await waitForHydration(page);
        expect(data, 'no dictionary or reading data before the first lookup').toEqual([]);
        const scriptsBefore = scripts.length;

        await lookUpCi(page, lng, isMobile);
        await expect(popup(page)).toBeFocused();
        await expect(words(page)).toHaveText(['第一次', '一次', '次']);
        await expect(bar(page).locator('[lang="zh-Latn-pinyin"]')).toHaveText('dì yī cì');
        await expect(popup(page).locator('.dict__others')).toHaveText(ui.others);
        // 第一次 is not in the HSK 3.0 list; 第, 一 and 次 are all level 1.
        await expect(level(page)).toHaveText(ui.levelParts('1'));
        expect(await highlighted(page, 'word')).toBe('第一次');
        expect(await highlighted(page, 'char')).toBe('次');
        expect(await onScreen(popup(page)), 'the popup is on screen').toBe(true);
        expect(data.filter((url) => DICTIONARY_FILE.test(url))).toHaveLength(1);
        expect(data).toHaveLength(2);
        expect(scripts.length, "the popup's code comes with the first lookup").toBeGreaterThan(
          scriptsBefore,
        );
        await expectNoAxeViolations(page, testInfo, { include: ['.dict'] });

        // A tap or click elsewhere closes it; another word opens without fetching again.
        const corner = { x: 4, y: (page.viewportSize()?.height ?? 600) - 4 }; // the page's margin
        if (isMobile) await page.touchscreen.tap(corner.x, corner.y);
        else await page.mouse.click(corner.x, corner.y);
        await expect(popup(page)).toHaveCount(0);
        // 李涛, a name: the document's own word, in no dictionary and no HSK list.
        await pressChar(page, sentence(page, 'p2.zh1'), '涛', isMobile);
        await expect(popup(page)).toHaveAccessibleName(ui.title('李涛'));
        await expect(level(page)).toHaveText(ui.beyond);
        expect(await highlighted(page, 'word')).toBe('李涛');
        // 创始人 ("founder", later in the sentence): listed at HSK 7–9.
        await pressChar(page, sentence(page, 'p2.zh1'), '始', isMobile);
        await expect(popup(page)).toHaveAccessibleName(ui.title('创始人'));
        await expect(level(page)).toHaveText(ui.level('7–9'));
        expect(data).toHaveLength(2);
      },
    );

    test(
      'the buttons step a word or a character at a time; a variant spelling is folded under its entry',
      { tag: '@phone' },
      async ({ page, isMobile }, testInfo) => {
        await page.goto(readerPath(lng));
        await waitForHydration(page);
        await lookUpCi(page, lng, isMobile);
        const step = (name: string) => press(popup(page).getByRole('button', { name }), isMobile);

        // 第一次 | 是 | 在 | 2019 | 年: words, skipping the digits.
        await step(ui.nextWord);
        await expect(popup(page)).toHaveAccessibleName(ui.title('是'));
        // A variant spelling is folded under its entry, without a row or a Save button of its
        // own: 是 has a second CC-CEDICT entry, 昰 "variant of 是[shi4]".
        const entries = popup(page).locator('.dict__body > .dict__entries > .dict__entry');
        await expect(entries).toHaveCount(1);
        await expect(entries.first()).toContainText(`${ui.alsoWritten} 昰`);
        await expect(entries.first().getByRole('button')).toHaveCount(0); // its Save is at the top
        await expect(popup(page).getByRole('button', { name: ui.save('是') })).toHaveCount(1);
        await expect(level(page)).toHaveText(ui.level('1'));
        await step(ui.nextWord);
        await step(ui.nextWord);
        await expect(popup(page)).toHaveAccessibleName(ui.title('年'));
        await step(ui.previousWord);
        await step(ui.previousWord);
        await expect(popup(page)).toHaveAccessibleName(ui.title('是'));

        // Back a character: 次, then 一, within 第一次; the words through each.
        await step(ui.previousChar);
        await expect(popup(page)).toHaveAccessibleName(ui.title('第一次'));
        expect(await highlighted(page, 'char')).toBe('次');
        await step(ui.previousChar);
        await expect(words(page)).toHaveText(['第一次', '第一', '一次', '一']);
        expect(await highlighted(page, 'word')).toBe('第一次');
        expect(await highlighted(page, 'char')).toBe('一');
        await expectNoAxeViolations(page, testInfo, { include: ['.dict'] });
        await step(ui.nextChar);
        await expect(words(page)).toHaveText(['第一次', '一次', '次']);

        await press(popup(page).getByRole('button', { name: ui.close }), isMobile);
        await expect(popup(page)).toHaveCount(0);
        expect(await highlighted(page, 'word')).toBe('');
      },
    );

    test('keyboard: Enter opens, ←/→ step words and Shift+←/→ characters across sentences, Escape returns focus', async ({
      page,
    }) => {
      await page.goto(readerPath(lng));
      await waitForHydration(page);
      const second = sentence(page, 'p2.zh1');
      await second.focus();
      await page.keyboard.press('Enter');
      await expect(popup(page)).toBeFocused();
      await expect(popup(page)).toHaveAccessibleName(ui.title('第一次'));
      expect(await highlighted(page, 'char')).toBe('第');

      // Back a word from the first of p2: the last word of p1 (多, before 。).
      await page.keyboard.press('ArrowLeft');
      await expect(popup(page)).toHaveAccessibleName(ui.title('多'));
      await page.keyboard.press('ArrowRight');
      await expect(popup(page)).toHaveAccessibleName(ui.title('第一次'));
      await page.keyboard.press('Shift+ArrowRight');
      await expect(popup(page)).toHaveAccessibleName(ui.title('第一次'));
      expect(await highlighted(page, 'char')).toBe('一');
      await page.keyboard.press('Shift+ArrowRight');
      expect(await highlighted(page, 'char')).toBe('次');
      await page.keyboard.press('Shift+ArrowRight');
      await expect(popup(page)).toHaveAccessibleName(ui.title('是'));
      await page.keyboard.press('Shift+ArrowLeft');
      await expect(popup(page)).toHaveAccessibleName(ui.title('第一次'));

      await page.keyboard.press('Escape');
      await expect(popup(page)).toHaveCount(0);
      await expect(second).toBeFocused();

      // Before the first word of the text there is nothing: the popup stays.
      await sentence(page, 'p1.zh1').focus();
      await page.keyboard.press('Enter');
      await expect(popup(page)).toHaveAccessibleName(ui.title('关注'));
      await page.keyboard.press('ArrowLeft');
      await expect(popup(page)).toHaveAccessibleName(ui.title('关注'));
      await page.keyboard.press('Escape');
      await expect(popup(page)).toHaveCount(0);
      await expect(sentence(page, 'p1.zh1')).toBeFocused();
    });

    if (lng === 'zh')
      test(
        'Save at the top, in view on a phone, saves the word with its sentence; the vocabulary lists it',
        { tag: '@phone' },
        async ({ page, isMobile }, testInfo) => {
          await page.goto(readerPath(lng));
          await waitForHydration(page);
          await lookUpCi(page, lng, isMobile);
          const save = bar(page).locator('.dict__save button');
          await expect(save).toHaveAccessibleName(ui.save('第一次'));
          expect(await onScreen(save), 'Save is on screen without scrolling').toBe(true);
          const popupBox = await popup(page).boundingBox();
          const saveBox = await save.boundingBox();
          expect(saveBox && popupBox && saveBox.y - popupBox.y).toBeLessThan(80);
          await press(save, isMobile);
          await expect(save).toHaveText(ui.saved);
          await expect(
            popup(page)
              .getByRole('status')
              .filter({ hasText: ui.savedStatus('第一次') }),
          ).toHaveCount(1);
          expect(await storedWords(page)).toEqual(['第一次']);
          await expectNoAxeViolations(page, testInfo, { include: ['.dict'] });

          await press(popup(page).getByRole('link', { name: ui.vocabulary }), isMobile);
          await expect(page).toHaveURL(new RegExp(`/${lng}/vocabulary/?$`));
          await expect(page.getByText('第一次', { exact: true }).first()).toBeVisible();
          await expect(page.getByText('the first time; for the first time').first()).toBeVisible();
          await expect(
            page.locator('p[lang="zh-Hans"]', { hasText: '第一次是在2019年' }).first(),
          ).toBeVisible();
        },
      );

    if (lng === 'en')
      test('a glossary term shows its glossary entry first', async ({ page, isMobile }) => {
        await page.goto(readerPath(lng));
        await waitForHydration(page);
        const term = sentence(page, 'p1.zh1').locator('button.term', { hasText: '全球化' });
        await press(term, isMobile);
        await expect(popup(page)).toHaveAccessibleName(ui.title('全球化'));
        const entries = popup(page).locator('.dict__body > .dict__entries > .dict__entry');
        await expect(entries.first()).toHaveAttribute('data-source', 'glossary');
        await expect(entries.first()).toContainText(ui.glossary);
        await expect(entries.first()).toContainText(ui.rendering);
        await expect(entries.first()).toContainText('globalization');
        await expect(entries.nth(1)).toHaveAttribute('data-source', 'cedict');
        // The term's hint tooltip does not stay open over the popup.
        await expect(await tooltipOf(term)).toBeHidden();
      });

    if (lng === 'zh')
      test('offline, the popup says the dictionary could not be loaded, and Try again loads it', async ({
        page,
        isMobile,
      }) => {
        await page.goto(readerPath(lng));
        await waitForHydration(page);
        await page.route(DICTIONARY_FILE, (route) => route.abort('internetdisconnected'));
        await pressChar(page, sentence(page, 'p2.zh1'), '次', isMobile);
        await expect(popup(page)).toContainText(ui.unreachable);
        await page.unroute(DICTIONARY_FILE);
        await press(popup(page).getByRole('button', { name: ui.retry }), isMobile);
        await expect(words(page).first()).toHaveText('第一次');
      });

    if (lng === 'en')
      test('in traditional characters with pinyin, the traditional form comes first and pinyin stands for its character', async ({
        page,
        isMobile,
      }) => {
        await page.goto(`${readerPath(lng)}?script=traditional&pinyin=marks`);
        await waitForHydration(page);
        const first = sentence(page, 'p1.zh1');
        await expect(first).toHaveAttribute('data-simplified', /创始人/);
        // A tap on the pinyin over 創 (one ruby for the word 創始人) looks up 創始人.
        const rt = first.locator('ruby', { hasText: '創始人' }).first().locator('rt');
        await expect(rt).toHaveText('chuàngshǐrén');
        const { x, y } = await charPoint(rt, 'chuàng');
        if (isMobile) await page.touchscreen.tap(x, y);
        else await page.mouse.click(x, y);
        await expect(popup(page)).toHaveAccessibleName(ui.title('創始人'));
        const title = words(page).first().locator('span').first();
        await expect(title).toHaveText('創始人');
        await expect(title).toHaveAttribute('lang', 'zh-Hant');
        expect(await highlighted(page, 'word')).toBe('創始人');
      });

    if (lng === 'zh')
      test('words above a chosen HSK level are marked, not by colour alone, and unmarked again', async ({
        page,
        isMobile,
      }, testInfo) => {
        await page.goto(readerPath(lng));
        await waitForHydration(page);
        const marks = sentence(page, 'p2.zh1').locator('[data-hsk]');
        await expect(marks).toHaveCount(0);

        await press(page.getByRole('button', { name: ui.options }), isMobile);
        const sheet = page.getByRole('dialog', { name: ui.sheet });
        await sheet.getByLabel(ui.above).selectOption({ label: ui.level('4') });
        await page.keyboard.press('Escape');
        await expect(sheet).toBeHidden();
        await expect(page).toHaveURL(/[?&]above=4/);
        await expect(page.locator('html')).toHaveAttribute('data-above', '4');

        // 李涛 (a name) and 创始人 (HSK 7–9) are marked; 第一次 (HSK 1 by its parts) is not.
        await expect(marks.filter({ hasText: '李涛' })).toHaveAttribute('data-hsk', 'beyond');
        await expect(marks.filter({ hasText: '创始人' }).first()).toHaveAttribute('data-hsk', '7');
        await expect(marks.filter({ hasText: '第一次' })).toHaveCount(0);
        const mark = marks.first();
        expect(await mark.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe('none');
        await expectNoAxeViolations(page, testInfo, { include: ['[id="p1"]', '[id="p2"]'] });

        // A marked word's popup says its level.
        await pressChar(page, sentence(page, 'p2.zh1'), '始', isMobile);
        await expect(level(page)).toHaveText(ui.level('7–9'));
        await page.keyboard.press('Escape');

        await press(page.getByRole('button', { name: ui.options }), isMobile);
        await sheet.getByLabel(ui.above).selectOption({ label: ui.aboveOff });
        await page.keyboard.press('Escape');
        await expect(marks).toHaveCount(0);
        await expect(page).not.toHaveURL(/above=/);
      });

    if (lng === 'en')
      test('marks keep their contrast under pinyin in tone colours', async ({ page }, testInfo) => {
        await page.goto(`${readerPath(lng)}?pinyin=marks&colors=1&above=2`);
        await waitForHydration(page);
        const marked = sentence(page, 'p2.zh1').locator('[data-hsk] ruby');
        await expect(marked.first()).toBeVisible();
        await expectNoAxeViolations(page, testInfo, { include: ['[id="p2"]'] });
      });
  });
}
