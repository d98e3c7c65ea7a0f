// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsStore } from '@/components/reader/settings/settings-store';
import { defaultSettings, SETTINGS_STORAGE_KEY } from '@/lib/reader-settings/settings';

describe('createSettingsStore', () => {
  beforeEach(() => {
    localStorage.clear();
    window.history.replaceState(null, '', '/en/read/x?id=7');
  });
  afterEach(() => vi.restoreAllMocks());

  it('starts from what is stored, overridden by the address', () => {
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ pinyin: true, layout: 'zh-only' }));
    window.history.replaceState(null, '', '/en/read/x?layout=en-only');
    expect(createSettingsStore().getSnapshot()).toEqual({
      ...defaultSettings,
      pinyin: true,
      layout: 'en-only',
    });
  });

  it('stores a change, writes it into the address (keeping other parameters) and tells subscribers', () => {
    const store = createSettingsStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.update({ script: 'traditional', pinyin: true });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(JSON.parse(localStorage.getItem(SETTINGS_STORAGE_KEY) ?? '{}')).toMatchObject({
      script: 'traditional',
      pinyin: true,
    });
    expect(window.location.search).toBe('?id=7&pinyin=marks&script=traditional');
    unsubscribe();
    store.update({ pinyin: false });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?id=7&script=traditional');
  });

  it('still works for the page when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    const store = createSettingsStore();
    store.update({ study: 'sentence' });
    expect(store.getSnapshot().study).toBe('sentence');
    expect(window.location.search).toBe('?id=7&study=sentence');
  });
});
