import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import {
  ENGLISH,
  finishUtterance,
  installFakeSpeech,
  MANDARIN,
  readingNow,
  speakWord,
  spoken,
} from './fake-speech';
import { clickInPlace, type Lng, readerPath, test, waitForHydration } from './fixtures';

/** What each interface language calls things (user-visible words, not keys). */
const WORDS = {
  en: {
    listen: 'Listen',
    readSentence: 'Read sentence',
    player: 'Read aloud',
    pause: 'Pause',
    resume: 'Resume',
    play: 'Play',
    previous: 'Previous sentence',
    next: 'Next sentence',
    slower: 'Slower',
    stop: 'Stop',
    now: (p: number, s: number, lang: 'zh' | 'en') =>
      `Paragraph ${p}, sentence ${s} (${lang === 'zh' ? 'Chinese' : 'English'})`,
    noMandarin: 'No Mandarin voice is installed on this device',
    unsupported: 'This browser cannot read aloud',
    help: 'How to add a voice',
    helpWindows: 'Windows: Settings → Time & language → Speech → Add voices',
  },
  zh: {
    listen: '朗读',
    readSentence: '朗读本句',
    player: '朗读',
    pause: '暂停',
    resume: '继续',
    play: '播放',
    previous: '上一句',
    next: '下一句',
    slower: '慢速',
    stop: '停止',
    now: (p: number, s: number, lang: 'zh' | 'en') =>
      `第${p}段第${s}句（${lang === 'zh' ? '中文' : '英文'}）`,
    noMandarin: '本设备没有安装普通话语音',
    unsupported: '此浏览器不支持语音合成',
    help: '如何添加语音',
    helpWindows: 'Windows：设置 → 时间和语言 → 语音 → 添加语音',
  },
} as const;

type Control = 'pause' | 'resume' | 'play' | 'previous' | 'next' | 'slower' | 'stop';

const sentence = (page: Page, id: string) => page.locator(`.sent[id="${id}"]`);
const player = (page: Page) =>
  page
    .getByRole('region', { name: WORDS.en.player })
    .or(page.getByRole('region', { name: WORDS.zh.player }));
const control = (page: Page, lng: Lng, name: Control) =>
  player(page).getByRole('button', { name: WORDS[lng][name], exact: true });
const speakingIds = (page: Page) =>
  page.locator('.sent[data-speaking]').evaluateAll((els) => els.map((el) => el.id));
const lastSpoken = async (page: Page) => (await spoken(page)).at(-1);

/** The text a reader sees in a sentence: without the pinyin of ruby annotations. */
const shownText = (target: Locator) =>
  target.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const rt of copy.querySelectorAll('rt, rp')) rt.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

/** The text under the spoken word's highlight (the CSS Custom Highlight API). */
const spokenWordShown = (page: Page) =>
  page.evaluate(() =>
    [...(CSS.highlights.get('speech-word') ?? [])].map((range) => String(range)).join(''),
  );

async function open(page: Page, lng: Lng, query = '') {
  await page.goto(`${readerPath(lng)}${query}`);
  await waitForHydration(page);
}

async function press(target: Locator, touch: boolean) {
  if (touch) await target.tap();
  else await target.click();
}

/**
 * Clicks, or taps on a phone, the `nth` Chinese character of a sentence where it is drawn
 * (not its pinyin), after scrolling it into view: a tap on Chinese opens the dictionary popup.
 */
async function pressChar(page: Page, target: Locator, touch: boolean, nth = 2) {
  await target.scrollIntoViewIfNeeded();
  const point = await target.evaluate((el, n) => {
    let seen = 0;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node instanceof Text) || node.parentElement?.closest('rt')) continue;
      for (let at = 0; at < node.data.length; at++) {
        if (!/\p{Script=Han}/u.test(node.data.charAt(at)) || seen++ < n) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
    }
    return null;
  }, nth);
  if (!point) throw new Error(`${target} has no Chinese character ${nth}`);
  if (touch) await page.touchscreen.tap(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
}

/** Clicks, or taps, the middle of a sentence's longest line (not a neighbour's). */
async function pick(target: Locator, touch: boolean) {
  const position = await target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const r = [...el.getClientRects()].sort((a, b) => b.width - a.width)[0];
    return r ? { x: r.x - box.x + r.width / 2, y: r.y - box.y + r.height / 2 } : null;
  });
  if (!position) throw new Error(`${target} has no line box`);
  if (touch) await target.tap({ position });
  else await target.click({ position });
}

