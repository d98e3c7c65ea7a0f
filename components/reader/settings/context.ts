'use client';

import { createContext, useContext } from 'react';
import { defaultSettings, type ReaderSettings } from '@/lib/reader-settings/settings';

export interface ReaderSettingsValue {
  settings: ReaderSettings;
  /** Changes some settings: stored for later visits and written into the address. */
  update: (change: Partial<ReaderSettings>) => void;
}

/**
 * Outside a `ReaderSettingsProvider` (the review and edit pages) the text is shown with the
 * default settings.
 */
export const ReaderSettingsContext = createContext<ReaderSettingsValue>({
  settings: defaultSettings,
  update: () => {},
});

/**
 * The reader's settings where a client module needs them (the toolbar, the controller, the
 * dictionary popup).
 *
 * @example const { settings } = useReaderSettings(); settings.script // 'simplified'
 */
export function useReaderSettings(): ReaderSettingsValue {
  return useContext(ReaderSettingsContext);
}
