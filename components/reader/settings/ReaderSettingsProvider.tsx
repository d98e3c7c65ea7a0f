'use client';

import {
  type ReactNode,
  useCallback,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { defaultSettings, settingsAttributes } from '@/lib/reader-settings/settings';
import { ReaderSettingsContext, type ReaderSettingsValue } from './context';
import { createSettingsStore } from './settings-store';

const serverSnapshot = () => defaultSettings;

/**
 * Holds the reader's settings for the page below it and mirrors them as `data-*` attributes on
 * `<html>` (set before the first paint by `ReaderSettingsScript`), which the layout and study
 * styles key on. The prerendered HTML uses the defaults; stored or linked settings apply as
 * soon as the page hydrates.
 */
export function ReaderSettingsProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createSettingsStore);
  const settings = useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set());

  useLayoutEffect(() => {
    const root = document.documentElement;
    const attributes = settingsAttributes(settings);
    for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
    return () => {
      for (const name of Object.keys(attributes)) root.removeAttribute(name);
    };
  }, [settings]);

  const reveal = useCallback((ids: readonly string[]) => {
    setRevealed((before) => new Set([...before, ...ids]));
  }, []);
  const concealAll = useCallback(() => setRevealed(new Set()), []);

  const value = useMemo<ReaderSettingsValue>(
    () => ({ settings, update: store.update, revealed, reveal, concealAll }),
    [settings, store, revealed, reveal, concealAll],
  );
  return <ReaderSettingsContext value={value}>{children}</ReaderSettingsContext>;
}
