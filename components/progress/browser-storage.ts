import type { ProgressStorage } from '@/lib/progress/progress';

/**
 * The browser's localStorage, or undefined where reading the property itself throws (storage
 * disabled by a privacy setting) or there is no window (prerendering).
 */
export function browserStorage(): ProgressStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
