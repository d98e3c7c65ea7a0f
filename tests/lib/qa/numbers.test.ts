import { describe, expect, it } from 'vitest';
import { checkNumbers } from '@/lib/qa/numbers';
import { chineseQuantities, englishQuantities } from '@/lib/qa/quantities';

const pair = (zh: string, en: string) => ({ id: 'p1', zh, en });
const messages = (zh: string, en: string) => checkNumbers(pair(zh, en)).map((f) => f.message);

describe('chineseQuantities', () => {
  it('reads months, 成 and 百分之 beside plain values', () => {
    expect(chineseQuantities('2022年11月,八成用户,百分之六十').map((q) => q.keys)).toEqual([
      ['2022'],
      ['month:11', '11'],
      ['8', '80%'],
      ['60%'],
    ]);
  });

  it('keeps the unit in the span of a month, so that a report quotes 11月', () => {
    const text = '2022年11月';
    const [, month] = chineseQuantities(text);
    expect(text.slice(month?.start, month?.end)).toBe('11月');
  });

  it('reads two-digit years as years of either century (19年, 90后)', () => {
    expect(chineseQuantities('90后').map((q) => q.keys)).toEqual([['90', '1990', '2090']]);
  });
});

describe('englishQuantities', () => {
  it('reads month names, decades and multiples', () => {
    expect(
      englishQuantities('In November 2022, a decade later, sales tripled, three decades').map(
        (q) => q.keys,
      ),
    ).toEqual([['month:11'], ['2022'], ['10'], ['3'], ['3', '30']]);
  });

  it('reads "May" as a month only where a month fits', () => {
    expect(englishQuantities('In May 2019 we may grow').map((q) => q.keys)).toEqual([
      ['month:5'],
      ['2019'],
    ]);
  });
});

describe('checkNumbers', () => {
  it('flags 亿 read as million (24亿 ↔ 2.4 million) once, as a slip of scale', () => {
    const flags = checkNumbers(
      pair('目前,APUS全球用户量已超24亿。', 'Today APUS has more than 2.4 million users.'),
    );
    expect(flags.map((f) => [f.kind, f.severity, f.message])).toEqual([
      [
        'number-scale',
        'error',
        'The Chinese “24亿” is 2,400,000,000, but the English “2.4 million” is 2,400,000: 1000 times too small (万 is ten thousand, 亿 a hundred million)',
      ],
    ]);
    expect(flags[0]?.evidence).toEqual([
      { side: 'zh', start: 14, end: 17, text: '24亿' },
      { side: 'en', start: 25, end: 36, text: '2.4 million' },
    ]);
  });

  it.each([
    ['三千万', '30 million', []],
    ['三千万', '3 million', ['number-scale']],
    ['1.2亿', '120 million', []],
    ['1.2亿', '1.2 billion', ['number-scale']],
    ['5万', '50,000', []],
    ['5万', '5,000', ['number-scale']],
    ['3000', '300', ['number-mismatch', 'number-mismatch']],
  ])('reads %s against %s', (zh, en, kinds) => {
    expect(checkNumbers(pair(`花了${zh}元。`, `It cost ${en} yuan.`)).map((f) => f.kind)).toEqual(
      kinds,
    );
  });

  it('flags a wrong month (11月 ↔ October) and a wrong year', () => {
    expect(
      messages('2022年11月,ChatGPT炸场。', 'In October 2021, ChatGPT burst onto the scene.'),
    ).toEqual([
      'The Chinese has “2022”, which is not in the English; the English has “October”, “2021”',
      'The Chinese has “11月” (November), which is not in the English; the English has “October”, “2021”',
      'The English has “October”, which is not in the Chinese; the Chinese has “2022”, “11月”',
      'The English has “2021”, which is not in the Chinese; the Chinese has “2022”, “11月”',
    ]);
  });

  it('flags a mistyped percentage and a figure the English adds', () => {
    expect(
      messages('80%的原因不在于车多', '18% of it is not down to the number of cars'),
    ).toHaveLength(2);
    expect(messages('GPT-3的参数更多', 'GPT-3, with its 175 billion parameters, has more')).toEqual(
      ['The English has “175 billion” (175,000,000,000), which is not in the Chinese'],
    );
  });

  it('accepts the same values written the other language’s way', () => {
    const ok: [string, string][] = [
      ['用户量已超24亿,覆盖200多个国家', 'over 2.4 billion users in more than 200 countries'],
      ['1750亿参数', '175 billion parameters'],
      ['130B参数的模型', 'a model with 130B parameters'],
      ['80%的原因', '80 percent of the cause'],
      ['八成用户', '80% of users'],
      ['百分之六十', 'sixty percent is 60 per cent'],
      ['2019年', 'in 2019'],
      ['2022年11月', 'November 2022'],
      ['从今年1月份开始', 'since January this year'],
      ['要花十年的时间追赶', 'it will take a decade to catch up'],
      [
        '上线1个月超千万,6个月破亿',
        'over 10 million within a month, past 100 million within six months',
      ],
      ['4步走', 'four steps'],
      ['90后的用户', 'users born in the 1990s'],
      ['收入增长了三倍', 'revenue tripled'],
    ];
    for (const [zh, en] of ok) expect(messages(zh, en), `${zh} ↔ ${en}`).toEqual([]);
  });

  it('ignores small numbers, which are articles and idioms as often as figures', () => {
    expect(
      messages('一方面,两边的资源没有打通', 'On the one hand, the resources of both sides'),
    ).toEqual([]);
    expect(messages('从0训练', 'training from scratch')).toEqual([]);
  });

  it('ignores digits inside names (GPT-3, A100, DOTA2)', () => {
    expect(messages('英伟达A100和GPT-3', 'Nvidia’s chips and OpenAI’s model')).toEqual([]);
  });

  it('counts a value once however often it recurs (三个 … 三者 ↔ three … the three)', () => {
    expect(messages('来源有三个,三者不同', 'three sources; the three differ')).toEqual([]);
    expect(messages('来源有三个', 'three sources; the three differ; and three more')).toEqual([]);
  });
});

describe('checkNumbers in the classics (no false flags)', () => {
  it.each([
    ['p9', '你休息一两天，去拜望亲戚本家一回', 'Rest a day or two, then call on the family.'],
    ['p53', '这样的过了三四天。', 'Three or four days passed like this.'],
    ['p12', '一个十一二岁的少年', 'a boy of eleven or twelve'],
    ['p15', '这可见他的父亲十分爱他', 'which shows how much his father loved him'],
    ['p14', '他是五行缺土的', 'in the five elements he lacked earth'],
    ['p29', '一张四角的方桌', 'a four-cornered table'],
    ['p50', '出门便是八抬的大轿', 'a sedan chair with eight bearers'],
    ['p9', '只有廿年以前', 'only twenty years ago'],
    ['p61', '十', 'X'],
    ['p88', '十三', 'XIII'],
    ['p8', '八点三十分开，同八点三十二分开', 'at eight-thirty or at eight thirty-two'],
  ])('flags nothing in %s', (id, zh, en) => {
    expect(checkNumbers({ id, zh, en })).toEqual([]);
  });

  it('still flags a range the English does not have', () => {
    const [flag] = checkNumbers({ id: 'p1', zh: '过了三四天', en: 'Days passed.' });
    expect(flag?.message).toBe('The Chinese has “三四” (3–4), which is not in the English');
  });
});
