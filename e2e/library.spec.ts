import { expect, type Page } from '@playwright/test';
import type { ReadingProgress } from '../lib/progress/progress';
import { recordProgress } from '../lib/progress/store';
import { expectNoAxeViolations } from './axe';
import { type Lng, pair, test, urlOf, waitForHydration } from './fixtures';

/**
 * The library: each document's level, length, genre, author and year; sorting and filtering
 * by plain links; search in both languages (titles, authors, passages) with the search in the
 * address; "Continue reading" after a reload; axe in every state.
 */

const words = {
  en: {
    search: 'Search the library',
    level: 'Level',
    genre: 'Genre',
    sort: 'Sort by',
    length: 'Length',
    title: 'Title',
    hsk6: 'HSK 6',
    story: 'Story',
    kongYijiLevel: 'HSK 7–9 · 92%',
    luXun: 'Lu Xun',
    inTitle: 'Found in the title',
    inAuthor: 'Found in the author’s name',
    continue: 'Continue reading',
  },
  zh: {
    search: '搜索文库',
    level: '难度',
    genre: '体裁',
    sort: '排序',
    length: '篇幅',
    title: '标题',
    hsk6: 'HSK 6 级',
    story: '小说',
    kongYijiLevel: 'HSK 7–9 级 · 92%',
    luXun: '鲁迅',
    inTitle: '标题相符',
    inAuthor: '作者相符',
    continue: '继续阅读',
  },
} as const;

/** The documents shown: the view's list, or the search results that replace it. */
const list = (page: Page) =>
  page.locator('.library-list .document-card:visible, .search-results .document-card:visible');
const card = (page: Page, zhTitle: string) =>
  list(page).filter({ has: page.locator('.document-card__zh', { hasText: zhTitle }) });
const zhTitles = (page: Page) => list(page).locator('.document-card__zh').allTextContents();
const option = (page: Page, group: string, name: string) =>
  page
    .getByRole('navigation', { name: /Sort and filter|排序与筛选/ })
    .getByRole('list', { name: group, exact: true })
    .getByRole('link', { name: new RegExp(`^${name}\\s*(,|$)`) });

async function search(page: Page, lng: Lng, query: string) {
  const field = page.getByRole('searchbox', { name: words[lng].search });
  await field.fill(query);
  await expect(page).toHaveURL(
    new RegExp(`[?&]q=${encodeURIComponent(query).replace(/%20/g, '(\\+|%20)')}`),
  );
}

// Each test runs axe several times: on this shared 2-core machine that alone can take 20 s.
test.describe.configure({ timeout: 90_000 });

