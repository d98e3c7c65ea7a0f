'use client';

import { type ReactNode, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { defaultSettings, settingsAttributes } from '@/lib/reader-settings/settings';
import { ReaderSettingsContext, type ReaderSettingsValue } from './context';
import { createSettingsStore } from './settings-store';

const serverSnapshot = () => defaultSettings;

/**
 * Holds the reader's settings for the page below it and mirrors them as `data-*` attributes on
 * `<html>` (set before the first paint by `ReaderSettingsScript`), which the reader's CSS keys
 * on: the text itself is server-rendered and never re-rendered for a setting.
 */
export function ReaderSettingsProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createSettingsStore);
  const settings = useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot);

  useLayoutEffect(() => {
    const root = document.documentElement;
    const attributes = settingsAttributes(settings);
    for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
  }, [settings]);
  // Leaving the reader (a client-side navigation) leaves no reading attributes behind.
  useLayoutEffect(() => {
    const root = document.documentElement;
    return () => {
      for (const name of Object.keys(settingsAttributes(defaultSettings)))
        root.removeAttribute(name);
    };
  }, []);

  const value = useMemo<ReaderSettingsValue>(
    () => ({ settings, update: store.update }),
    [settings, store],
  );
  return <ReaderSettingsContext value={value}>{children}</ReaderSettingsContext>;
}
