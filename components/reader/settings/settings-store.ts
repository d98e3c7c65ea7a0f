import {
  type ReaderSettings,
  resolveSettings,
  SETTINGS_STORAGE_KEY,
  settingsToParams,
} from '@/lib/reader-settings/settings';

export interface SettingsStore {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => ReaderSettings;
  update: (change: Partial<ReaderSettings>) => void;
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(SETTINGS_STORAGE_KEY);
  } catch {
    return null; // storage blocked: settings still work for this page
  }
}

/**
 * The settings of one reader page, for `useSyncExternalStore`: read once from storage and
 * the address, then changed only by `update`, which stores them (for later visits and other
 * pages) and rewrites the address in place (so it can be shared).
 */
export function createSettingsStore(): SettingsStore {
  let current: ReaderSettings | undefined;
  const listeners = new Set<() => void>();
  const getSnapshot = () => {
    current ??= resolveSettings(readStored(), new URLSearchParams(window.location.search));
    return current;
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot,
    update(change) {
      current = { ...getSnapshot(), ...change };
      try {
        window.localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(current));
      } catch {
        // Not stored (private mode, quota): the address below still carries the settings.
      }
      const url = new URL(window.location.href);
      url.search = settingsToParams(current, url.searchParams).toString();
      window.history.replaceState(window.history.state, '', url);
      for (const listener of listeners) listener();
    },
  };
}
