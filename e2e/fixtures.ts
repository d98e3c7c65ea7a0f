import { type Locator, type Page, expect } from '@playwright/test';

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
 * Under `next start` the library is at /en (or /en/ if a build with trailingSlash is served);
 * a user does not care which, so URL checks accept both.
 */
export const urlOf = (path: string, hash = '') =>
  new RegExp(`^[^?#]*//[^/]+${path.replace(/\/$/, '')}/?${hash ? `#${hash}` : ''}$`);

export const pairs = (page: Page) => page.locator('[data-pair]');
export const pair = (page: Page, id: string) => page.locator(`[data-pair][id="${id}"]`);

/** The sticky site header (role banner). */
export const siteHeader = (page: Page) => page.getByRole('banner');

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
        return !zh?.innerText.trim() || !en?.innerText.trim();
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
          el.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight),
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
  return locator.evaluate(
    (el, prop) => getComputedStyle(el).getPropertyValue(prop),
    property,
  );
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

/** Bottom edge of the sticky site header, in viewport pixels. */
export async function headerBottom(page: Page) {
  const box = await boxOf(siteHeader(page));
  return box.y + box.height;
}
