import * as z from 'zod/mini';
import { storageError } from '../../browser-db/errors';
import { canonicalJson } from '../../browser-db/merge';
import { resolveSettings, SETTINGS_STORAGE_KEY } from '../../reader-settings/settings';
import { defineSection } from '../section';

/**
 * The reading options (localStorage), when the reader has chosen any. On restore they are set
 * only where this browser has none of its own: a browser's own choice is never overwritten.
 * Values are checked again by `resolveSettings`, which drops anything it does not know.
 */
const settingsSchema = z.nullable(z.record(z.string(), z.union([z.string(), z.boolean()])));

const stored = (storage: Pick<Storage, 'getItem'> | undefined): string | null => {
  try {
    return storage?.getItem(SETTINGS_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
};

const resolved = (json: string) => resolveSettings(json, new URLSearchParams());

export const settingsSection = defineSection({
  name: 'settings',
  version: 1,
  schema: settingsSchema,
  async export({ storage }) {
    const json = stored(storage);
    return json === null ? null : { ...resolved(json) };
  },
  async merge(settings, { storage }) {
    if (settings === null) return { restored: 0, unchanged: 0, kept: 0 };
    const incoming = resolved(JSON.stringify(settings));
    const current = stored(storage);
    if (current !== null)
      return canonicalJson(resolved(current)) === canonicalJson(incoming)
        ? { restored: 0, unchanged: 1, kept: 0 }
        : { restored: 0, unchanged: 0, kept: 1 };
    try {
      storage?.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(incoming));
    } catch (error) {
      throw storageError(error);
    }
    return storage
      ? { restored: 1, unchanged: 0, kept: 0 }
      : { restored: 0, unchanged: 0, kept: 1 };
  },
});