for (const lng of ['en', 'zh'] as const) {
  const w = words[lng];

  test.describe(`library (/${lng})`, () => {
    test('shows each document’s level and length, continues reading after a reload, filters and sorts by links', async ({
      page,
    }, testInfo) => {
      const searchFiles: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/data/library-search')) searchFiles.push(request.url());
      });
      // A reading stopped at pair 10 of 孔乙己, as the reader's progress store records it.
      const reader = await page.request.get(`/${lng}/read/kong-yiji`);
      const pairs = (await reader.text()).match(/<div [^>]*\bdata-pair\b/g)?.length ?? 0;
      expect(pairs).toBeGreaterThan(10);
      const value = storedProgress({
        document: { kind: 'bundled', slug: 'kong-yiji' },
        title: { zh: '孔乙己', en: 'Kong Yiji' },
        pair: 'p10',
        index: 9,
        pairs,
        share: 0.62,
      });
      await page.goto(`/${lng}`);
      await page.evaluate((json) => localStorage.setItem('duizhao-progress', json), value);
      await page.reload();
      const entry = page.getByRole('region', { name: w.continue });
      await expect(entry).toContainText('孔乙己');
      await expect(entry).toContainText(
        lng === 'en'
          ? `Paragraph 10 of ${pairs} · 62% read`
          : `第 10 段，共 ${pairs} 段 · 已读 62%`,
      );

      await expect(list(page)).toHaveCount(10);
      const kongYiji = card(page, '孔乙己');
      await expect(kongYiji).toContainText(w.kongYijiLevel);
      await expect(kongYiji).toContainText(lng === 'en' ? '2,187 characters' : '2,187 字');
      await expect(kongYiji).toContainText(lng === 'en' ? 'at least 9 minutes' : '至少 9 分钟');
      await expect(kongYiji).toContainText(w.story);
      await expect(kongYiji).toContainText(w.luXun);
      await expect(kongYiji).toContainText('1919');
      // Sorted by level: the two HSK 6 texts first.
      expect((await zhTitles(page)).slice(0, 2).sort()).toEqual(
        ['差不多先生传', 'APUS创始人李涛:数据、场景、算法、算力,中国创业者目前能抓住前三个'].sort(),
      );
      await expectNoAxeViolations(page, testInfo);

      await waitForHydration(page);
      // Nothing of the search is fetched with the page: its results' live region comes with
      // its code, and the index after it.
      await expect(page.getByRole('status')).toHaveCount(0);
      expect(searchFiles).toEqual([]);
      await option(page, w.level, w.hsk6).click();
      await expect(page).toHaveURL(urlOf(`/${lng}/library/hsk-6`));
      await expect(list(page)).toHaveCount(2);
      await expect(option(page, w.level, w.hsk6)).toHaveAttribute('aria-current', 'page');
      await option(page, w.genre, w.story).click();
      await expect(page).toHaveURL(urlOf(`/${lng}/library/hsk-6/story`));
      expect(await zhTitles(page)).toEqual(['差不多先生传']);
      await expectNoAxeViolations(page, testInfo);

      // Opened from its address, the view shows its filter: on a phone the genre row scrolls
      // sideways, and Story starts out of sight.
      await page.goto(`/${lng}/library/story`);
      await expect(option(page, w.genre, w.story)).toBeInViewport({ ratio: 1 });
      await option(page, w.sort, w.length).click();
      await expect(page).toHaveURL(urlOf(`/${lng}/library/story/sort-length`));
      expect(await zhTitles(page)).toEqual([
        '差不多先生传',
        '一件小事',
        '孔乙己',
        '狂人日记',
        '故乡',
      ]);
      await option(page, w.sort, w.title).click();
      await expect(page).toHaveURL(urlOf(`/${lng}/library/story/sort-title`));
      expect(await zhTitles(page)).toEqual(
        lng === 'en'
          ? // Diary…, Kong Yiji, (The) Life…, My Old Home, (A) Small Matter: articles left out
            ['狂人日记', '孔乙己', '差不多先生传', '故乡', '一件小事']
          : // In pinyin order: chà, gù, kǒng, kuáng, yī
            ['差不多先生传', '故乡', '孔乙己', '狂人日记', '一件小事'],
      );
      await expectNoAxeViolations(page, testInfo);

      await test.step('the search (its code and index) loads on first use of the field', async () => {
        const head = page.waitForRequest(/\/data\/library-search\.json$/);
        await page.getByRole('searchbox', { name: w.search }).focus();
        await head;
        await expect(page.getByRole('status')).toHaveCount(1);
      });

      await entry
        .getByRole('link', { name: lng === 'en' ? 'Continue at paragraph 10' : '从第 10 段继续' })
        .click();
      await expect(page).toHaveURL(urlOf(`/${lng}/read/kong-yiji`, 'p10'));
      await expect(pair(page, 'p10')).toBeInViewport();
    });

    test('finds titles, authors and passages in both languages, keeps the search when filtering', async ({
      page,
    }, testInfo) => {
      await test.step('a passage found nowhere: the search key answers, no shard is fetched', async () => {
        const fetched: string[] = [];
        page.on('request', (request) => {
          const file = /\/data\/library-search\/(.+\.json)$/.exec(request.url())?.[1];
          if (file) fetched.push(file);
        });
        const nowhere = lng === 'en' ? 'quantum physics' : '量子力学';
        await page.goto(`/${lng}?q=${encodeURIComponent(nowhere)}`);
        await expect(page.getByRole('status')).toContainText(
          lng === 'en' ? 'Nothing matches' : '没有与',
        );
        expect(fetched).toEqual(['key-0.json']);
      });
      await waitForHydration(page);

      await search(page, lng, w.luXun === '鲁迅' ? 'Lu Xun' : '鲁迅');
      await expect(list(page)).toHaveCount(4);
      await expect(list(page).first()).toContainText(w.inAuthor);
      await expect(page.getByRole('status')).toContainText(
        lng === 'en' ? '4 documents match' : '共 4 篇',
      );
      // Filters keep the search in the address.
      const kept = encodeURIComponent(w.luXun === '鲁迅' ? 'Lu Xun' : '鲁迅').replace(
        /%20/g,
        '\\+',
      );
      await option(page, w.genre, w.story).click();
      await expect(page).toHaveURL(new RegExp(`/library/story/?\\?q=${kept}$`));
      await expect(list(page)).toHaveCount(4);
      await option(page, w.level, w.hsk6).click();
      await expect(list(page)).toHaveCount(0);
      await expect(page.getByRole('status')).toContainText(
        lng === 'en' ? 'Nothing matches' : '没有与',
      );
      await expectNoAxeViolations(page, testInfo);
      // Back to the whole library, the search still in the address.
      await option(page, w.level, lng === 'en' ? 'All levels' : '全部难度').click();
      // The level's page first: a click before it arrives would follow the old page's link.
      await expect(page).toHaveURL(new RegExp(`/library/story/?\\?q=${kept}$`));
      await option(page, w.genre, lng === 'en' ? 'All genres' : '全部体裁').click();
      await expect(page).toHaveURL(new RegExp(`/${lng}/?\\?q=${kept}$`));
      await expect(list(page)).toHaveCount(4);

      await search(page, lng, '孔乙己');
      await expect(list(page).first()).toContainText('孔乙己');
      await expect(list(page).first()).toContainText(w.inTitle);

      await search(page, lng, 'tally board');
      await expect(list(page)).toHaveCount(1);
      await expect(card(page, '孔乙己').locator('mark')).toHaveText('tally');
      await expectNoAxeViolations(page, testInfo);

      await search(page, lng, '茴香豆的茴字');
      const found = card(page, '孔乙己');
      await expect(found.locator('mark')).toHaveText('茴香豆的茴字');
      await expect(found.locator('blockquote')).toHaveAttribute('lang', 'zh-Hans');
      // The search is in the address: a reload (or a shared link) shows the same results.
      await page.reload();
      await expect(card(page, '孔乙己').locator('mark')).toHaveText('茴香豆的茴字');
      await expect(page.getByRole('searchbox', { name: w.search })).toHaveValue('茴香豆的茴字');
      // The passage link opens the reader at that pair.
      await found
        .getByRole('link', { name: lng === 'en' ? /Read from paragraph 7/ : /从第 7 段读起/ })
        .click();
      await expect(page).toHaveURL(urlOf(`/${lng}/read/kong-yiji`, 'p7'));
      await expect(pair(page, 'p7')).toBeInViewport();
    });
  });
}

test.describe('library without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('sorts and filters through plain links', async ({ page }) => {
    await page.goto('/en');
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await option(page, 'Genre', 'Poem').click();
    await expect(page).toHaveURL(urlOf('/en/library/poem'));
    expect(await zhTitles(page)).toEqual(['再别康桥']);
  });
});

/** The stored value of the progress store after one reading, made by the store itself. */
function storedProgress(reading: Omit<ReadingProgress, 'readAt'>): string {
  let value = '';
  recordProgress(
    { getItem: () => null, setItem: (_key, json) => (value = json) },
    reading,
    new Date(),
  );
  return value;
}
