/**
 * bench:import's paste, measured as a user's paste costs: the paste event, the textarea's
 * insertion and the page's handlers. Everything a real paste does not do happens before the
 * measured window (`preparePaste`): the text is built inside the page from one copy of the
 * source (tens of kilobytes, sent once), and put on the clipboard the paste event carries.
 * Fetching 15 MB into the page inside the window, as the bench did, measured the fetch
 * (438 ms of Mojo data-pipe reads, the step's whole longest task), not the paste.
 */
import type { JSHandle, Page } from '@playwright/test';

/** A side of the import: `once` repeated `times` times, a blank line between copies. */
export interface RepeatedText {
  once: string;
  times: number;
}

/** The UTF-8 size of a side, as the page will hold it. */
export function repeatedBytes({ once, times }: RepeatedText): number {
  return times * Buffer.byteLength(once) + (times - 1) * 2;
}

interface Clipboard {
  value: string;
  clipboardData: DataTransfer;
}

/** A side's text, built in the page and put on a clipboard, ready to paste (not measured). */
export function preparePaste(page: Page, side: RepeatedText): Promise<JSHandle<Clipboard>> {
  return page.evaluateHandle(({ once, times }) => {
    const value = Array.from({ length: times }, () => once).join('\n\n');
    const clipboardData = new DataTransfer();
    // Copies the text into the clipboard's own string, as the browser holds a pasted text.
    clipboardData.setData('text/plain', value);
    return { value, clipboardData };
  }, side);
}

/**
 * Pastes a prepared clipboard into the textarea `selector`, as the browser does: a paste event
 * carrying the text; if the page lets it through, the browser's own insertion (the value set,
 * then one input event). Playwright's fill types through the input pipeline, which takes
 * minutes for megabytes.
 *
 * @example await paste(page, '#import-zh', await preparePaste(page, side))
 */
export async function paste(page: Page, selector: string, clipboard: JSHandle<Clipboard>) {
  const area = await page.locator(selector).elementHandle();
  if (!area) throw new Error(`no ${selector} on the page`);
  await clipboard.evaluate(({ value, clipboardData }, box) => {
    const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
    if (!box.dispatchEvent(event)) return;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(box, value);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, area);
}
