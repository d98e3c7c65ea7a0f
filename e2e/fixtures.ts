import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { seedLocalLibrary } from './local-library';

/**
 * The `test` of the specs. With `reuseContext` (playwright.config.ts) a worker's tests share one
 * browser tab instead of a new context and page each (about 1 s a test on this machine).
 * Between tests Playwright's reset closes other pages, goes to about:blank, clears cookies and
 * the HTTP cache, deletes localStorage, sessionStorage, IndexedDB and service workers of every
 * origin the context visited, drops routes, init scripts and bindings, and puts back the
 * viewport and emulated media. It leaves permissions, geolocation, offline and extra HTTP
 * headers as the test set them: this puts them back to the test options' values.
 * e2e/isolation.spec.ts fails if any of that leaks into the next test.
 */
export const test = base.extend({
  context: async (
    { context, reuseContext, permissions, geolocation, offline, extraHTTPHeaders },
    use,
  ) => {
    await use(context);
    if (!reuseContext) return;
    await context.clearPermissions();
    if (permissions?.length) await context.grantPermissions(permissions);
    await context.setGeolocation(geolocation ?? null);
    await context.setOffline(offline ?? false);
    await context.setExtraHTTPHeaders(extraHTTPHeaders ?? {});
  },
});

/** The saving server (e2e/ports.ts), which the edit, security and isolation specs reach. */
export { SAVE_URL } from './ports';

/** The one document in the library, and what a reader expects of it. */
export const SLUG = 'apus-li-tao-interview';
export type Lng = 'en' | 'zh';
export const readerPath = (lng: Lng) => `/${lng}/read/${SLUG}`;

/** Every aligned pair, in reading order: p1–p9, the photo caption, then p10–p37. */
export const PAIR_IDS = [
  ...Array.from({ length: 9 }, (_, i) => `p${i + 1}`),
  'fig1',
  ...Array.from({ length: 28 }, (_, i) => `p${i + 10}`),
];

/** The `<html lang>` of each interface language. */
export const HTML_LANG: Record<Lng, string> = { en: 'en', zh: 'zh-Hans' };

/** The cookie the language switcher writes; it outranks Accept-Language at `/`. */
export const LANGUAGE_COOKIE = 'duizhao-lng';

/**
 * A URL ending in `path` (and `#hash`), with or without a trailing slash: the server build
 * has none, the static export has one, and which one a page uses is not a user's concern.
 */
export const urlOf = (path: string, hash = '') =>
  new RegExp(`^[^?#]*//[^/]+${path.replace(/\/$/, '')}/?${hash ? `#${hash}` : ''}$`);

export const pairs = (page: Page) => page.locator('[data-pair]');
export const pair = (page: Page, id: string) => page.locator(`[data-pair][id="${id}"]`);

/** The site header (role banner). */
export const siteHeader = (page: Page) => page.getByRole('banner');

/** The language switcher of the site header. */
export const headerSwitcher = (page: Page) => siteHeader(page).getByTestId('language-switcher');

/**
 * The language switcher as a reader reaches it in the middle of a document, where the header
 * has scrolled away: in the reading options sheet (opened by the toolbar's first button).
 */
export async function readerSwitcher(page: Page, touch: boolean) {
  const options = page.getByRole('toolbar').getByRole('button').first();
  // Pressed where it stands: Playwright's click would first scroll the sticky toolbar's
  // place in the flow into view, moving the page away from the sentence being read.
  await clickInPlace(page, options, touch);
  const sheet = page.getByRole('dialog');
  await expect(sheet).toBeVisible();
  return sheet.getByTestId('language-switcher');
}

export async function expectHtmlLang(page: Page, lng: Lng) {
  await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lng]);
}

/** Ids of the pairs on the page, in document order. */
export function pairIds(page: Page): Promise<string[]> {
  return pairs(page).evaluateAll((els) => els.map((el) => el.id));
}

/** Pairs whose Chinese or English block has no visible text (should be none). */
export function emptyPairs(page: Page): Promise<string[]> {
  return pairs(page).evaluateAll((els) =>
    els
      .filter((el) => {
        const zh = el.querySelector<HTMLElement>('.pair__zh[lang="zh-Hans"]');
        const en = el.querySelector<HTMLElement>('.pair__en[lang="en"]');
        return !zh?.textContent?.trim() || !en?.textContent?.trim();
      })
      .map((el) => el.id),
  );
}

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
}

export interface PairGeometry {
  id: string;
  zh: Rect;
  en: Rect;
  /** Width of the pair's content box (its width less padding). */
  contentWidth: number;
}

/** Where each pair's Chinese and English blocks are on the page (one round trip). */
export function pairGeometry(page: Page): Promise<PairGeometry[]> {
  return pairs(page).evaluateAll((els) =>
    els.map((el) => {
      const rect = (block: Element | null): Rect => {
        const r = (block as HTMLElement).getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width };
      };
      const style = getComputedStyle(el);
      return {
        id: el.id,
        zh: rect(el.querySelector('.pair__zh')),
        en: rect(el.querySelector('.pair__en')),
        contentWidth:
          el.clientWidth -
          Number.parseFloat(style.paddingLeft) -
          Number.parseFloat(style.paddingRight),
      };
    }),
  );
}

/** On a wide screen: pairs whose two blocks do not start level, side by side (should be none). */
export async function misalignedSideBySide(page: Page): Promise<string[]> {
  const geometry = await pairGeometry(page);
  return geometry
    .filter(({ zh, en }) => Math.abs(zh.top - en.top) > 2 || zh.right > en.left || zh.width < 100)
    .map(({ id, zh, en }) => `${id}: zh ${fmt(zh)} / en ${fmt(en)}`);
}

