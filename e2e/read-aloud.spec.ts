import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import {
  ENGLISH,
  finishUtterance,
  installFakeSpeech,
  MANDARIN,
  readingNow,
  spoken,
} from './fake-speech';
import { type Lng, readerPath, waitForHydration } from './fixtures';

const sentence = (page: Page, id: string) => page.locator(`.sent[id="${id}"]`);
const controls = (page: Page) => page.locator('.read-aloud');
const speakingIds = (page: Page) =>
  page.locator('.sent[data-speaking]').evaluateAll((els) => els.map((el) => el.id));

/** What each interface language calls things (user-visible words, not keys). */
const WORDS = {
  en: {
    readSentence: 'Read sentence',
    readParagraph: 'Read paragraph',
    stop: 'Stop',
    current: (s: number, p: number, lang: 'zh' | 'en') =>
      `Current: sentence ${s} of paragraph ${p}, ${lang === 'zh' ? 'Chinese' : 'English'}`,
    noMandarin: 'No Mandarin voice is installed on this device',
    unsupported: 'This browser cannot read aloud',
    help: 'How to add a voice',
  },
  zh: {
    readSentence: '朗读本句',
    readParagraph: '朗读本段',
    stop: '停止',
    current: (s: number, p: number, lang: 'zh' | 'en') =>
      `当前：第${p}段第${s}句（${lang === 'zh' ? '中文' : '英文'}）`,
    noMandarin: '本设备没有安装普通话语音',
    unsupported: '此浏览器不支持语音合成',
    help: '如何添加语音',
  },
} as const;

const button = (page: Page, lng: Lng, name: 'readSentence' | 'readParagraph' | 'stop') =>
  controls(page).getByRole('button', { name: WORDS[lng][name], exact: true });

/**
 * Clicks, or taps on a phone, where a person would: the middle of the sentence's longest line
 * (a wrapping sentence's bounding box may be centred on a neighbour, and its first line may
 * be a sliver at the end of a line, next to where the previous sentence ends).
 */
async function pick(target: Locator, touch: boolean) {
  const position = await target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const r = [...el.getClientRects()].sort((a, b) => b.width - a.width)[0];
    return r ? { x: r.x - box.x + r.width / 2, y: r.y - box.y + r.height / 2 } : null;
  });
  if (!position) throw new Error(`${target} has no line box`);
  // Playwright scrolls the sentence into view and waits for it to be still before acting.
  if (touch) await target.tap({ position });
  else await target.click({ position });
}

async function press(target: Locator, touch: boolean) {
  if (touch) await target.tap();
  else await target.click();
}

/** The text a reader sees in a sentence: without the pinyin of ruby annotations. */
const shownText = (target: Locator) =>
  target.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const rt of copy.querySelectorAll('rt, rp')) rt.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

async function open(page: Page, lng: Lng, query = '') {
  await page.goto(`${readerPath(lng)}${query}`);
  await waitForHydration(page);
}

/** Every pair has the same markup: axe checks the controls and the pairs these tests read. */
const AXE_PARTS = ['.reader-options', '[id="p1"]', '[id="p3"]'];