/** Reads a sentence from the popup a tap on one of its characters opens. */
async function readFromPopup(page: Page, lng: Lng, id: string, touch: boolean) {
  await pressChar(page, sentence(page, id), touch);
  // Once the dictionary is in (its file is fetched and parsed at the first lookup), the popup
  // is placed again around what it holds: press Read sentence where it will stay.
  await expect(page.locator('.dict .dict__entry').first()).toBeVisible({ timeout: 15_000 });
  const read = page.locator('.dict').getByRole('button', { name: WORDS[lng].readSentence });
  await press(read, touch);
  await expect(page.locator('.dict')).toBeHidden();
}

/**
 * Opens the reader (with `query`) on a device with a Mandarin and an English voice, and reads
 * sentence `id` from the word popup, waiting for the pinyin first where the address asks for it.
 */
async function openAndRead(page: Page, lng: Lng, id: string, touch: boolean, query = '') {
  await installFakeSpeech(page, [MANDARIN, ENGLISH]);
  await open(page, lng, query);
  if (query.includes('pinyin'))
    await expect(sentence(page, id).locator('rt').first()).toBeVisible();
  await readFromPopup(page, lng, id, touch);
  await expect.poll(() => speakingIds(page)).toEqual([id]);
}

/** The toolbar's Listen, pressed where it is (sticky: Playwright's own click would scroll). */
const listen = (page: Page, lng: Lng, touch: boolean) =>
  clickInPlace(
    page,
    page.getByRole('toolbar').getByRole('button', { name: WORDS[lng].listen, exact: true }),
    touch,
  );

/** Where the sentence being read is, against the sticky toolbar above and the player below. */
const inView = (page: Page, id: string) =>
  page.evaluate((target) => {
    const el = document.getElementById(target);
    const toolbar = document.querySelector('.reader-toolbar')?.getBoundingClientRect();
    const dock = document.querySelector('.speech-player')?.getBoundingClientRect();
    if (!el || !toolbar || !dock) return 'missing';
    const box = el.getBoundingClientRect();
    const bottomLimit = dock.left < box.right && dock.right > box.left ? dock.top : innerHeight;
    return box.top >= toolbar.bottom - 1 && box.bottom <= bottomLimit + 1 ? 'in view' : 'hidden';
  }, id);

