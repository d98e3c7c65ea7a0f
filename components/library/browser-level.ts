import type { EstimateLevel } from '@/lib/library/level';

/**
 * The level estimate the browser can make for a text of My library. The segmenter does not
 * run in the page yet, so this will be the character-based fallback (lib/library/
 * character-level.ts) over the HSK lists once lib/hsk is on main; until then, none.
 * Imported dynamically: the HSK lists weigh 71 KB gzip, fetched only when there are texts.
 */
export async function loadBrowserLevelEstimator(): Promise<EstimateLevel | undefined> {
  return undefined;
}