test.describe('read aloud', () => {
  for (const lng of ['en', 'zh'] as const) {
    test(`/${lng}: reads the chosen sentence in its language, marked while it is read`, async ({
      page,
      isMobile,
    }) => {
      await installFakeSpeech(page, [MANDARIN, ENGLISH]);
      await open(page, lng);
      await expect(controls(page)).toContainText(WORDS[lng].current(1, 1, 'zh'));
      const target = sentence(page, 'p5.zh2');
      await pick(target, isMobile);
      await expect(controls(page)).toContainText(WORDS[lng].current(2, 5, 'zh'));
      await press(button(page, lng, 'readSentence'), isMobile);
      await expect.poll(() => speakingIds(page)).toEqual(['p5.zh2']);
      expect(await spoken(page)).toEqual([
        { text: await shownText(target), lang: 'zh-CN', voice: MANDARIN.name, rate: 1 },
      ]);
      await finishUtterance(page);
      await expect.poll(() => speakingIds(page)).toEqual([]);
      await expect(controls(page)).toHaveAttribute('data-state', 'idle');
    });

    test(`/${lng}: reads a paragraph one sentence at a time, the mark moving along`, async ({
      page,
      isMobile,
    }) => {
      await installFakeSpeech(page, [MANDARIN, ENGLISH]);
      await open(page, lng);
      await pick(sentence(page, 'p5.en2'), isMobile);
      await expect(controls(page)).toContainText(WORDS[lng].current(2, 5, 'en'));
      await press(button(page, lng, 'readParagraph'), isMobile);
      const english = page.locator('[data-pair][id="p5"] .sent[data-side="en"]');
      const ids = await english.evaluateAll((els) => els.map((el) => el.id));
      expect(ids.length).toBeGreaterThan(1);
      const texts = await Promise.all(ids.map((id) => shownText(sentence(page, id))));
      await expect.poll(() => speakingIds(page)).toEqual([ids[0]]);
      expect((await spoken(page)).map((u) => [u.text, u.lang, u.voice])).toEqual(
        texts.map((text) => [text, 'en-US', ENGLISH.name]),
      );
      for (const [i, id] of ids.entries()) {
        await expect.poll(() => speakingIds(page)).toEqual([id]);
        expect(await readingNow(page)).toBe(texts[i]);
        await finishUtterance(page);
      }
      await expect.poll(() => speakingIds(page)).toEqual([]);
      await expect(controls(page)).toHaveAttribute('data-state', 'idle');
    });
  }

  test('Stop cancels a slower reading and clears the mark', async ({ page, isMobile }) => {
    await installFakeSpeech(page, [MANDARIN, ENGLISH]);
    await open(page, 'zh');
    await pick(sentence(page, 'p5.zh1'), isMobile);
    await press(controls(page).getByLabel('慢速'), isMobile);
    await press(button(page, 'zh', 'readParagraph'), isMobile);
    await expect.poll(() => speakingIds(page)).toEqual(['p5.zh1']);
    expect(new Set((await spoken(page)).map((u) => u.rate))).toEqual(new Set([0.7]));
    await expect(button(page, 'zh', 'stop')).toHaveAttribute('aria-disabled', 'false');
    await press(button(page, 'zh', 'stop'), isMobile);
    await expect.poll(() => speakingIds(page)).toEqual([]);
    expect(await readingNow(page)).toBeNull();
    expect(await finishUtterance(page)).toBe(false);
    await expect(controls(page)).toHaveAttribute('data-state', 'idle');
    await expect(button(page, 'zh', 'stop')).toHaveAttribute('aria-disabled', 'true');
  });

  test('works from the keyboard alone: P, Shift+P, P again to stop, Enter on the buttons', async ({
    page,
    isMobile,
  }) => {
    test.skip(isMobile, 'a phone has no keyboard');
    await installFakeSpeech(page, [MANDARIN, ENGLISH]);
    await open(page, 'en');
    await sentence(page, 'p1.zh1').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight'); // to the English counterpart
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(focused).toMatch(/^p\d+\.en\d+$/);
    await page.keyboard.press('p');
    await expect.poll(() => speakingIds(page)).toEqual([focused]);
    expect((await spoken(page)).map((u) => u.lang)).toEqual(['en-US']);
    await page.keyboard.press('p');
    await expect.poll(() => speakingIds(page)).toEqual([]);
    await expect(page.locator(`.sent[id="${focused}"]`)).toBeFocused();

    await page.keyboard.press('ArrowLeft'); // back to Chinese
    const focusedZh = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(focusedZh).toMatch(/^p\d+\.zh\d+$/);
    await page.keyboard.press('Shift+P');
    const zhIds = await page.evaluate(() => {
      const pair = document.activeElement?.closest('[data-pair]');
      return [...(pair?.querySelectorAll('.sent[data-side="zh"]') ?? [])].map((el) => el.id);
    });
    await expect
      .poll(async () => (await spoken(page)).slice(1).map((u) => u.lang))
      .toEqual(zhIds.map(() => 'zh-CN'));
    await expect.poll(() => speakingIds(page)).toEqual([zhIds[0]]);

    await button(page, 'en', 'stop').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => speakingIds(page)).toEqual([]);
    await button(page, 'en', 'readSentence').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => speakingIds(page)).toEqual([focusedZh]);
  });

  for (const lng of ['en', 'zh'] as const) {
    test(`/${lng}: says so, politely, when no Mandarin voice is installed`, async ({
      page,
      isMobile,
    }) => {
      await installFakeSpeech(page, [ENGLISH]);
      await open(page, lng);
      await press(button(page, lng, 'readSentence'), isMobile);
      const status = controls(page).getByRole('status');
      await expect(status).toContainText(WORDS[lng].noMandarin);
      await expect(controls(page).getByText(WORDS[lng].help, { exact: true })).toBeVisible();
      expect(await spoken(page)).toEqual([]);
      // English still reads, and the message goes.
      await pick(sentence(page, 'p2.en1'), isMobile);
      await press(button(page, lng, 'readSentence'), isMobile);
      await expect.poll(() => speakingIds(page)).toEqual(['p2.en1']);
      await expect(status).toHaveText('');
    });
  }

  test('says so when the browser has no speech synthesis at all', async ({ page, isMobile }) => {
    await installFakeSpeech(page, null);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await open(page, 'zh');
    await press(button(page, 'zh', 'readParagraph'), isMobile);
    await expect(controls(page).getByRole('status')).toContainText(WORDS.zh.unsupported);
    expect(errors).toEqual([]);
  });

  test('reads what is shown: traditional characters, not the pinyin above them', async ({
    page,
    isMobile,
  }) => {
    await installFakeSpeech(page, [MANDARIN, ENGLISH]);
    await open(page, 'en', '?pinyin=marks&script=traditional');
    const target = sentence(page, 'p5.zh2');
    await expect(target.locator('rt').first()).toBeVisible();
    await pick(target, isMobile);
    await press(button(page, 'en', 'readSentence'), isMobile);
    await expect.poll(() => speakingIds(page)).toEqual(['p5.zh2']);
    const [utterance] = await spoken(page);
    const simplified = await target.getAttribute('data-simplified');
    expect(utterance?.text).toBe(await shownText(target));
    expect(utterance?.text).not.toBe(simplified);
    // No tone-marked pinyin vowel: the <rt> text was left out.
    expect(utterance?.text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
  });

  test('in an English-only layout, reads English', async ({ page, isMobile }) => {
    await installFakeSpeech(page, [MANDARIN, ENGLISH]);
    await open(page, 'en');
    await expect(controls(page)).toContainText(WORDS.en.current(1, 1, 'zh'));
    await page.getByLabel('Layout').selectOption('en-only');
    await expect(controls(page)).toContainText(WORDS.en.current(1, 1, 'en'));
    await press(button(page, 'en', 'readSentence'), isMobile);
    await expect.poll(() => speakingIds(page)).toEqual(['p1.en1']);
    expect((await spoken(page)).map((u) => u.lang)).toEqual(['en-US']);
  });

  test('with the real speech synthesis of Chromium: reads or says there is no voice, without errors', async ({
    page,
    isMobile,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Notes any sentence that gets marked, however briefly.
    await page.addInitScript(() => {
      new MutationObserver((records) => {
        if (records.some((r) => r.attributeName === 'data-speaking')) {
          document.documentElement.dataset.sawSpeaking = '';
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-speaking'] });
    });
    await open(page, 'en');
    await press(button(page, 'en', 'readSentence'), isMobile);
    const outcome = () =>
      page.evaluate(() => {
        const state = document.querySelector('.read-aloud')?.getAttribute('data-state');
        return 'sawSpeaking' in document.documentElement.dataset ? 'spoke' : state;
      });
    await expect.poll(outcome, { timeout: 10_000 }).toMatch(/^(spoke|no-voice)$/);
    const result = await outcome();
    test.info().annotations.push({ type: 'real speech', description: String(result) });
    if (result === 'no-voice') {
      await expect(controls(page).getByRole('status')).toContainText(WORDS.en.noMandarin);
    } else if ((await controls(page).getAttribute('data-state')) === 'speaking') {
      await press(button(page, 'en', 'stop'), isMobile);
    }
    await expect(controls(page)).not.toHaveAttribute('data-state', /error|unsupported/);
    expect(errors).toEqual([]);
  });

  for (const lng of ['en', 'zh'] as const) {
    test(`/${lng}: the reader with the controls, a message and a sentence being read passes axe`, async ({
      page,
    }, testInfo) => {
      test.slow();
      await installFakeSpeech(page, [ENGLISH]);
      await open(page, lng);
      await button(page, lng, 'readSentence').click();
      await expect(controls(page).getByRole('status')).not.toHaveText('');
      await controls(page).getByText(WORDS[lng].help, { exact: true }).click();
      await expectNoAxeViolations(page, testInfo, { include: AXE_PARTS });
      await sentence(page, 'p3.en1').click();
      await button(page, lng, 'readSentence').click();
      await expect.poll(() => speakingIds(page)).toEqual(['p3.en1']);
      await expectNoAxeViolations(page, testInfo, { include: AXE_PARTS });
    });
  }
});