const fmt = (r: Rect) => `top ${r.top.toFixed(1)} x ${r.left.toFixed(1)}–${r.right.toFixed(1)}`;

export function computed(locator: Locator, property: string): Promise<string> {
  return locator.evaluate((el, prop) => getComputedStyle(el).getPropertyValue(prop), property);
}

export const background = (locator: Locator) => computed(locator, 'background-color');

/** A glossary term's tooltip, found the way assistive technology finds it: aria-describedby. */
export async function tooltipOf(term: Locator): Promise<Locator> {
  const id = await term.getAttribute('aria-describedby');
  expect(id, 'a glossary term names its tooltip in aria-describedby').toBeTruthy();
  return term.page().locator(`[id="${id}"]`);
}

/**
 * The first glossary term of a pair whose English rendering is marked in the same pair,
 * with that rendering.
 */
export async function termWithRendering(page: Page, pairId: string) {
  const key = await pair(page, pairId).evaluate((el) => {
    for (const term of el.querySelectorAll<HTMLElement>('.pair__zh .term')) {
      const k = term.dataset.term;
      if (k && el.querySelector(`.pair__en .rendering[data-term="${k}"]`)) return k;
    }
    return null;
  });
  expect(key, `pair ${pairId} has a term whose rendering is marked`).toBeTruthy();
  const scope = pair(page, pairId);
  return {
    term: scope.locator(`.pair__zh button[data-term="${key}"]`).first(),
    rendering: scope.locator(`.pair__en .rendering[data-term="${key}"]`).first(),
  };
}

/**
 * Waits until React has hydrated the page and run its effects, so that script-driven
 * behaviour (the switcher's cookie and fragment, Escape on tooltips) is live. A readiness
 * wait, not an assertion: React marks hydrated elements with `__reactProps$…`, and an idle
 * callback runs only once the scheduler's queued work (effects included) has drained.
 */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="language-switcher"]');
    return el !== null && Object.keys(el).some((k) => k.startsWith('__reactProps$'));
  });
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })),
  );
}

/** The element's bounding box; fails the test if it is not rendered. */
export async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not rendered`);
  return box;
}

/**
 * Bottom edge of what stays on top of the window while reading, in viewport pixels: the
 * reader's sticky toolbar on a reader page (the site header scrolls away there), the sticky
 * site header elsewhere.
 */
export async function headerBottom(page: Page) {
  const toolbar = page.locator('.reader-toolbar');
  const box = await boxOf((await toolbar.count()) > 0 ? toolbar : siteHeader(page));
  return box.y + box.height;
}

/**
 * Clicks (taps, on a touch screen) the element where it is on screen. Playwright's own
 * click first scrolls its target into view, and for an element in the sticky header that
 * scrolls the page (CSSWG #1459: sticky boxes scroll to their normal-flow position), which
 * a person clicking the header never does; the switcher reads the scroll position.
 */
export async function clickInPlace(page: Page, target: Locator, touch: boolean) {
  const box = await boxOf(target);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

/** Scrolls the page so that the element's bottom edge is `gap` px above the viewport's bottom. */
export async function scrollToNearBottom(target: Locator, gap: number) {
  await target.evaluate((el, px) => {
    el.scrollIntoView({ block: 'center' });
    window.scrollBy(0, el.getBoundingClientRect().bottom - (window.innerHeight - px));
  }, gap);
}

/** Moves the mouse in 2 px steps, as a hand does, so it passes over every point on the way. */
export async function moveMouseSlowly(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
) {
  const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 2));
  await page.mouse.move(from.x, from.y);
  await page.mouse.move(to.x, to.y, { steps });
}

export const center = (box: { x: number; y: number; width: number; height: number }) => ({
  x: box.x + box.width / 2,
  y: box.y + box.height / 2,
});

type Box = { x: number; y: number; width: number; height: number };

/**
 * Is a tooltip placed next to a term: overlapping it horizontally, and just above or below it
 * (the gap is 0.4rem)?
 */
export function isNextTo(tip: Box, term: Box) {
  const overlapsHorizontally = tip.x < term.x + term.width && term.x < tip.x + tip.width;
  const gapBelow = tip.y - (term.y + term.height);
  const gapAbove = term.y - (tip.y + tip.height);
  const adjacent = (gap: number) => gap >= -1 && gap <= 16;
  return overlapsHorizontally && (adjacent(gapBelow) || adjacent(gapAbove));
}

/**
 * The first glossary term (after the first pair) that starts right of the middle of its
 * Chinese block: on a phone, a term with less room on either side than a tooltip needs.
 */
export async function termRightOfCentre(page: Page): Promise<Locator> {
  const terms = page.locator('.pair__zh button.term');
  const index = await terms.evaluateAll((els) =>
    els.findIndex((el) => {
      const block = el.closest('.pair__zh')?.getBoundingClientRect();
      const pairId = el.closest('[data-pair]')?.id;
      const left = el.getBoundingClientRect().left;
      return block && pairId !== 'p1' && left > block.left + block.width / 2;
    }),
  );
  expect(index, 'some term starts right of the middle of its block').toBeGreaterThanOrEqual(0);
  return terms.nth(index);
}

/**
 * Puts a content file into My library (IndexedDB `duizhao`, as lib/local-library/store.ts
 * keeps it) as the own text `id`, from a page of the site; reload to see it.
 */
export async function seedOwnText(page: Page, id: string, yaml: string) {
  await seedLocalLibrary(page, [
    {
      id,
      title: { zh: '李涛访谈', en: 'Li Tao interview' },
      savedAt: new Date().toISOString(),
      yaml,
    },
  ]);
}
