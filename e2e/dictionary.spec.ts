import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { type Lng, readerPath, waitForHydration } from './fixtures';
import { storedWords } from './vocabulary-store';

/** The interface's words, as a reader sees them. */
const UI = {
  en: {
    title: (word: string) => `Dictionary: ${word}`,
    previous: 'Previous character',
    next: 'Next character',
    close: 'Close',
    glossary: 'Glossary',
    rendering: 'In our translation',
    save: /^Save 创始人/,
    saved: '✓ Saved',
    savedStatus: 'Saved 创始人 to your vocabulary.',
    vocabulary: 'Your vocabulary',
    unreachable: 'The dictionary could not be loaded. Check your connection and try again.',
    retry: 'Try again',
  },
  zh: {
    title: (word: string) => `词典：${word}`,
    previous: '上一个字',
    next: '下一个字',
    close: '关闭',
    glossary: '术语表',
    rendering: '本文译法',
    save: /^收藏“创始人”/,
    saved: '✓ 已收藏',
    savedStatus: '已将“创始人”收入生词本。',
    vocabulary: '查看生词本',
    unreachable: '词典未能载入。请检查网络连接后重试。',
    retry: '重试',
  },
} as const;

const DICTIONARY_FILE = /\/data\/dictionary\/apus-li-tao-interview\.json$/;

const sentence = (page: Page, id: string) => page.locator(`[id="${id}"]`);
const popup = (page: Page) => page.locator('.dict[role="dialog"]');
const words = (page: Page) => popup(page).locator('h3');

/**
 * Where the `nth` occurrence of `char` is drawn in an element (pinyin left out, unless the
 * element is pinyin), after scrolling it into view: in the coordinates of the visual viewport,
 * which the mouse and the touch screen use (they differ from the layout viewport's where the
 * page is wider than a phone's screen).
 */
async function charPoint(target: Locator, char: string, nth = 0) {
  await target.scrollIntoViewIfNeeded();
  const point = await target.evaluate(
    (el, { char, nth }) => {
      let seen = 0;
      const dx = window.visualViewport?.offsetLeft ?? 0;
      const dy = window.visualViewport?.offsetTop ?? 0;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!(node instanceof Text)) continue;
        if (el.tagName !== 'RT' && node.parentElement?.closest('rt')) continue;
        for (let at = node.data.indexOf(char); at >= 0; at = node.data.indexOf(char, at + 1)) {
          if (seen++ < nth) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + char.length);
          const box = range.getBoundingClientRect();
          return { x: box.x + box.width / 2 - dx, y: box.y + box.height / 2 - dy };
        }
      }
      return null;
    },
    { char, nth },
  );
  expect(point, `"${char}" is drawn in the sentence`).not.toBeNull();
  return point ?? { x: 0, y: 0 };
}

/** Clicks (taps, on a phone) a character of a sentence, where it is on screen. */
async function pressChar(page: Page, target: Locator, char: string, touch: boolean, nth = 0) {
  const { x, y } = await charPoint(target, char, nth);
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

async function press(target: Locator, touch: boolean) {
  if (touch) await target.tap();
  else await target.click();
}

/** The text under the looked-up word's highlight (the CSS Custom Highlight API). */
const highlighted = (page: Page) =>
  page.evaluate(() =>
    [...(CSS.highlights.get('dictionary-word') ?? [])].map((range) => String(range)).join(''),
  );

/** Whether the popup lies wholly inside what the reader sees (the visual viewport). */
const onScreen = (page: Page) =>
  popup(page).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const view = window.visualViewport;
    const left = view?.offsetLeft ?? 0;
    const top = view?.offsetTop ?? 0;
    const right = left + (view?.width ?? window.innerWidth);
    const bottom = top + (view?.height ?? window.innerHeight);
    return box.left >= left && box.top >= top && box.right <= right && box.bottom <= bottom;
  });

