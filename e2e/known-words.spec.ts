import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { type Lng, readerPath, SLUG, test, waitForHydration } from './fixtures';
import { installLearning, markKnownInPage } from './learning-store';

/**
 * Known words: marked from the dictionary popup (one tap) or all at once at the end of a text,
 * seen in the text's word colours and in the library's known share of the document.
 */

const UI = {
  en: {
    title: (word: string) => `Dictionary: ${word}`,
    known: (word: string) => `Known: ${word}`,
    strokeOrder: 'Stroke order',
    share: (percent: number, count: number) =>
      `You know ${percent}% · ${count} new word${count === 1 ? '' : 's'}`,
    markRest: 'Mark the rest as known',
    marked: (count: number) => `${count} words marked as known.`,
    undo: 'Undo',
    undone: 'Undone: those words are new again.',
  },
  zh: {
    title: (word: string) => `词典：${word}`,
    known: (word: string) => `已掌握：${word}`,
    strokeOrder: '笔顺',
    share: (percent: number, count: number) => `已掌握 ${percent}% 的词 · 生词 ${count} 个`,
    markRest: '其余都标为已掌握',
    marked: (count: number) => `已将 ${count} 个词标为已掌握。`,
    undo: '撤销',
    undone: '已撤销，这些词又回到生词。',
  },
} as const;

const WORD_FILE = `/data/words/${SLUG}.json`;
const popup = (page: Page) => page.locator('.dict[role="dialog"]');
const press = (target: Locator, touch: boolean) => (touch ? target.tap() : target.click());

/** The document's card in the library, and the share it shows. */
const share = (page: Page, lng: Lng) =>
  page
    .locator('li.document-card', { has: page.locator(`a[href="/${lng}/read/${SLUG}"]`) })
    .locator('.document-card__known');

/** The library's figures for the document once `known` words are known, from its word file. */
async function expectedShare(page: Page, known: readonly string[]) {
  const response = await page.request.get(WORD_FILE);
  expect(response.ok()).toBe(true);
  const { words }: { words: [string, number][] } = await response.json();
  const total = words.reduce((sum, [, count]) => sum + count, 0);
  const knownTokens = words
    .filter(([word]) => known.includes(word))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    percent: Math.floor((knownTokens * 100) / total),
    newWords: words.filter(([word]) => !known.includes(word)).length,
  };
}

/** The texts of a word-colour highlight (CSS Custom Highlight API) inside one sentence. */
const coloured = (page: Page, name: 'word-new' | 'word-learning', sentenceId: string) =>
  page.evaluate(
    ([key, id]) => {
      const sentence = document.getElementById(id ?? '');
      return [...(CSS.highlights.get(key ?? '') ?? [])]
        .filter((range) => range instanceof Range && sentence?.contains(range.startContainer))
        .map((range) => String(range));
    },
    [name, sentenceId],
  );

/** Clicks (taps, on a phone) the first `char` drawn in a sentence. */
async function pressChar(page: Page, sentence: Locator, char: string, touch: boolean) {
  await sentence.scrollIntoViewIfNeeded();
  const point = await sentence.evaluate((el, text) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node instanceof Text) || node.parentElement?.closest('rt')) continue;
      const at = node.data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const box = range.getBoundingClientRect();
      const dx = window.visualViewport?.offsetLeft ?? 0;
      const dy = window.visualViewport?.offsetTop ?? 0;
      return { x: box.x + box.width / 2 - dx, y: box.y + box.height / 2 - dy };
    }
    return null;
  }, char);
  if (!point) throw new Error(`${char} is not drawn in the sentence`);
  if (touch) await page.touchscreen.tap(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
}

/*
 * Journeys whose behaviour does not depend on the interface's words run once, in one interface or
 * the other; together the spec still opens both.
 */
