import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pinyinProYiBu, spokenReadings, type WordReadings } from '@/lib/chinese/sandhi';
import { toMarked } from '@/lib/chinese/tones';

/**
 * `你|好` with `ni3 hao3`: words split by `|`, one dictionary reading per code point (`-` for
 * punctuation), as the segmenter and the dictionary hand them over.
 */
function words(segmented: string, readings: string): WordReadings[] {
  const all = readings.split(' ');
  let at = 0;
  return segmented.split('|').map((text) => {
    const length = [...text].length;
    const word = { text, readings: all.slice(at, at + length) };
    at += length;
    return word;
  });
}

/** The spoken readings as one string with tone marks, words joined by `|`. */
function spoken(segmented: string, readings: string, speed?: 'normal' | 'careful'): string {
  return spokenReadings(words(segmented, readings), { speed })
    .map((word) => toMarked(word.join(' ')))
    .join(' | ');
}

describe('spokenReadings', () => {
  // The table (13), and the neighbours that tell the rules apart.
  it.each([
    // third tone before third tone, inside a word
    ['你好', 'ni3 hao3', 'ní hǎo'],
    ['老鼠', 'lao3 shu3', 'láo shǔ'],
    ['展览馆', 'zhan3 lan3 guan3', 'zhán lán guǎn'],
    ['总统府', 'zong3 tong3 fu3', 'zóng tóng fǔ'],
    // and across words, at normal speed
    ['我|很|好', 'wo3 hen3 hao3', 'wó | hén | hǎo'],
    ['我|想|买|手表', 'wo3 xiang3 mai3 shou3 biao3', 'wó | xiáng | mái | shóu biǎo'],
    // 一 before tones 4, 1–3, and as a number or ordinal
    ['一样', 'yi1 yang4', 'yí yàng'],
    ['一|个', 'yi1 ge4', 'yí | gè'],
    ['一起', 'yi1 qi3', 'yì qǐ'],
    ['一|天', 'yi1 tian1', 'yì | tiān'],
    ['一|年', 'yi1 nian2', 'yì | nián'],
    ['第一', 'di4 yi1', 'dì yī'],
    ['统一', 'tong3 yi1', 'tǒng yī'],
    ['一月', 'yi1 yue4', 'yī yuè'],
    ['一百一十一', 'yi1 bai3 yi1 shi2 yi1', 'yì bǎi yī shí yī'],
    // 不 before tone 4 only
    ['不是', 'bu4 shi4', 'bú shì'],
    ['不对', 'bu4 dui4', 'bú duì'],
    ['不|好', 'bu4 hao3', 'bù | hǎo'],
    ['不|来', 'bu4 lai2', 'bù | lái'],
    // neutral between reduplicated words
    ['看|一|看', 'kan4 yi1 kan4', 'kàn | yi | kàn'],
    ['好|不|好', 'hao3 bu4 hao3', 'hǎo | bu | hǎo'],
    // 一 and 不 decide on the dictionary tone after them, before that tone changes
    ['一起|走', 'yi1 qi3 zou3', 'yì qí | zǒu'],
    // a neutral tone and punctuation end the run
    ['我们', 'wo3 men5', 'wǒ men'],
    ['你好|。|我|很|好', 'ni3 hao3 - wo3 hen3 hao3', 'ní hǎo | - | wó | hén | hǎo'],
  ])('%s (%s) is said %s', (segmented, readings, expected) => {
    expect(spoken(segmented, readings)).toBe(expected);
  });

  it('in careful speech applies the third-tone rule word by word, from the right', () => {
    expect(spoken('我|很|好', 'wo3 hen3 hao3', 'careful')).toBe('wǒ | hén | hǎo');
    expect(spoken('小|老鼠', 'xiao3 lao3 shu3', 'careful')).toBe('xiǎo | láo shǔ');
    expect(spoken('展览馆', 'zhan3 lan3 guan3', 'careful')).toBe('zhán lán guǎn');
    expect(spoken('小|老鼠', 'xiao3 lao3 shu3', 'normal')).toBe('xiáo | láo shǔ');
  });

  it('keeps a reading the dictionary gives 一 or 不 other than the citation one', () => {
    // 不 read fǒu (an old reading) is not the negation 不 bù, whatever pinyin-pro says of it.
    expect(spoken('不', 'fou3')).toBe('fǒu');
  });

  it('returns no words for no words, and an empty word as empty', () => {
    expect(spokenReadings([])).toEqual([]);
    expect(spokenReadings([{ text: '', readings: [] }])).toEqual([[]]);
  });

  it('uses the 一/不 source it is given', () => {
    const yiBu = (text: string) => [...text].map(() => 'yi2');
    expect(spokenReadings(words('一', 'yi1'), { yiBu })).toEqual([['yi2']]);
  });

  it('keeps the shape of its input and changes only tones 3, and 一 or 不', () => {
    const syllable = fc.constantFrom('ma1', 'ma2', 'ma3', 'ma4', 'ma5', '-');
    const word = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((readings) => ({
      text: readings.map((r) => (r === '-' ? '，' : '马')).join(''),
      readings,
    }));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (input) => {
        const output = spokenReadings(input);
        expect(output.map((w) => w.length)).toEqual(input.map((w) => w.readings.length));
        input.forEach((w, i) => {
          w.readings.forEach((reading, j) => {
            const after = output[i]?.[j];
            if (reading === 'ma3') expect(['ma2', 'ma3']).toContain(after);
            else expect(after).toBe(reading);
          });
        });
      }),
    );
  });
});

describe('pinyinProYiBu', () => {
  it('gives one reading per code point, neutral as 5', () => {
    expect(pinyinProYiBu('看一看')).toEqual(['kan4', 'yi5', 'kan4']);
    expect(pinyinProYiBu('一个，')).toHaveLength(3);
  });
});
