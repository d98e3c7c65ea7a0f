import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { VocabularyEntry } from '../lib/vocabulary/types';
import { ankiHeader, readDelimited } from '../tests/helpers/read-delimited';
import { expectNoAxeViolations } from './axe';
import { test } from './fixtures';
import {
  clearVocabulary,
  installStore,
  saveInPage,
  seedVocabulary,
  storedWords,
  vocabularyEntry,
} from './vocabulary-store';

type Lng = 'en' | 'zh';

/** What the page says, as a user reads it, in each interface language. */
const UI = {
  en: {
    list: 'Saved words',
    sort: 'Sort',
    document: 'Document',
    oldest: 'Oldest first',
    pinyin: 'Pinyin, A to Z',
    myText: 'My text (1)',
    shownOne: '1 of 3 saved words shown',
    delete: (word: string) => `Delete ${word}`,
    undo: 'Undo',
    deleted: (word: string) => `Deleted: ${word}`,
    anki: 'For Anki (.txt)',
    csv: 'CSV for spreadsheets',
    empty: 'No saved words yet',
    nav: 'Words',
    study: /^Study/,
    interview: 'An interview with Li Tao',
    unavailable: /does not let the site keep data/,
  },
  zh: {
    list: '已收藏的生词',
    sort: '排序',
    document: '文章',
    oldest: '最早收藏在前',
    pinyin: '按拼音排序',
    myText: '我的文本（1）',
    shownOne: '显示 1 个，共 3 个生词',
    delete: (word: string) => `删除 ${word}`,
    undo: '撤销',
    deleted: (word: string) => `已删除：${word}`,
    anki: 'Anki 卡片（.txt）',
    csv: 'CSV 表格',
    empty: '还没有收藏的生词',
    nav: '生词本',
    study: /^学习/,
    interview: '李涛专访',
    unavailable: /不允许本站在本地保存数据/,
  },
} as const;

const INTERVIEW = { zh: '李涛专访', en: 'An interview with Li Tao' };
/** The export's columns, spelled out here so that a change to the file format fails a test. */
const COLUMNS = [
  'Simplified',
  'Traditional',
  'Pinyin',
  'Meaning',
  'Sentence',
  'Translation',
  'Document',
  'Link',
  'Saved',
  'Cloze',
];

/** Three words from two documents, saved at times that make each order different. */
const THREE = [
  vocabularyEntry({
    simplified: '行业',
    pinyin: 'háng yè',
    senses: ['industry', 'business'],
    savedAt: '2026-11-29T10:01:00.000Z',
    context: {
      sentence: '这个行业变化很快。',
      translation: 'This industry changes fast.',
      documentTitle: INTERVIEW,
      href: '/en/read/apus-li-tao-interview#p13.zh2',
    },
  }),
  vocabularyEntry({
    simplified: '算力',
    pinyin: 'suàn lì',
    senses: ['computing power'],
    savedAt: '2026-11-29T10:02:00.000Z',
    context: { documentTitle: INTERVIEW },
  }),
  vocabularyEntry({
    simplified: '数据',
    pinyin: 'shù jù',
    senses: ['data'],
    savedAt: '2026-11-29T10:03:00.000Z',
    context: {
      documentId: 'local:local-abc',
      documentTitle: { zh: '我的文本', en: 'My text' },
      href: '/en/local?id=local-abc#p1.zh1',
    },
  }),
];

const words = (page: Page) =>
  page.getByRole('list', { name: /Saved words|已收藏的生词/ }).locator('h3 [lang="zh-Hans"]');
const entryOf = (page: Page, word: string) =>
  page
    .locator('[data-entry-id]')
    .filter({ has: page.locator(`h3 [lang="zh-Hans"]:text-is("${word}")`) });

/** Clicks, or taps on a touch screen, as a user would. */
const press = (target: Locator, touch: boolean) => (touch ? target.tap() : target.click());

/** Opens the vocabulary page with exactly these words saved (loaded fresh from IndexedDB). */
async function openWith(page: Page, lng: Lng, entries: VocabularyEntry[]) {
  await page.goto(`/${lng}/vocabulary`);
  await clearVocabulary(page);
  await seedVocabulary(page, entries);
  await page.reload();
}

