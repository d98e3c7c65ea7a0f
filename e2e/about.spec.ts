import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectHtmlLang, type Lng, test, urlOf } from './fixtures';

/** What the About page must credit, and where each credit's links must lead. */
const CREDITS = [
  {
    name: 'CC-CEDICT',
    links: {
      'cc-cedict.org': 'https://cc-cedict.org/wiki/',
      'mdbg.net': 'https://www.mdbg.net/chinese/dictionary?page=cc-cedict',
      'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
    },
  },
  {
    name: 'pinyin-pro',
    links: {
      'github.com/zh-lx/pinyin-pro': 'https://github.com/zh-lx/pinyin-pro',
      MIT: 'https://opensource.org/license/mit',
    },
  },
  {
    name: 'OpenCC · opencc-js',
    links: {
      'github.com/BYVoid/OpenCC': 'https://github.com/BYVoid/OpenCC',
      'github.com/nk2028/opencc-js': 'https://github.com/nk2028/opencc-js',
      'Apache-2.0': 'https://www.apache.org/licenses/LICENSE-2.0',
      MIT: 'https://opensource.org/license/mit',
    },
  },
  {
    name: 'ts-fsrs',
    links: {
      'github.com/open-spaced-repetition/ts-fsrs':
        'https://github.com/open-spaced-repetition/ts-fsrs',
      MIT: 'https://opensource.org/license/mit',
    },
  },
  {
    name: 'Hanzi Writer',
    links: {
      'github.com/chanind/hanzi-writer': 'https://github.com/chanind/hanzi-writer',
      MIT: 'https://opensource.org/license/mit',
    },
  },
  {
    name: 'Make Me a Hanzi · hanzi-writer-data',
    links: {
      'github.com/skishore/makemeahanzi': 'https://github.com/skishore/makemeahanzi',
      'github.com/chanind/hanzi-writer-data': 'https://github.com/chanind/hanzi-writer-data',
      // The licence's text ships with the app.
      'Arphic Public License': '/licenses/arphic-public-license.txt',
    },
  },
] as const;

/** The bundled interview's `source` (content/documents/apus-li-tao-interview.yaml). */
const SOURCE_URL = 'http://m.xishuta.com/newsview68035.html';

const WORDS = {
  en: {
    title: 'About Duizhao',
    footerLink: 'About Duizhao and credits',
    publisher: '36Kr',
    cedictStatement: /dictionary entries shown in the reader’s word popup are from CC-CEDICT/,
    cedictLicence: /extracts of it that ship with our pages remain under .*CC BY-SA 4\.0/,
  },
  zh: {
    title: '关于对照',
    footerLink: '关于“对照”与致谢',
    publisher: '36氪',
    cedictStatement: /取词弹窗中显示的词典词条均出自 CC-CEDICT/,
    cedictLicence: /随页面提供的词典摘录仍适用 CC-CEDICT 的许可协议.*CC BY-SA 4\.0/,
  },
} as const;

const aboutPath = (lng: Lng) => `/${lng}/about`;
const credit = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });

/**
 * The site has no network here, and what is checked is where each link takes the browser, not
 * the page there: every address a link leads to (another site, or a licence text we ship)
 * answers "204 No Content", which a browser takes as "stay on this page" (HTML, navigate: a
 * 204 or 205 response aborts the navigation), so no page is loaded and none has to be left.
 * Returns the addresses the page navigated to, in order.
 */
async function recordNavigations(page: Page): Promise<string[]> {
  const requested: string[] = [];
  await page.route(
    (url) =>
      !/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url.href) ||
      url.pathname.startsWith('/licenses/'),
    (route) => {
      if (route.request().isNavigationRequest()) requested.push(route.request().url());
      return route.fulfill({ status: 204 });
    },
  );
  return requested;
}

for (const lng of ['en', 'zh'] as const) {
  const words = WORDS[lng];

  test.describe(`About page (${lng})`, () => {
    test('names Duizhao, credits the dictionary, the libraries and the text, and passes axe', async ({
      page,
    }, testInfo) => {
      await page.goto(aboutPath(lng));
      await expectHtmlLang(page, lng);
      await expect(page).toHaveTitle(new RegExp(`^${words.title}`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
      await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute(
        'href',
        /\/zh\/about$/,
      );

      for (const { name, links } of CREDITS) {
        const item = credit(page, name);
        await expect(item).toBeVisible();
        for (const [label, href] of Object.entries(links))
          await expect(item.getByRole('link', { name: label, exact: true })).toHaveAttribute(
            'href',
            href,
          );
      }
      const cedict = credit(page, 'CC-CEDICT');
      await expect(cedict).toContainText(words.cedictStatement);
      await expect(cedict).toContainText(words.cedictLicence);
      await expect(cedict.getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute(
        'rel',
        'license',
      );

      const text = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: SOURCE_URL.replace('http://', '') }) });
      await expect(text).toContainText('APUS创始人李涛');
      await expect(text).toContainText(words.publisher);
      await expect(text.getByRole('link')).toHaveAttribute('href', SOURCE_URL);
      await expectNoAxeViolations(page, testInfo);
    });

    test('its links lead where they say', async ({ page }) => {
      const requested = await recordNavigations(page);
      await page.goto(aboutPath(lng));
      const links = page.getByRole('main').getByRole('link');
      const hrefs = await links.evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThanOrEqual(10);
      for (const [i, href] of hrefs.entries()) {
        // Addresses elsewhere are absolute; the only address of ours is the shipped licence text.
        expect(href, 'an absolute web address, or a file we ship').toMatch(
          /^(https?:\/\/[^/]+\/|\/licenses\/[a-z-]+\.txt$)/,
        );
        await links.nth(i).click();
        await expect.poll(() => requested.length).toBe(i + 1);
        expect(requested[i]).toBe(new URL(href, page.url()).href);
        // A file of ours must be there (page.request is not routed).
        if (href.startsWith('/')) expect((await page.request.get(href)).status()).toBe(200);
      }
      await expect(page).toHaveURL(urlOf(aboutPath(lng)));
    });

    // The same link in both interfaces: reached by keys in one, by a click in the other.
    if (lng === 'en')
      test('is reached from the footer by keyboard', async ({ page }) => {
        await page.goto(`/${lng}`);
        // From the top of the page, Shift+Tab wraps to the last control: the footer's link.
        await page.locator('body').focus();
        await page.keyboard.press('Shift+Tab');
        const link = page.getByRole('contentinfo').getByRole('link', { name: words.footerLink });
        await expect(link).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(page).toHaveURL(urlOf(aboutPath(lng)));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.title);
      });

    if (lng === 'zh')
      test('is reached from the footer by tap or click', async ({ page }, testInfo) => {
        await page.goto(`/${lng}/read/apus-li-tao-interview`);
        const link = page.getByRole('contentinfo').getByRole('link', { name: words.footerLink });
        if (testInfo.project.name === 'phone') await link.tap();
        else await link.click();
        await expect(page).toHaveURL(urlOf(aboutPath(lng)));
      });
  });
}
