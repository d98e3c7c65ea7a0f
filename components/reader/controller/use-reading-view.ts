import { useEffect, useRef } from 'react';
import type { ReaderSettings } from '@/lib/reader-settings/settings';
import type { ReadingRenderer } from './reading-dom';
import type { ReadingLoader } from './reading-source';

/**
 * Pinyin, traditional characters and the marks of words above an HSK level under `root`, as
 * the settings ask: the renderer (a dynamic import) and the document's reading data are loaded
 * the first time any is wanted (a stored setting loads them right after the page starts; the
 * default view never does), then kept.
 */
export function useReadingView(
  root: HTMLElement | null,
  settings: ReaderSettings,
  loader: ReadingLoader,
  /** Called after the text was rendered anew (it may have moved; its text nodes are new). */
  onRendered?: () => void,
) {
  const renderer = useRef<Promise<ReadingRenderer> | null>(null);
  const { pinyin, tones, toneColors, sandhi, script, above } = settings;
  const wanted = pinyin || script === 'traditional' || above !== 'off';

  useEffect(() => {
    if (!root || (!wanted && !renderer.current)) return;
    renderer.current ??= import('./reading-dom').then((dom) => dom.createReadingRenderer());
    let live = true;
    Promise.all([renderer.current, loader.get()]).then(
      ([render, data]) => {
        if (!live) return;
        render.render(root, { pinyin, tones, toneColors, sandhi, script, above }, data);
        onRendered?.();
      },
      () => {
        // Offline or a damaged file: the text stays as it is; a later change tries again.
      },
    );
    return () => {
      live = false;
    };
  }, [root, wanted, pinyin, tones, toneColors, sandhi, script, above, loader, onRendered]);
}