for (const lng of ['en', 'zh'] as const satisfies readonly Lng[]) {
  const ui = UI[lng];

  test.describe(`dictionary (/${lng})`, () => {
    test('a click or tap on a character shows the longest word, then the shorter ones; the file is fetched only then', async ({
      page,
      isMobile,
    }) => {
      const fetched: string[] = [];
      page.on('request', (request) => {
        if (DICTIONARY_FILE.test(request.url())) fetched.push(request.url());
      });
      await page.goto(readerPath(lng));
      await waitForHydration(page);
      expect(fetched, 'no dictionary before the first lookup').toEqual([]);

      // p1: "…移动互联网企业APUS创始人李涛…"; 创 starts 创始人 (founder).
      await pressChar(page, sentence(page, 'p1.zh1'), '创', isMobile);
      await expect(popup(page)).toBeVisible();
      await expect(popup(page)).toHaveAccessibleName(ui.title('创始人'));
      await expect(popup(page)).toBeFocused();
      expect(fetched).toHaveLength(1);

      await expect(words(page)).toHaveText([/^创始人\s*.*創始人$/, /^创始\s*.*創始$/, /^创/]);
      const longest = popup(page).locator('.dict__word').first();
      await expect(longest.locator('[lang="zh-Latn-pinyin"]')).toHaveText('chuàng shǐ rén');
      await expect(longest.locator('ol[lang="en"] li')).toHaveText(['creator; founder; initiator']);
      await expect(longest.locator('[lang="zh-Hant"]')).toHaveText('創始人');
      expect(await highlighted(page)).toBe('创始人');
      expect(await onScreen(page), 'the popup is on screen').toBe(true);

      // A tap or click elsewhere closes it; another character opens it again, without
      // fetching the file again.
      const corner = { x: 4, y: (page.viewportSize()?.height ?? 600) - 4 }; // the page's margin
      if (isMobile) await page.touchscreen.tap(corner.x, corner.y);
      else await page.mouse.click(corner.x, corner.y);
      await expect(popup(page)).toHaveCount(0);
      await pressChar(page, sentence(page, 'p1.zh1'), '蝴', isMobile);
      await expect(popup(page)).toHaveAccessibleName(ui.title('蝴蝶的翅膀'));
      await expect(words(page).nth(1)).toContainText('蝴蝶');
      expect(fetched).toHaveLength(1);
    });

    test('a glossary term shows its glossary entry first', async ({ page, isMobile }) => {
      await page.goto(readerPath(lng));
      await waitForHydration(page);
      const term = sentence(page, 'p1.zh1').locator('button.term', { hasText: '全球化' });
      await press(term, isMobile);
      await expect(popup(page)).toHaveAccessibleName(ui.title('全球化'));
      const entries = popup(page).locator('.dict__word').first().locator('.dict__entry');
      await expect(entries.first()).toHaveAttribute('data-source', 'glossary');
      await expect(entries.first()).toContainText(ui.glossary);
      await expect(entries.first()).toContainText(ui.rendering);
      await expect(entries.first()).toContainText('globalization');
      await expect(entries.nth(1)).toHaveAttribute('data-source', 'cedict');
      // The term's hint tooltip does not stay open over the popup.
      await expect(page.locator('#tip-t17')).toBeHidden();
    });

    test('Previous and Next step through the text a character at a time', async ({
      page,
      isMobile,
    }) => {
      await page.goto(readerPath(lng));
      await waitForHydration(page);
      await pressChar(page, sentence(page, 'p1.zh1'), '创', isMobile);
      await expect(popup(page)).toHaveAccessibleName(ui.title('创始人'));
      const next = popup(page).getByRole('button', { name: ui.next });
      await press(next, isMobile);
      await expect(popup(page)).toHaveAccessibleName(ui.title('始'));
      await press(next, isMobile);
      await expect(popup(page)).toHaveAccessibleName(ui.title('人'));
      await press(popup(page).getByRole('button', { name: ui.previous }), isMobile);
      await expect(popup(page)).toHaveAccessibleName(ui.title('始'));
      expect(await highlighted(page)).toBe('始');
      await press(popup(page).getByRole('button', { name: ui.close }), isMobile);
      await expect(popup(page)).toHaveCount(0);
      expect(await highlighted(page)).toBe('');
    });

    test('keyboard: Enter on a sentence opens it, ←/→ step across sentences, Escape returns focus', async ({
      page,
      isMobile,
    }) => {
      test.skip(isMobile, 'a phone has no keyboard');
      await page.goto(readerPath(lng));
      await waitForHydration(page);
      const first = sentence(page, 'p1.zh1');
      await first.focus();
      await page.keyboard.press('Enter');
      await expect(popup(page)).toBeFocused();
      // "关注到大模型…": the first character starts 关注.
      await expect(popup(page)).toHaveAccessibleName(ui.title('关注'));
      await page.keyboard.press('ArrowRight');
      await expect(popup(page)).toHaveAccessibleName(ui.title('注'));
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      // 大模型 is a glossary term, found from its first character.
      await expect(popup(page)).toHaveAccessibleName(ui.title('大模型'));
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(popup(page)).toHaveAccessibleName(ui.title('关注'));
      // Before the first character of the text there is nothing: the popup stays.
      await page.keyboard.press('ArrowLeft');
      await expect(popup(page)).toHaveAccessibleName(ui.title('关注'));
      await page.keyboard.press('Escape');
      await expect(popup(page)).toHaveCount(0);
      await expect(first).toBeFocused();

      // From the first character of p2, ← goes back to the last one of p1 (多, before 。).
      const second = sentence(page, 'p2.zh1');
      await second.focus();
      await page.keyboard.press('Enter');
      await expect(popup(page)).toHaveAccessibleName(ui.title('第一次'));
      await page.keyboard.press('ArrowLeft');
      await expect(popup(page)).toHaveAccessibleName(ui.title('多'));
      await page.keyboard.press('ArrowRight');
      await expect(popup(page)).toHaveAccessibleName(ui.title('第一次'));
      await page.keyboard.press('Escape');
      await expect(second).toBeFocused();
    });

    test('Save keeps the word with its sentence and translation, says so, and links to the vocabulary', async ({
      page,
      isMobile,
    }) => {
      await page.goto(readerPath(lng));
      await waitForHydration(page);
      await pressChar(page, sentence(page, 'p1.zh1'), '创', isMobile);
      const save = popup(page).locator('.dict__word').first().locator('.dict__save button');
      await expect(save).toHaveAccessibleName(ui.save);
      await press(save, isMobile);
      await expect(save).toHaveText(ui.saved);
      await expect(popup(page).getByRole('status').filter({ hasText: ui.savedStatus })).toHaveCount(
        1,
      );
      expect(await storedWords(page)).toEqual(['创始人']);

      await press(popup(page).getByRole('link', { name: ui.vocabulary }), isMobile);
      await expect(page).toHaveURL(new RegExp(`/${lng}/vocabulary/?$`));
      await expect(page.getByText('创始人', { exact: true }).first()).toBeVisible();
      await expect(page.getByText('creator; founder; initiator').first()).toBeVisible();
      await expect(
        page.locator('p[lang="zh-Hans"]', { hasText: 'APUS创始人李涛' }).first(),
      ).toBeVisible();
    });

    test('offline, the popup says the dictionary could not be loaded, and Try again loads it', async ({
      page,
      isMobile,
    }) => {
      await page.goto(readerPath(lng));
      await waitForHydration(page);
      await page.route(DICTIONARY_FILE, (route) => route.abort('internetdisconnected'));
      await pressChar(page, sentence(page, 'p1.zh1'), '创', isMobile);
      await expect(popup(page)).toContainText(ui.unreachable);
      await page.unroute(DICTIONARY_FILE);
      await press(popup(page).getByRole('button', { name: ui.retry }), isMobile);
      await expect(words(page).first()).toContainText('创始人');
    });

    test('in traditional characters with pinyin, the traditional form comes first and pinyin stands for its character', async ({
      page,
      isMobile,
    }) => {
      await page.goto(`${readerPath(lng)}?script=traditional&pinyin=marks`);
      await waitForHydration(page);
      const first = sentence(page, 'p1.zh1');
      await expect(first).toHaveAttribute('data-simplified', /创始人/);
      await expect(first.locator('ruby').first()).toBeVisible();
      // A tap on the pinyin over 創 looks up 創 (创 in the dictionary).
      const rt = first.locator('ruby', { hasText: '創' }).first().locator('rt');
      await expect(rt).toHaveText('chuàng');
      const { x, y } = await charPoint(rt, 'chuàng');
      if (isMobile) await page.touchscreen.tap(x, y);
      else await page.mouse.click(x, y);
      await expect(popup(page)).toHaveAccessibleName(ui.title('創始人'));
      await expect(words(page).first().locator('span').first()).toHaveText('創始人');
      await expect(words(page).first().locator('span').first()).toHaveAttribute('lang', 'zh-Hant');
      expect(await highlighted(page)).toBe('創始人');
    });

    test('axe finds no violations in the open popup', async ({ page, isMobile }, testInfo) => {
      await page.goto(readerPath(lng));
      await waitForHydration(page);
      await pressChar(page, sentence(page, 'p1.zh1'), '创', isMobile);
      await expect(words(page).first()).toContainText('创始人');
      // The popup only: the whole reader page is checked in accessibility.spec.ts (and axe
      // over all of it takes half a minute on a busy machine).
      await expectNoAxeViolations(page, testInfo, { include: ['.dict'] });
    });
  });
}