/** Presses a download button and returns the file it gives: its name and bytes. */
async function download(page: Page, button: Locator, touch: boolean) {
  const [file] = await Promise.all([page.waitForEvent('download'), press(button, touch)]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/*
 * Journeys that read the interface's words run in both interfaces; those whose behaviour does not
 * depend on them (the files, two tabs) run once, in one interface or the other.
 */
for (const lng of ['en', 'zh'] as const) {
  const ui = UI[lng];

  test.describe(`vocabulary (/${lng})`, () => {
    test('saved words are listed after a reload, with their sentence, sort and filter, and link to it', async ({
      page,
    }) => {
      await openWith(page, lng, THREE);
      await expect(words(page)).toHaveText(['数据', '算力', '行业']); // newest first

      const industry = entryOf(page, '行业');
      await expect(industry.locator('h3 [lang="zh-Latn-pinyin"]')).toHaveText('háng yè');
      await expect(industry.locator('ol[lang="en"] li')).toHaveText(['industry', 'business']);
      await expect(industry.locator('p[lang="zh-Hans"]')).toHaveText('这个行业变化很快。');
      await expect(industry.locator('p[lang="zh-Hans"] mark')).toHaveText('行业');
      await expect(industry.locator('p[lang="en"]')).toHaveText('This industry changes fast.');
      const source = industry.getByRole('link', { name: ui.interview });
      await expect(source).toHaveAttribute('href', `/${lng}/read/apus-li-tao-interview#p13.zh2`);

      await page.getByLabel(ui.sort).selectOption({ label: ui.oldest });
      await expect(words(page)).toHaveText(['行业', '算力', '数据']);
      await page.getByLabel(ui.sort).selectOption({ label: ui.pinyin });
      await expect(words(page)).toHaveText(['行业', '数据', '算力']);

      await page.getByLabel(ui.document).selectOption({ label: ui.myText });
      await expect(words(page)).toHaveText(['数据']);
      await expect(page.getByText(ui.shownOne)).toBeVisible();

      // The link of a word opens its sentence in the reader.
      await page.getByLabel(ui.document).selectOption({ index: 0 });
      await source.click();
      await expect(page).toHaveURL(new RegExp(`/${lng}/read/apus-li-tao-interview#p13\\.zh2$`));
    });

    test('a word is deleted, comes back with Undo, and stays deleted after a reload; axe passes empty, with words and after the delete', async ({
      page,
      isMobile,
    }, testInfo) => {
      // A fresh browser: nothing saved yet.
      await page.goto(`/${lng}/vocabulary`);
      await expect(page.getByRole('heading', { name: ui.empty })).toBeVisible();
      await expectNoAxeViolations(page, testInfo);
      await seedVocabulary(page, THREE);
      await page.reload();
      await expect(words(page)).toHaveText(['数据', '算力', '行业']);
      await expectNoAxeViolations(page, testInfo);

      await press(page.getByRole('button', { name: ui.delete('行业') }), isMobile);
      await expect(words(page)).toHaveText(['数据', '算力']);
      await expect(page.locator('main').getByRole('status')).toHaveText(ui.deleted('行业'));
      const undo = page.getByRole('button', { name: ui.undo });
      await expect(undo).toBeFocused();
      await expectNoAxeViolations(page, testInfo);

      await press(undo, isMobile);
      await expect(words(page)).toHaveText(['数据', '算力', '行业']);
      await expect(entryOf(page, '行业').locator('h3')).toBeFocused();

      await press(page.getByRole('button', { name: ui.delete('行业') }), isMobile);
      await expect(words(page)).toHaveText(['数据', '算力']);
      await page.reload();
      await expect(words(page)).toHaveText(['数据', '算力']);
      expect(await storedWords(page)).toEqual(['数据', '算力'].sort());
    });

    if (lng === 'en')
      test('the Anki file downloads with its header and every field intact', async ({
        page,
        isMobile,
        baseURL,
      }) => {
        const awkward = vocabularyEntry({
          simplified: '#号',
          traditional: '#號',
          pinyin: 'hào',
          senses: ['number sign', 'say "hash"'],
          savedAt: '2026-11-29T11:00:00.000Z',
          context: {
            sentence: '第一行\t制表符\n第二行“引号”',
            translation: 'He said "yes"\tand left.\r\nThen nothing.',
            documentTitle: INTERVIEW,
          },
        });
        await openWith(page, lng, [...THREE, awkward]);
        const { name, bytes } = await download(
          page,
          page.getByRole('button', { name: ui.anki }),
          isMobile,
        );
        expect(name).toBe('duizhao-vocabulary.txt');
        expect(bytes.subarray(0, 1).toString()).toBe('#'); // no byte-order mark before the header
        const text = bytes.toString('utf8');
        const header = ankiHeader(text);
        expect(header.get('separator')).toBe('tab');
        expect(header.get('html')).toBe('false');
        expect(header.get('tags column')).toBe('11');
        expect(header.get('columns')?.split('\t')).toEqual([...COLUMNS, 'Tags']);
        const notes = readDelimited(text, '\t', '#');
        expect(notes.map((n) => n[0])).toEqual(['#号', '数据', '算力', '行业']);
        expect(notes[0]).toEqual([
          '#号',
          '#號',
          'hào',
          'number sign; say "hash"',
          '第一行\t制表符\n第二行“引号”',
          'He said "yes"\tand left.\r\nThen nothing.',
          '李涛专访 / An interview with Li Tao',
          `${baseURL}/en/read/apus-li-tao-interview#p3.zh2`,
          '2026-11-29T11:00:00.000Z',
          '{{c1::#号}} 第一行\t制表符\n第二行“引号”',
          'duizhao duizhao::apus-li-tao-interview',
        ]);
        expect(notes[1]?.[10]).toBe('duizhao duizhao::local-local-abc');
        // The cloze field blanks the word in its sentence; the English sentence is kept beside it.
        const industry = notes.find((n) => n[0] === '行业');
        expect(industry?.[9]).toBe('这个{{c1::行业}}变化很快。');
        expect(industry?.[5]).toBe('This industry changes fast.');
      });

    if (lng === 'zh')
      test('the CSV downloads with a byte-order mark, a header row and the words listed', async ({
        page,
        isMobile,
        baseURL,
      }) => {
        const quoted = vocabularyEntry({
          simplified: '说',
          pinyin: 'shuō',
          senses: ['to say, to speak', 'a "theory"'],
          savedAt: '2026-11-29T11:00:00.000Z',
          context: {
            sentence: '他说：“好，\n走吧。”',
            translation: 'He said, "Fine,\nlet\'s go."',
            documentTitle: INTERVIEW,
          },
        });
        await openWith(page, lng, [...THREE, quoted]);
        const all = await download(page, page.getByRole('button', { name: ui.csv }), isMobile);
        expect(all.name).toBe('duizhao-vocabulary.csv');
        expect([...all.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const [header, ...rows] = readDelimited(all.bytes.toString('utf8').slice(1), ',');
        expect(header).toEqual(COLUMNS);
        expect(rows.map((r) => r[0])).toEqual(['说', '数据', '算力', '行业']);
        expect(rows[0]).toEqual([
          '说',
          '说',
          'shuō',
          'to say, to speak; a "theory"',
          '他说：“好，\n走吧。”',
          'He said, "Fine,\nlet\'s go."',
          '李涛专访 / An interview with Li Tao',
          `${baseURL}/en/read/apus-li-tao-interview#p3.zh2`,
          '2026-11-29T11:00:00.000Z',
          '他{{c1::说}}：“好，\n走吧。”',
        ]);

        // The files hold what is listed: one document, in pinyin order.
        await page.getByLabel(ui.document).selectOption({ label: ui.myText });
        await expect(words(page)).toHaveText(['数据']);
        const some = await download(page, page.getByRole('button', { name: ui.csv }), isMobile);
        expect(readDelimited(some.bytes.toString('utf8').slice(1), ',').map((r) => r[0])).toEqual([
          'Simplified',
          '数据',
        ]);
      });

    if (lng === 'en')
      test('two tabs saving at once lose nothing, and the open page lists every word', async ({
        page,
        context,
      }) => {
        await page.goto(`/${lng}/vocabulary`);
        await clearVocabulary(page);
        await page.reload();
        await expect(page.getByRole('heading', { name: ui.empty })).toBeVisible();

        const tabs = await Promise.all([context.newPage(), context.newPage()]);
        for (const tab of tabs) {
          await tab.goto(`/${lng}`);
          await installStore(tab);
        }
        const batch = (prefix: string) =>
          Array.from({ length: 30 }, (_, i) =>
            vocabularyEntry({ simplified: `${prefix}${i}`, context: { sentence: `第${i}句。` } }),
          );
        // Both tabs also save the same five words: they must be there once each.
        const shared = Array.from({ length: 5 }, (_, i) =>
          vocabularyEntry({ simplified: `共${i}` }),
        );
        const [first, second] = tabs;
        if (!first || !second) throw new Error('two tabs');
        await Promise.all([
          saveInPage(first, [...batch('甲'), ...shared]),
          saveInPage(second, [...batch('乙'), ...shared]),
        ]);

        // The page that was open all along shows them without a reload.
        await expect(words(page)).toHaveCount(65);
        expect(await storedWords(page)).toHaveLength(65);
        await page.reload();
        await expect(words(page)).toHaveCount(65);
      });

    // The widths are set by the test (the window's, then 320 px): no phone run needed.
    test('the header leads to the page and still fits one row', async ({ page, isMobile }) => {
      await page.goto(`/${lng}`);
      const header = page.getByRole('banner');
      // The header's Study entry leads to the review; the study pages' own navigation to the words.
      await press(header.getByRole('link', { name: ui.study }), isMobile);
      await expect(page).toHaveURL(new RegExp(`/${lng}/study$`));
      await press(
        page.getByRole('navigation', { name: ui.study }).getByRole('link', { name: ui.nav }),
        isMobile,
      );
      await expect(page).toHaveURL(new RegExp(`/${lng}/vocabulary$`));
      // Every header link, the language switcher last, is inside the window, down to 320 px.
      for (const width of [page.viewportSize()?.width ?? 0, 320]) {
        await page.setViewportSize({ width, height: 640 });
        for (const link of await header.getByRole('link').all()) {
          const box = await link.boundingBox();
          const name = await link.textContent();
          expect(box && box.x + box.width <= width, `${name} in view at ${width} px`).toBe(true);
        }
      }
    });

    test('without IndexedDB (a private window) the page says words cannot be kept', async ({
      page,
    }) => {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', { value: undefined });
      });
      await page.goto(`/${lng}/vocabulary`);
      await expect(page.locator('main').getByRole('alert')).toHaveText(ui.unavailable);
    });
  });
}
