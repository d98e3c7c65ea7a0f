/**
 * Tone sandhi: the tones a Mandarin speaker says, from the tones a dictionary writes. Readings
 * are numbered (`hao3`, `de5`), one per code point, `-` where a code point has none, as
 * `lib/chinese/annotate` makes them; the dictionary (citation) readings stay what the reader
 * shows by default, as GB/T 16159-2012 wants them written, and these are the spoken variant.
 *
 * Two kinds of change:
 * - 一 and 不 take their tone from the syllable after them (一样 yíyàng, 一起 yìqǐ, 不是 búshì),
 *   stay in the citation tone as numbers and ordinals (第一, 一月, 统一), and go neutral between
 *   reduplicated words (看一看, 好不好). pinyin-pro's `toneSandhi` knows these cases and is used
 *   for them as it is.
 * - A third tone before a third tone becomes a second tone (你好 níhǎo, 老鼠 láoshǔ). Inside a word
 *   this always holds: in a run of third tones every one but the last rises (展览馆 zhánlánguǎn).
 *   Across words it depends on speech rate and prosodic structure (Shih Chilin, "The prosodic
 *   domain of tone sandhi in Chinese", PhD thesis, UC San Diego, 1986; Duanmu San, The Phonology
 *   of Standard Chinese, 2nd ed., Oxford University Press, 2007, on third-tone sandhi): at normal
 *   speed a phrase is one domain and the rule reads the dictionary tones (我很好 wóhénhǎo); in
 *   careful speech it applies word by word from the right, each boundary seeing the tone already
 *   changed after it (我很好 wǒhénhǎo, 小老鼠 xiǎoláoshǔ). Punctuation ends a phrase.
 */
import { pinyin } from 'pinyin-pro';
import { NO_READING, toneOf } from './tones';

/** A word of a segmented text with its dictionary readings (numbered, one per code point). */
export interface WordReadings {
  text: string;
  readings: readonly string[];
}

/** Normal conversational speed (the default) or careful, word-by-word speech. */
export type SandhiSpeed = 'normal' | 'careful';

export interface SandhiOptions {
  speed?: SandhiSpeed;
  /**
   * The spoken readings of 一 and 不 in `text`, one per code point (others may be anything).
   * Defaults to pinyin-pro's `toneSandhi`; passed in by tests and by callers with another source.
   */
  yiBu?: (text: string) => readonly string[];
}

const YI_BU = new Set(['一', '不']);
/** Citation readings that the 一/不 rules start from. */
const CITATION: Record<string, string> = { 一: 'yi1', 不: 'bu4' };

/**
 * pinyin-pro's readings of `text` with its 一/不 sandhi on, one per code point (`0` for the
 * neutral tone written as `5`, as elsewhere in Duizhao).
 *
 * @example pinyinProYiBu('一个') // ['yi2', 'ge4']
 */
export function pinyinProYiBu(text: string): string[] {
  const items = pinyin(text, { type: 'all', toneType: 'num', toneSandhi: true });
  return items.flatMap(({ origin, pinyin: reading }) => {
    const length = [...origin].length;
    if (length === 1) return [reading.replace(/0$/, '5')];
    return Array.from({ length }, () => NO_READING);
  });
}

/** A reading with its tone replaced (`hao3` → `hao2`). */
const withTone = (reading: string, tone: number) => reading.replace(/[1-5]$/, String(tone));

/** Code points that end a phrase: anything without a reading (punctuation, Latin, digits). */
const breaksPhrase = (reading: string | undefined) =>
  reading === undefined || reading === NO_READING || toneOf(reading) === undefined;

interface Syllable {
  word: number;
  dictionary: string;
  spoken: string;
}

/**
 * The spoken readings of a segmented text, word by word (same shape as the input): 一 and 不
 * changed as pinyin-pro says, and third tones before third tones raised to second (see the
 * module comment for the domains at each speed). Readings that are not a known tone are kept.
 *
 * @example
 * spokenReadings([{ text: '你好', readings: ['ni3', 'hao3'] }]) // [['ni2', 'hao3']]
 * @example
 * spokenReadings([
 *   { text: '我', readings: ['wo3'] }, { text: '很', readings: ['hen3'] }, { text: '好', readings: ['hao3'] },
 * ]) // [['wo2'], ['hen2'], ['hao3']]; with { speed: 'careful' }: [['wo3'], ['hen2'], ['hao3']]
 * @example spokenReadings([{ text: '一样', readings: ['yi1', 'yang4'] }]) // [['yi2', 'yang4']]
 */
export function spokenReadings(
  words: readonly WordReadings[],
  options: SandhiOptions = {},
): string[][] {
  const { speed = 'normal', yiBu = pinyinProYiBu } = options;
  const syllables: Syllable[] = [];
  const chars: string[] = [];
  words.forEach((word, index) => {
    const codePoints = [...word.text];
    codePoints.forEach((char, i) => {
      const dictionary = word.readings[i] ?? NO_READING;
      syllables.push({ word: index, dictionary, spoken: dictionary });
      chars.push(char);
    });
  });

  // 一 and 不, from the whole text, so that the syllable after them is seen across words.
  if (chars.some((char) => YI_BU.has(char))) {
    const changed = yiBu(chars.join(''));
    chars.forEach((char, i) => {
      const syllable = syllables[i];
      const spoken = changed[i];
      if (!syllable || !spoken || !YI_BU.has(char)) return;
      if (syllable.dictionary === CITATION[char] && toneOf(spoken) !== undefined)
        syllable.spoken = spoken;
    });
  }

  // Third tones, right to left so that careful speech sees the tone already changed after it.
  for (let i = syllables.length - 2; i >= 0; i--) {
    const here = syllables[i];
    const next = syllables[i + 1];
    if (!here || !next || breaksPhrase(next.dictionary)) continue;
    if (toneOf(here.spoken) !== 3) continue;
    const sameWord = here.word === next.word;
    const nextTone = toneOf(sameWord || speed === 'normal' ? next.dictionary : next.spoken);
    if (nextTone === 3) here.spoken = withTone(here.spoken, 2);
  }

  const out: string[][] = words.map(() => []);
  for (const syllable of syllables) out[syllable.word]?.push(syllable.spoken);
  return out;
}
