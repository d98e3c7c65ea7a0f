import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { ENGLISH, installFakeSpeech, MANDARIN, spoken } from './fake-speech';
import { type Lng, test, waitForHydration } from './fixtures';
import { gradeInPage, installLearning, learningState, markKnownInPage } from './learning-store';
import { clearVocabulary, seedVocabulary, vocabularyEntry } from './vocabulary-store';

/** What the study pages say, as a user reads them. */
const UI = {
  en: {
    study: /^Study/,
    due: (n: number) => (n === 1 ? '1 word due now' : `${n} words due now`),
    headerDue: (n: number) => new RegExp(`^Study, ${n} words? due$`),
    showEnglish: 'Show the English',
    showAnswer: 'Show answer',
    read: 'Read the sentence aloud',
    grades: ['Again', 'Hard', 'Good', 'Easy'],
    intervals: ['next in 1 min', 'next in 6 min', 'next in 10 min', 'next in 8 days'],
    done: 'Nothing more is due',
    nextDue: /The next word is due in 1 minute\./,
    words: 'Words',
    progress: 'Progress',
    known: 'Known',
    learning: 'Learning (saved)',
    streak: '1 day in a row with reviews',
    table: 'Show the figures as a table',
  },
  zh: {
    study: /^学习/,
    due: (n: number) => `现在有 ${n} 个词待复习`,
    headerDue: (n: number) => new RegExp(`^学习, ${n} 个词待复习$`),
    showEnglish: '显示英文',
    showAnswer: '显示答案',
    read: '朗读句子',
    grades: ['重来', '困难', '良好', '简单'],
    intervals: ['1分钟后', '6分钟后', '10分钟后', '8天后'],
    done: '今天的复习已完成',
    nextDue: /下一个词1分钟后到期。/,
    words: '生词本',
    progress: '学习进度',
    known: '已掌握',
    learning: '学习中（已收藏）',
    streak: '已连续 1 天复习',
    table: '以表格显示数据',
  },
} as const;

/** Four saved words, saved a minute apart (the oldest comes first in the review). */
const FOUR = (['行业', '算力', '数据', '场景'] as const).map((word, i) =>
  vocabularyEntry({
    simplified: word,
    id: `seed-${word}`,
    pinyin: ['háng yè', 'suàn lì', 'shù jù', 'chǎng jǐng'][i],
    senses: [['industry'], ['computing power'], ['data'], ['scenario']][i],
    savedAt: `2026-11-29T10:0${i}:00.000Z`,
    context: { sentence: `这个${word}很重要。`, translation: `This ${word} matters.` },
  }),
);

const press = (target: Locator, touch: boolean) => (touch ? target.tap() : target.click());
const dueCount = (page: Page) => page.getByTestId('due-count');
const card = (page: Page) => page.locator('section[data-word]');

/** Opens the review with exactly these words saved and no progress. */
async function openReview(page: Page, lng: Lng, entries = FOUR) {
  await page.goto(`/${lng}/study`);
  await clearVocabulary(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase('duizhao-learning');
        request.onsuccess = () => resolve();
        request.onerror = () => resolve();
      }),
  );
  await seedVocabulary(page, entries);
  await page.reload();
  await waitForHydration(page);
}

/** The review opened in the page, and a second tab of the study page in the same browser. */
async function openReviewInTwoTabs(page: Page, context: BrowserContext, lng: Lng) {
  await openReview(page, lng);
  const other = await context.newPage();
  await other.goto(`/${lng}/study`);
  await waitForHydration(other);
  return other;
}

/*
 * Journeys that read the interface's words run in both interfaces; those whose behaviour does not
 * depend on them (speech, two tabs) run once, in one interface or the other.
 */