test.describe('read aloud', () => {
  for (const lng of ['en', 'zh'] as const) {
    test(`/${lng}: reads a sentence deep in the page from the word popup, in a mini player loaded then`, {
      tag: '@phone',
    }, async ({ page, isMobile }) => {
      await installFakeSpeech(page, [MANDARIN, ENGLISH]);
      const scripts: string[] = [];
      page.on('response', async (response) => {
        if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''));
      });
      await open(page, lng);
      await expect(page.locator('.speech-player')).toHaveCount(0);
      expect(scripts.some((s) => s.includes('speech-player__controls'))).toBe(false);

      const target = sentence(page, 'p20.zh1');
      await readFromPopup(page, lng, 'p20.zh1', isMobile);
      await expect.poll(() => speakingIds(page)).toEqual(['p20.zh1']);
      expect(await spoken(page)).toEqual([
        { text: await shownText(target), lang: 'zh-CN', voice: MANDARIN.name, rate: 1 },
      ]);
      expect(scripts.some((s) => s.includes('speech-player__controls'))).toBe(true);

      await expect(player(page)).toContainText(WORDS[lng].now(20, 1, 'zh'));
      const box = await page.locator('.speech-player').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return {
          left: r.left,
          right: r.right,
          bottom: r.bottom,
          width: innerWidth,
          height: innerHeight,
        };
      });
      if (isMobile) {
        // Docked: the whole width, at the bottom of the screen.
        expect(box).toMatchObject({ left: 0, right: box.width, bottom: box.height });
      } else {
        // A card in the bottom corner, a third of the window wide at most.
        expect(box.right - box.left).toBeLessThan(box.width / 3);
        expect(box.bottom).toBeLessThan(box.height);
        expect(box.bottom).toBeGreaterThan(box.height - 40);
      }
      await expect.poll(() => inView(page, 'p20.zh1')).toBe('in view');

      await finishUtterance(page);
      await expect.poll(() => speakingIds(page)).toEqual([]);
      await expect(page.locator('.speech-player')).toHaveAttribute('data-state', 'ended');
      await expect(control(page, lng, 'play')).toBeVisible();
    });
  }

  test('Listen reads from the current sentence through the document, keeping it in view', async ({
    page,
    isMobile,
  }) => {
    await installFakeSpeech(page, [MANDARIN, ENGLISH]);
    await open(page, 'en');
    await pressChar(page, sentence(page, 'p5.zh2'), isMobile); // the popup opens: close it
    // Closed where it stays: the popup is placed again once the dictionary is in.
    await expect(page.locator('.dict .dict__entry').first()).toBeVisible({ timeout: 15_000 });
    await press(page.locator('.dict').getByRole('button', { name: 'Close' }), isMobile);
    await expect(page.locator('.dict')).toBeHidden();
    await listen(page, 'en', isMobile);
    const zh = await page
      .locator(
        '[data-pair][id="p5"] .sent[data-side="zh"], [data-pair][id="p6"] .sent[data-side="zh"]',
      )
      .evaluateAll((els) => els.map((el) => el.id));
    for (const id of zh.slice(zh.indexOf('p5.zh2'))) {
      await expect.poll(() => speakingIds(page)).toEqual([id]);
      expect(await readingNow(page)).toBe(await shownText(sentence(page, id)));
      await expect.poll(() => inView(page, id)).toBe('in view');
      await finishUtterance(page);
    }
    expect(new Set((await spoken(page)).map((u) => u.lang))).toEqual(new Set(['zh-CN']));
    // p7 follows, a paragraph at a time.
    await expect.poll(() => speakingIds(page)).toEqual(['p7.zh1']);
  });

  // One sentence read from the popup (one load), then every control of the player on it.
  test("the player's controls by touch or mouse: pause, resume, slower, next, previous, stop", {
    tag: '@phone',
  }, async ({ page, isMobile }) => {
    await openAndRead(page, 'en', 'p5.zh1', isMobile);
    const first = await shownText(sentence(page, 'p5.zh1'));

    await test.step('pause, resume, slower', async () => {
      await press(control(page, 'en', 'pause'), isMobile);
      await expect(page.locator('.speech-player')).toHaveAttribute('data-state', 'paused');
      expect(await readingNow(page)).toBeNull();
      expect(await speakingIds(page)).toEqual(['p5.zh1']); // still marked where it paused

      await press(control(page, 'en', 'resume'), isMobile);
      await expect.poll(() => readingNow(page)).toBe(first);
      await expect(page.locator('.speech-player')).toHaveAttribute('data-state', 'speaking');

      const slower = control(page, 'en', 'slower');
      await press(slower, isMobile);
      await expect(slower).toHaveAttribute('aria-pressed', 'true');
      await expect.poll(async () => (await lastSpoken(page))?.rate).toBe(0.7);
      expect(await readingNow(page)).toBe(first);
    });

    await test.step('next, previous, stop', async () => {
      await press(control(page, 'en', 'next'), isMobile);
      await expect.poll(() => speakingIds(page)).toEqual(['p5.zh2']);
      expect(await readingNow(page)).toBe(await shownText(sentence(page, 'p5.zh2')));
      await press(control(page, 'en', 'previous'), isMobile);
      await expect.poll(() => speakingIds(page)).toEqual(['p5.zh1']);

      await press(control(page, 'en', 'stop'), isMobile);
      await expect(page.locator('.speech-player')).toHaveCount(0);
      expect(await speakingIds(page)).toEqual([]);
      expect(await readingNow(page)).toBeNull();
    });
  });

  test('works from the keyboard alone: P, P again to pause and resume, Shift+P, the player, Esc', async ({
    page,
  }) => {
    await installFakeSpeech(page, [MANDARIN, ENGLISH]);
    await open(page, 'en');
    await sentence(page, 'p1.zh1').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight'); // to the English counterpart
    const english = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(english).toMatch(/^p\d+\.en\d+$/);
    await page.keyboard.press('p');
    await expect.poll(() => speakingIds(page)).toEqual([english]);
    expect((await spoken(page)).map((u) => u.lang)).toEqual(['en-US']); // English: chosen with P
    await page.keyboard.press('p');
    await expect(page.locator('.speech-player')).toHaveAttribute('data-state', 'paused');
    await page.keyboard.press('p');
    await expect.poll(async () => (await spoken(page)).length).toBe(2);
    await expect(page.locator('.speech-player')).toHaveAttribute('data-state', 'speaking');
    await expect(page.locator(`.sent[id="${english}"]`)).toBeFocused();

    await page.keyboard.press('ArrowLeft'); // back to Chinese
    const chinese = await page.evaluate(() => document.activeElement?.id ?? '');
    await page.keyboard.press('Shift+P');
    const paragraph = await page.evaluate(() => {
      const pair = document.activeElement?.closest('[data-pair]');
      return [...(pair?.querySelectorAll('.sent[data-side="zh"]') ?? [])].map((el) => el.id);
    });
    expect(paragraph).toContain(chinese);
    await expect.poll(() => speakingIds(page)).toEqual([paragraph[0]]);
    expect((await spoken(page)).slice(2).map((u) => u.lang)).toEqual(paragraph.map(() => 'zh-CN'));

    // The player's buttons: Space and Enter.
    await control(page, 'en', 'pause').focus();
    await page.keyboard.press('Space');
    await expect(page.locator('.speech-player')).toHaveAttribute('data-state', 'paused');
    await expect(control(page, 'en', 'resume')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.speech-player')).toHaveAttribute('data-state', 'speaking');
    await control(page, 'en', 'next').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => speakingIds(page)).toEqual([paragraph[1]]);
    // Esc in the player stops it, and focus goes back to the sentence.
    await page.keyboard.press('Escape');
    await expect(page.locator('.speech-player')).toHaveCount(0);
    expect(await speakingIds(page)).toEqual([]);
    await expect(sentence(page, paragraph[1] ?? '')).toBeFocused();
  });

  for (const lng of ['en', 'zh'] as const) {
    test(
      `/${lng}: with no Mandarin voice, says so and how to add one where the reader is`,
      // On the phone once: the docked player places the message alike in either language.
      { tag: lng === 'zh' ? '@phone' : [] },
      async ({ page, isMobile }, testInfo) => {
        await installFakeSpeech(page, [ENGLISH]);
        await open(page, lng);
        await readFromPopup(page, lng, 'p20.zh1', isMobile);
        const status = player(page).getByRole('status');
        await expect(status).toContainText(WORDS[lng].noMandarin);
        await expect(status).toBeInViewport({ ratio: 1 });
        await expect(player(page)).toContainText(WORDS[lng].now(20, 1, 'zh'));
        const help = player(page).getByText(WORDS[lng].help, { exact: true });
        await press(help, isMobile);
        await expect(player(page).getByText(WORDS[lng].helpWindows)).toBeInViewport();
        expect(await spoken(page)).toEqual([]);
        await expectNoAxeViolations(page, testInfo, { include: ['.speech-player'] });
        // English still reads, once chosen, and the message goes.
        await pick(sentence(page, 'p20.en1'), isMobile);
        await listen(page, lng, isMobile);
        await expect.poll(() => speakingIds(page)).toEqual(['p20.en1']);
        await expect(status).toHaveText('');
      },
    );
  }

  for (const lng of ['en', 'zh'] as const) {
    test(`/${lng}: says so in the player when the browser has no speech synthesis at all`, async ({
      page,
      isMobile,
    }, testInfo) => {
      await installFakeSpeech(page, null);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await open(page, lng);
      await listen(page, lng, isMobile);
      await expect(player(page).getByRole('status')).toContainText(WORDS[lng].unsupported);
      await expect(player(page).getByRole('status')).toBeInViewport();
      expect(errors).toEqual([]);
      await expectNoAxeViolations(page, testInfo, { include: ['.speech-player'] });
    });
  }

  test('after a study-mode reveal, Listen still reads Chinese', async ({ page, isMobile }) => {
    await installFakeSpeech(page, [MANDARIN, ENGLISH]);
    await open(page, 'en', '?study=sentence');
    const veiled = sentence(page, 'p5.en1');
    await pick(veiled, isMobile); // reveals it
    await expect(veiled).toHaveAttribute('data-revealed', '');
    await listen(page, 'en', isMobile);
    await expect.poll(() => speakingIds(page)).toEqual(['p5.zh1']);
    // From p5.zh1 on through the paragraph, all Chinese.
    expect(new Set((await spoken(page)).map((u) => u.lang))).toEqual(new Set(['zh-CN']));
  });

  test('reads English once a tap chooses it, and Chinese again after a tap on Chinese', {
    tag: '@phone',
  }, async ({ page, isMobile }) => {
    await installFakeSpeech(page, [MANDARIN, ENGLISH]);
    await open(page, 'en');
    await pick(sentence(page, 'p5.en1'), isMobile);
    await listen(page, 'en', isMobile);
    await expect.poll(() => speakingIds(page)).toEqual(['p5.en1']);
    expect((await lastSpoken(page))?.lang).toBe('en-US');

    await readFromPopup(page, 'en', 'p5.zh2', isMobile);
    await expect.poll(() => speakingIds(page)).toEqual(['p5.zh2']);
    expect((await lastSpoken(page))?.lang).toBe('zh-CN');
  });

  test('read along: the word the voice reports is marked, pinyin left out; else the sentence', async ({
    page,
    isMobile,
  }) => {
    await openAndRead(page, 'en', 'p20.zh1', isMobile, '?pinyin=marks');
    const target = sentence(page, 'p20.zh1');
    const text = await shownText(target); // 虽然大模型的实用性没有被证明……
    expect(await spokenWordShown(page)).toBe(''); // only the sentence, until a word is reported
    const at = text.indexOf('大模型');
    await speakWord(page, at, 3);
    await expect.poll(() => spokenWordShown(page)).toBe('大模型');
    // A voice that gives no length: the word is found in the text.
    await speakWord(page, text.indexOf('实用性'));
    await expect.poll(() => spokenWordShown(page)).toMatch(/^实用/);
    await finishUtterance(page);
    await expect.poll(() => spokenWordShown(page)).toBe('');

    // English words too, chosen with a tap.
    await pick(sentence(page, 'p20.en1'), isMobile);
    await listen(page, 'en', isMobile);
    await expect.poll(() => speakingIds(page)).toEqual(['p20.en1']);
    const english = await shownText(sentence(page, 'p20.en1'));
    await speakWord(page, english.indexOf('usefulness'), 'usefulness'.length);
    await expect.poll(() => spokenWordShown(page)).toBe('usefulness');
  });

  test('reads what is shown: traditional characters, not the pinyin above them', async ({
    page,
    isMobile,
  }) => {
    await openAndRead(page, 'en', 'p5.zh2', isMobile, '?pinyin=marks&script=traditional');
    const target = sentence(page, 'p5.zh2');
    const [utterance] = await spoken(page);
    const simplified = await target.getAttribute('data-simplified');
    expect(utterance?.text).toBe(await shownText(target));
    expect(utterance?.text).not.toBe(simplified);
    // No tone-marked pinyin vowel: the <rt> text was left out.
    expect(utterance?.text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
  });

  test('in an English-only layout, Listen reads English', async ({ page, isMobile }) => {
    await installFakeSpeech(page, [MANDARIN, ENGLISH]);
    await open(page, 'en', '?layout=en-only');
    await listen(page, 'en', isMobile);
    await expect.poll(() => speakingIds(page)).toEqual(['p1.en1']);
    expect((await spoken(page)).map((u) => u.lang)).toEqual(['en-US']);
    await expect(player(page)).toContainText(WORDS.en.now(1, 1, 'en'));
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
    await listen(page, 'en', isMobile);
    const outcome = () =>
      page.evaluate(() => {
        if ('sawSpeaking' in document.documentElement.dataset) return 'spoke';
        return document.querySelector('.speech-player [role="status"]')?.textContent
          ? 'message'
          : 'waiting';
      });
    await expect.poll(outcome, { timeout: 10_000 }).toMatch(/^(spoke|message)$/);
    const result = await outcome();
    test.info().annotations.push({ type: 'real speech', description: result });
    if (result === 'message') {
      await expect(player(page).getByRole('status')).toContainText(WORDS.en.noMandarin);
    }
    // Stop while reading, Close once ended: the same button.
    await press(player(page).getByRole('button', { name: /^(Stop|Close)$/ }), isMobile);
    await expect(page.locator('.speech-player')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  for (const lng of ['en', 'zh'] as const) {
    test(`/${lng}: the popup's Read sentence, the player speaking a word, paused and ended pass axe`, async ({
      page,
      isMobile,
    }, testInfo) => {
      test.slow(); // four axe runs
      await installFakeSpeech(page, [MANDARIN, ENGLISH]);
      await open(page, lng);
      await pressChar(page, sentence(page, 'p5.zh1'), isMobile);
      await expect(page.locator('.dict')).toBeVisible();
      await expectNoAxeViolations(page, testInfo, { include: ['.dict'] });
      await press(
        page.locator('.dict').getByRole('button', { name: WORDS[lng].readSentence }),
        isMobile,
      );
      await expect.poll(() => speakingIds(page)).toEqual(['p5.zh1']);
      await speakWord(page, 0, 2);
      await expectNoAxeViolations(page, testInfo, { include: ['.speech-player', '[id="p5"]'] });
      await press(control(page, lng, 'pause'), isMobile);
      await expectNoAxeViolations(page, testInfo, { include: ['.speech-player', '[id="p5"]'] });
      await press(control(page, lng, 'resume'), isMobile);
      await expect.poll(() => readingNow(page)).not.toBeNull();
      await finishUtterance(page);
      await expect(control(page, lng, 'play')).toBeVisible();
      await expectNoAxeViolations(page, testInfo, { include: ['.speech-player'] });
    });
  }
});
