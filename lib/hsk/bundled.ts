import data from './data/hsk-levels.json';
import { parseHskFile } from './file';
import type { HskTable } from './table';

/**
 * The HSK lists shipped with the app (lib/hsk/data/hsk-levels.json, 71 KB gzip). Importing
 * this module bundles the data: build-time code and workers import it, pages do not.
 *
 * @example bundledHskTable().levels('爱好') // { hsk3: 1, hsk2: 3 }
 */
export function bundledHskTable(): HskTable {
  return parseHskFile(data, 'lib/hsk/data/hsk-levels.json');
}
