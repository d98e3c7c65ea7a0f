/**
 * Readings in context and traditional characters for Chinese text, for the reader's pinyin and
 * traditional views. Build time (server components) only, plus a dynamic import on the
 * personal-library page: pinyin-pro's dictionaries and OpenCC's phrase tables weigh megabytes,
 * so no client component may import this module statically.
 */
import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset/cn2t';
import { addDict, pinyin, removeDict } from 'pinyin-pro';
import type { ChineseAnnotation } from '../reader/build-reader-view';
import { READING_FIXES } from './reading-fixes';
import { NO_READING } from './tones';

/**
 * Registers our corrections with pinyin-pro, whose dictionaries are its own module state (it
 * has no per-call dictionary option). Removing first makes this idempotent when the module is
 * evaluated again (hot reload), instead of stacking copies of the same entries.
 */
const FIXES_DICT = 'duizhao-reading-fixes';
removeDict(FIXES_DICT);
addDict(READING_FIXES, FIXES_DICT);

/**
 * Simplified → Traditional with Taiwan's standard character forms (OpenCC's s2tw): OpenCC's
 * phrase tables choose among one-to-many characters by context (头发 → 頭髮, 发展 → 發展), then
 * its Taiwan variant table turns OpenCC's own standard forms (爲, 裏, 着, 衆), which follow old
 * dictionary tradition and are rare in print today, into the forms learners of traditional
 * characters meet in textbooks, fonts and CC-CEDICT (為, 裡, 著, 眾). Not `twp`: its phrase
 * conversion swaps vocabulary (软件 → 軟體) and would no longer be the same text.
 */
function taiwanConverter(): ConverterFunction {
  const fromCn = Locale.from.cn;
  const toTw = Locale.to.tw;
  if (!fromCn || !toTw) throw new Error('opencc-js: the cn → tw dictionaries are missing');
  return ConverterFactory(fromCn, toTw);
}
const toTaiwan = taiwanConverter();

/** A reading as pinyin-pro gives it with `toneType: 'num'`: letters and a tone, 0 for neutral. */
const NUMBERED = /^[a-zêü]+[0-4]$/;

/** pinyin-pro's readings of `text`, one per code point; `undefined` if it did not keep that shape. */
function readingsInContext(text: string): string[] | undefined {
  // One result per code point (non-Han code points are kept one by one, surrogate pairs whole).
  // Tone sandhi off: 一 and 不 keep their citation tones (yi1, bu4), as CC-CEDICT writes them
  // and as GB/T 16159-2012 (Basic rules of the Chinese phonetic alphabet orthography, rules for
  // tone marks) requires: mark the original tone, not the tone as changed in speech.
  const items = pinyin(text, { type: 'all', toneType: 'num', toneSandhi: false });
  const readings = items.flatMap(({ origin, pinyin: reading, isZh }) => {
    const length = [...origin].length;
    if (isZh && length === 1 && NUMBERED.test(reading)) return [reading.replace(/0$/, '5')];
    return Array.from({ length }, () => NO_READING);
  });
  return readings.length === [...text].length ? readings : undefined;
}

/**
 * The traditional form of each code point of `text`. The whole text is converted at once (so
 * that phrases decide one-to-many characters); should a conversion ever change the number of
 * code points (OpenCC 1.4.2's s2tw tables map every phrase to one of equal length, but a table
 * is data), each code point is converted on its own instead, losing context but never
 * misaligning a character with its reading.
 *
 * @example traditionalPerCodePoint('头发') // ['頭', '髮']
 * @example traditionalPerCodePoint('ab', (s) => s.toUpperCase()) // ['A', 'B']
 */
export function traditionalPerCodePoint(
  text: string,
  convert: ConverterFunction = toTaiwan,
): string[] {
  const codePoints = [...text];
  const whole = [...convert(text)];
  if (whole.length === codePoints.length) return whole;
  return codePoints.map((c) => {
    const [single, ...rest] = [...convert(c)];
    return single !== undefined && rest.length === 0 ? single : c;
  });
}

/**
 * A paragraph's readings (tone-numbered pinyin, neutral tone 5, `-` for code points without a
 * reading) and traditional forms, one of each per code point of `text`. Readings are computed
 * over the whole paragraph so that polyphonic characters are read in context.
 *
 * @example annotateChinese('银行行业')
 * // { readings: ['yin2', 'hang2', 'hang2', 'ye4'], traditional: ['銀', '行', '行', '業'] }
 * @example annotateChinese('GPT的').readings // ['-', '-', '-', 'de5']
 */
export function annotateChinese(text: string): ChineseAnnotation {
  const readings =
    readingsInContext(text) ??
    // pinyin-pro did not return one result per code point: read each code point alone.
    [...text].map((c) => readingsInContext(c)?.[0] ?? NO_READING);
  return { readings, traditional: traditionalPerCodePoint(text) };
}
