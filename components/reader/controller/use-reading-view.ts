import { useEffect, useRef } from 'react';
import type { ReadingData } from '@/lib/reader/reading-data';
import type { ReaderSettings } from '@/lib/reader-settings/settings';
import type { ReadingRenderer } from './reading-dom';
import type { ReadingSource } from './reading-source';

/**
 * Pinyin and traditional characters under `root`, as the settings ask: the renderer and the
 * document's reading data are loaded the first time either is wanted (a stored setting loads
 * them right after the page starts; the default view never does), then kept.
 */
export function useReadingView(
  root: HTMLElement | null,
  settings: ReaderSettings,
  source: ReadingSource,
  /** Called after the text was rendered anew (it may have moved). */
  onRendered?: () => void,
) {
  const loaded = useRef<Promise<{ renderer: ReadingRenderer; data: ReadingData }> | null>(null);
  const { pinyin, tones, toneColors, sandhi, script } = settings;
  const wanted = pinyin || script === 'traditional';

  useEffect(() => {
    if (!root || (!wanted && !loaded.current)) return;
    loaded.current ??= Promise.all([import('./reading-dom'), import('./reading-source')]).then(
      async ([dom, { loadReadingData }]) => ({
        renderer: dom.createReadingRenderer(),
        data: await loadReadingData(source),
      }),
    );
    let live = true;
    loaded.current.then(
      ({ renderer, data }) => {
        if (!live) return;
        renderer.render(root, { pinyin, tones, toneColors, sandhi, script }, data);
        onRendered?.();
      },
      () => {
        // Offline or a damaged file: the text stays as it is, and a later change tries again.
        loaded.current = null;
      },
    );
    return () => {
      live = false;
    };
  }, [root, wanted, pinyin, tones, toneColors, sandhi, script, source, onRendered]);
}