for (const lng of ['en', 'zh'] as const) {
  const ui = UI[lng];

  test.describe(`study (/${lng})`, () => {
    test(
      'a review session of four cards: blanked sentence, English, answer, intervals, due count falling',
      {
        tag: '@phone',
      },
      async ({ page, context, isMobile }, testInfo) => {
        // Axe on the question, the answer and the end, on the desktop (the phone's cards are
        // the same markup, narrower).
        const axe = async () => {
          if (!isMobile) await expectNoAxeViolations(page, testInfo);
        };
        await openReview(page, lng);
        await expect(dueCount(page)).toHaveText(ui.due(4));
        await expect(
          page.getByRole('banner').getByRole('link', { name: ui.headerDue(4) }),
        ).toBeVisible();
        // Everything from here on needs no network.
        await context.setOffline(true);

        const grades = [3, 1, 4, 2] as const;
        for (const [i, grade] of grades.entries()) {
          const word = FOUR[i]?.simplified ?? '';
          await expect(card(page)).toHaveAttribute('data-word', word);
          const sentence = card(page).locator('p[lang="zh-Hans"]').first();
          await expect(sentence).toHaveText(/^这个＿＿.*很重要。$/);
          await expect(sentence).not.toContainText(word);
          if (i === 0) await axe();

          await press(card(page).getByRole('button', { name: ui.showEnglish }), isMobile);
          await expect(card(page).locator('p[lang="en"]').first()).toHaveText(
            `This ${word} matters.`,
          );

          if (isMobile) await card(page).getByRole('button', { name: ui.showAnswer }).tap();
          else {
            await card(page).getByRole('heading').first().focus();
            await page.keyboard.press('Space');
          }
          await expect(sentence.locator('mark')).toHaveText(word);
          await expect(card(page).locator('[lang="zh-Latn-pinyin"]')).toHaveText(
            FOUR[i]?.pinyin ?? '',
          );
          const buttons = card(page).getByRole('group').getByRole('button');
          await expect(buttons).toHaveCount(4);
          for (const [b, name] of ui.grades.entries()) {
            await expect(buttons.nth(b)).toContainText(name);
            await expect(buttons.nth(b)).toContainText(ui.intervals[b] ?? '');
          }
          if (i === 0) await axe();

          if (isMobile) await buttons.nth(grade - 1).tap();
          else await page.keyboard.press(String(grade));
          await expect(dueCount(page)).toHaveText(ui.due(3 - i));
        }
        await expect(page.getByRole('heading', { name: ui.done })).toBeVisible();
        await expect(page.getByText(ui.nextDue)).toBeVisible();
        await axe();

        await context.setOffline(false);
        await page.reload();
        await expect(dueCount(page)).toHaveText(ui.due(0));
        await installLearning(page);
        expect((await learningState(page)).reviewed).toEqual(['行业', '算力', '数据', '场景']);
      },
    );

    if (lng === 'en')
      test('the card reads its whole sentence aloud in Mandarin, the blanked word too', async ({
        page,
        isMobile,
      }) => {
        await installFakeSpeech(page, [ENGLISH, MANDARIN]);
        await openReview(page, lng);
        await press(card(page).getByRole('button', { name: ui.read }), isMobile);
        await expect
          .poll(async () => (await spoken(page)).map((u) => [u.text, u.lang, u.voice]))
          .toEqual([['这个行业很重要。', 'zh-CN', MANDARIN.name]]);
      });

    if (lng === 'zh')
      test('two tabs reviewing at once lose no review, and each tab’s queue follows the other', async ({
        page,
        context,
      }) => {
        const other = await openReviewInTwoTabs(page, context, lng);
        await expect(dueCount(other)).toHaveText(ui.due(4));

        // A grade in one tab takes the word out of the other's queue.
        await page.getByRole('button', { name: ui.showAnswer }).click();
        await page.getByRole('button', { name: new RegExp(ui.grades[2]) }).click();
        await expect(dueCount(other)).toHaveText(ui.due(3));
        await expect(card(other)).toHaveAttribute('data-word', '算力');

        // Both tabs grade at the same moment (through the app's store, as their buttons do):
        // both reviews are kept, and both tabs' queues follow.
        await Promise.all([installLearning(page), installLearning(other)]);
        await Promise.all([gradeInPage(page, '算力', 4), gradeInPage(other, '算力', 4)]);
        for (const tab of [page, other]) await expect(dueCount(tab)).toHaveText(ui.due(2));
        expect((await learningState(other)).reviewed.sort()).toEqual(
          ['算力', '算力', '行业'].sort(),
        );
        await other.reload();
        await expect(dueCount(other)).toHaveText(ui.due(2));
      });

    if (lng === 'en')
      test('words marked known in two tabs at once leave the review, and stay known after a reload', async ({
        page,
        context,
      }) => {
        const other = await openReviewInTwoTabs(page, context, lng);
        await Promise.all([installLearning(page), installLearning(other)]);
        await Promise.all([markKnownInPage(page, ['行业']), markKnownInPage(other, ['数据'])]);
        // Both open pages follow both changes.
        for (const tab of [page, other]) await expect(dueCount(tab)).toHaveText(ui.due(2));
        await page.reload();
        await expect(dueCount(page)).toHaveText(ui.due(2));
        await installLearning(page);
        expect((await learningState(page)).known).toEqual(['数据', '行业'].sort());
      });

    test('the progress page shows words by status, the streak and reviews per day, and passes axe', async ({
      page,
    }, testInfo) => {
      await openReview(page, lng);
      await page.getByRole('button', { name: ui.showAnswer }).click();
      await page.getByRole('button', { name: new RegExp(ui.grades[2]) }).click();
      await expect(dueCount(page)).toHaveText(ui.due(3));
      await installLearning(page);
      await markKnownInPage(page, ['算力', '我']);

      await page
        .getByRole('navigation', { name: ui.study })
        .getByRole('link', { name: ui.progress })
        .click();
      await expect(page).toHaveURL(new RegExp(`/${lng}/progress/?$`));
      const statuses = page.getByTestId('word-statuses');
      await expect(statuses.getByText(ui.known, { exact: true }).locator('xpath=..')).toContainText(
        '2',
      );
      await expect(statuses.getByText(ui.learning).locator('xpath=..')).toContainText('3');
      await expect(page.getByTestId('streak')).toHaveText(ui.streak);
      const reviewsTable = page.locator('details').first();
      await reviewsTable.getByText(ui.table).click();
      await expect(reviewsTable.locator('tbody tr').last().locator('td')).toHaveText('1');
      await expect(reviewsTable.locator('tbody tr')).toHaveCount(30);
      await expectNoAxeViolations(page, testInfo);
    });

    // The test sets the widths itself: a run on the phone project would repeat it.
    test('the header’s Study entry, with its due badge, fits one row at 320, 360 and 390 px', async ({
      page,
    }) => {
      await openReview(page, lng);
      const header = page.getByRole('banner');
      const study = header.getByRole('link', { name: ui.headerDue(4) });
      await expect(study).toHaveAttribute('aria-current', 'page');
      for (const width of [320, 360, 390]) {
        await page.setViewportSize({ width, height: 640 });
        const links = await header.getByRole('link').all();
        const boxes = await Promise.all(links.map((link) => link.boundingBox()));
        const badge = await study.locator('[aria-hidden="true"]').boundingBox();
        for (const box of [...boxes, badge]) {
          expect(box && box.x >= 0 && box.x + box.width <= width, `in view at ${width} px`).toBe(
            true,
          );
        }
        // One row: every link's middle at the same height.
        const middles = boxes.map((b) => Math.round((b?.y ?? 0) + (b?.height ?? 0) / 2));
        expect(Math.max(...middles) - Math.min(...middles), `one row at ${width} px`).toBeLessThan(
          4,
        );
      }
    });
  });
}