for (const lng of ['en', 'zh'] as const satisfies readonly Lng[]) {
  const ui = UI[lng];

  test.describe(`known words (/${lng})`, () => {
    if (lng === 'en')
      test(
        'a word marked known from the popup loses its colour in the text, and the library counts it',
        {
          tag: '@phone',
        },
        async ({ page, isMobile }, testInfo) => {
          // Five page loads and two popups (each fetching the dictionary): longer than most journeys.
          test.slow();
          const wordFiles: string[] = [];
          page.on('request', (request) => {
            if (new URL(request.url()).pathname.startsWith('/data/words/'))
              wordFiles.push(request.url());
          });

          // A learner with no words yet: no share, and no word file fetched.
          await page.goto(`/${lng}`);
          await waitForHydration(page);
          await expect(page.locator('li.document-card').first()).toBeVisible();
          await expect(share(page, lng)).toHaveCount(0);
          expect(wordFiles, 'no word file for a learner without words').toEqual([]);

          // Word colours on: 第一次 (p2: "第一次是在2019年…") is new.
          await page.goto(`${readerPath(lng)}?words=1`);
          await waitForHydration(page);
          const sentence = page.locator('[id="p2.zh1"]');
          await expect.poll(() => coloured(page, 'word-new', 'p2.zh1')).toContain('第一次');

          await pressChar(page, sentence, '次', isMobile);
          await expect(popup(page)).toHaveAccessibleName(ui.title('第一次'));
          const known = popup(page).getByRole('button', { name: ui.known('第一次') });
          await expect(known).toHaveAttribute('aria-pressed', 'false');
          await expect(popup(page).getByRole('button', { name: ui.strokeOrder })).toBeVisible();
          await press(known, isMobile);
          await expect(known).toHaveAttribute('aria-pressed', 'true');
          // The colour goes at once, with the popup still open.
          await expect.poll(() => coloured(page, 'word-new', 'p2.zh1')).not.toContain('第一次');
          await expect(popup(page)).toBeVisible();
          await expectNoAxeViolations(page, testInfo, { include: ['.dict'] });

          const expected = await expectedShare(page, ['第一次']);
          expect(expected.percent).toBeGreaterThanOrEqual(0);
          await page.goto(`/${lng}`);
          await expect(share(page, lng)).toHaveText(ui.share(expected.percent, expected.newWords));
          expect(wordFiles.some((url) => url.endsWith(WORD_FILE))).toBe(true);

          // A second tap takes the mark off: the word is new again.
          await page.goto(`${readerPath(lng)}?words=1`);
          await waitForHydration(page);
          await pressChar(page, page.locator('[id="p2.zh1"]'), '次', isMobile);
          const again = popup(page).getByRole('button', { name: ui.known('第一次') });
          await expect(again).toHaveAttribute('aria-pressed', 'true');
          await press(again, isMobile);
          await expect(again).toHaveAttribute('aria-pressed', 'false');
          await expect.poll(() => coloured(page, 'word-new', 'p2.zh1')).toContain('第一次');
        },
      );

    if (lng === 'zh')
      test('"mark the rest as known" and its Undo move the library’s share, in another tab at once', async ({
        page,
        context,
      }, testInfo) => {
        // Two tabs, three page loads and a reload: longer than most journeys.
        test.slow();
        await page.goto(readerPath(lng));
        await waitForHydration(page);
        await installLearning(page);
        await markKnownInPage(page, ['第一次']);
        const before = await expectedShare(page, ['第一次']);

        const library = await context.newPage();
        await library.goto(`/${lng}`);
        await expect(share(library, lng)).toHaveText(ui.share(before.percent, before.newWords));

        // A tab in the background draws no frames, so clicks wait for it to come to the front.
        await page.bringToFront();
        const end = page.getByRole('region', { name: /./ }).filter({
          has: page.getByRole('button', { name: ui.markRest }),
        });
        await end.getByRole('button', { name: ui.markRest }).click();
        // The reader's words and the library's word file are the same words.
        await expect(end.getByRole('status')).toHaveText(ui.marked(before.newWords));
        await expect(share(library, lng)).toHaveText(ui.share(100, 0));
        await library.bringToFront();
        await expectNoAxeViolations(library, testInfo, { include: ['.library-list'] });
        await page.bringToFront();

        await end.getByRole('button', { name: ui.undo }).click();
        await expect(end.getByRole('status')).toHaveText(ui.undone);
        await expect(share(library, lng)).toHaveText(ui.share(before.percent, before.newWords));
        await library.reload();
        await expect(share(library, lng)).toHaveText(ui.share(before.percent, before.newWords));
      });
  });
}
