/**
 * Said on `window` just before the language switcher opens the other language's page, with
 * that page's path: a page that keeps the reader's place across the switch (the reader,
 * ./reading-place.ts) records it then. An event rather than a call, so that the switcher, on
 * every page, does not bring the place's code (about 1.2 KB gzip) into every page's first load.
 */
const LANGUAGE_SWITCH = 'duizhao:language-switch';

/**
 * Tells the page that the interface language is about to change; listeners run at once.
 *
 * @example announceLanguageSwitch('/zh/read/kong-yiji')
 */
export function announceLanguageSwitch(path: string) {
  window.dispatchEvent(new CustomEvent<string>(LANGUAGE_SWITCH, { detail: path }));
}

/**
 * Calls `listener` with the path about to be opened at each language switch; returns the
 * function that stops it.
 *
 * @example useEffect(() => onLanguageSwitch(rememberPlace), [])
 */
export function onLanguageSwitch(listener: (path: string) => void): () => void {
  const handle = (event: Event) => {
    if (event instanceof CustomEvent && typeof event.detail === 'string') listener(event.detail);
  };
  window.addEventListener(LANGUAGE_SWITCH, handle);
  return () => window.removeEventListener(LANGUAGE_SWITCH, handle);
}
