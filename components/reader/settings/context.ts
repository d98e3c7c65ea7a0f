'use client';

import { createContext, useContext } from 'react';
import { defaultSettings, type ReaderSettings } from '@/lib/reader-settings/settings';

export interface ReaderSettingsValue {
  settings: ReaderSettings;
  /** Changes some settings: stored for later visits and written into the address. */
  update: (change: Partial<ReaderSettings>) => void;
  /** Study mode: ids of the pairs whose English the reader has revealed (`p3`), or of single sentences (`p3.en2`). */
  revealed: ReadonlySet<string>;
  reveal: (ids: readonly string[]) => void;
  /** Hides every revealed translation again. */
  concealAll: () => void;
}

/**
 * Outside a `ReaderSettingsProvider` (the review and edit pages) the text is shown with the
 * default settings and nothing is concealed.
 */
export const ReaderSettingsContext = createContext<ReaderSettingsValue>({
  settings: defaultSettings,
  update: () => {},
  revealed: new Set(),
  reveal: () => {},
  concealAll: () => {},
});

/**
 * The reader's settings where a component needs them (pinyin, characters, study mode).
 *
 * @example const { settings } = useReaderSettings(); settings.script // 'simplified'
 */
export function useReaderSettings(): ReaderSettingsValue {
  return useContext(ReaderSettingsContext);
}
