import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { test, waitForHydration } from './fixtures';
import { clearVocabulary, seedVocabulary, vocabularyEntry } from './vocabulary-store';

/** Stroke order on demand, and the writing quiz, shown on the vocabulary page. */

const UI = {
  en: {
    open: 'Stroke order',
    figure: 'Stroke order of 好, 6 strokes',
    radical: 'The radical is drawn in red: strokes 1–3.',
    quiz: 'Write it',
    first: 'Stroke 1 of 6: right.',
    done: 'Written, with 1 mistake.',
    mistake: 'Not that stroke: try stroke 1 again.',
  },
  zh: {
    open: '笔顺',
    figure: '“好”的笔顺，共 6 画',
    radical: '红色部分为部首：第 1–3 画。',
    quiz: '练习书写',
    first: '第 1 画（共 6 画）：正确。',
    done: '书写完成，共出错 1 次。',
    mistake: '笔画不对：请重写第 1 画。',
  },
} as const;

/** The box's size and padding (components/characters/CharacterPanel.tsx). */
const SIZE = 180;
const PADDING = 8;

/** 好's stroke medians, from the package the app serves them from. */
const require = createRequire(import.meta.url);
const HAO: { medians: [number, number][][] } = JSON.parse(
  readFileSync(
    path.join(path.dirname(require.resolve('hanzi-writer-data/package.json')), '好.json'),
    'utf8',
  ),
);

/**
 * A point of the character data (1024 units, y up from -124) on the screen, as hanzi-writer's
 * Positioner places it in a box of SIZE with PADDING.
 */
function toScreen(box: { x: number; y: number }, [x, y]: [number, number]) {
  const scale = (SIZE - 2 * PADDING) / 1024;
  const xOffset = PADDING;
  const yOffset = 124 * scale + PADDING;
  return { x: box.x + x * scale + xOffset, y: box.y + SIZE - yOffset - y * scale };
}

/** Draws a stroke through the points: the mouse on a desktop, a finger on a touch screen. */
async function drawStroke(page: Page, points: { x: number; y: number }[], touch: boolean) {
  const [first, ...rest] = points;
  if (!first) return;
  if (touch) {
    const cdp = await page.context().newCDPSession(page);
    const at = (p: { x: number; y: number }) => [{ x: p.x, y: p.y }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(first) });
    for (const p of rest)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(p) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  } else {
    await page.mouse.move(first.x, first.y);
    await page.mouse.down();
    for (const p of rest) await page.mouse.move(p.x, p.y);
    await page.mouse.up();
  }
}

const panel = (page: Page, char: string) => page.locator(`section[data-char="${char}"]`);
const press = (target: Locator, touch: boolean) => (touch ? target.tap() : target.click());

/*
 * Journeys whose behaviour does not depend on the interface's words run once, in one interface or
 * the other; together the spec still opens both.
 */
for (const lng of ['en', 'zh'] as const) {
  const ui = UI[lng];

  test.describe(`characters (/${lng})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`/${lng}/vocabulary`);
      await clearVocabulary(page);
      await seedVocabulary(page, [
        vocabularyEntry({ simplified: '你好', pinyin: 'nǐ hǎo', senses: ['hello'] }),
      ]);
    });

    if (lng === 'en')
      test('stroke data and code are fetched only when asked for, one file per character', async ({
        page,
        isMobile,
      }) => {
        const strokeFiles: string[] = [];
        const scripts: string[] = [];
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (url.pathname.startsWith('/data/hanzi/')) strokeFiles.push(url.pathname);
          if (request.resourceType() === 'script') scripts.push(url.pathname);
        });
        await page.reload();
        await waitForHydration(page);
        const open = page.getByRole('button', { name: ui.open });
        await expect(open).toBeVisible();
        expect(strokeFiles, 'no stroke data before it is asked for').toEqual([]);
        const scriptsBefore = scripts.length;

        await press(open, isMobile);
        await expect(panel(page, '好').getByRole('img', { name: ui.figure })).toBeVisible();
        await expect(panel(page, '你').locator('svg path').first()).toBeAttached();
        expect(strokeFiles.sort()).toEqual(['/data/hanzi/4f60.json', '/data/hanzi/597d.json']);
        expect(scripts.length, 'hanzi-writer arrives in a chunk of its own').toBeGreaterThan(
          scriptsBefore,
        );
        await expect(panel(page, '好')).toContainText(ui.radical);
      });

    if (lng === 'zh')
      test('the writing quiz answers strokes drawn with the mouse or a finger', {
        tag: '@phone',
      }, async ({ page, isMobile }) => {
        // Seven strokes drawn as real pointer or touch events, each answered by the quiz: on a
        // shared machine this takes longer than most journeys.
        test.slow();
        await page.reload();
        await waitForHydration(page);
        await press(page.getByRole('button', { name: ui.open }), isMobile);
        const hao = panel(page, '好');
        await expect(hao.getByRole('img', { name: ui.figure })).toBeVisible();
        await press(hao.getByRole('button', { name: ui.quiz }), isMobile);
        const svg = hao.locator('svg').first();
        const box = await svg.boundingBox();
        if (!box) throw new Error('the writing box is not rendered');
        const status = hao.getByRole('status');

        // A stroke drawn backwards across the box is not the first stroke.
        await drawStroke(
          page,
          [
            { x: box.x + 170, y: box.y + 170 },
            { x: box.x + 120, y: box.y + 120 },
            { x: box.x + 60, y: box.y + 60 },
          ],
          isMobile,
        );
        await expect(status).toHaveText(ui.mistake);

        for (const [i, median] of HAO.medians.entries()) {
          await drawStroke(
            page,
            median.map((p) => toScreen(box, p)),
            isMobile,
          );
          if (i === 0) await expect(status).toHaveText(ui.first);
        }
        await expect(status).toHaveText(ui.done);
      });

    test('axe finds no violations in the stroke panels', async ({ page }, testInfo) => {
      await page.reload();
      await page.getByRole('button', { name: ui.open }).click();
      await expect(panel(page, '好').getByRole('img', { name: ui.figure })).toBeVisible();
      // The rest of the vocabulary page has its own axe test (vocabulary.spec.ts).
      await expectNoAxeViolations(page, testInfo, { include: ['section[data-char]'] });
    });
  });
}
