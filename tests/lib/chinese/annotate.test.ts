import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateChinese, traditionalPerCodePoint } from '@/lib/chinese/annotate';
import { NO_READING } from '@/lib/chinese/tones';

const readingOf = (text: string) => annotateChinese(text).readings.join(' ');

/** A reading is tone-numbered pinyin (neutral tone 5) or `-`. */
const READING = /^(?:[a-zêü]+[1-5]|-)$/;

describe('annotateChinese: readings in context', () => {
  it.each([
    // The polyphones of the issue.
    ['银行', 'yin2 hang2'],
    ['行业', 'hang2 ye4'],
    ['长大', 'zhang3 da4'],
    ['重新', 'chong2 xin1'],
    ['还是', 'hai2 shi4'],
    // 还 huán "give back", which pinyin-pro reads hái without our entries.
    ['还钱', 'huan2 qian2'],
    ['我去银行还钱', 'wo3 qu4 yin2 hang2 huan2 qian2'],
    ['还款', 'huan2 kuan3'],
    // More of our choosing: one character, two readings, each in its word.
    ['行长', 'hang2 zhang3'],
    ['步行', 'bu4 xing2'],
    ['成长', 'cheng2 zhang3'],
    ['长城', 'chang2 cheng2'],
    ['重要', 'zhong4 yao4'],
    ['觉得', 'jue2 de5'],
    ['睡觉', 'shui4 jiao4'],
    ['目的', 'mu4 di4'],
    ['的确', 'di2 que4'],
    ['我的书', 'wo3 de5 shu1'],
    ['首都', 'shou3 du1'],
    ['都是', 'dou1 shi4'],
    ['音乐', 'yin1 yue4'],
    ['快乐', 'kuai4 le4'],
    ['会计', 'kuai4 ji4'],
    ['人参', 'ren2 shen1'],
    ['参与', 'can1 yu4'],
    ['便宜', 'pian2 yi5'],
    ['出差', 'chu1 chai1'],
    ['了解', 'liao3 jie3'],
    ['好了', 'hao3 le5'],
    ['得到', 'de2 dao4'],
    // 一 and 不 keep their citation tones (no sandhi), as the dictionary writes them.
    ['一个', 'yi1 ge4'],
    ['不是', 'bu4 shi4'],
  ])('reads %s as %s', (text, expected) => {
    expect(readingOf(text)).toBe(expected);
  });

  it.each([
    // Words of the interview (content/documents/apus-li-tao-interview.yaml), in their sentences.
    ['关注到大模型能成为蝴蝶的翅膀', '成为', 'cheng2 wei2'],
    ['也为其开拓美国、日本、欧洲以及国内等更大海域带来机遇', '为其', 'wei4 qi2'],
    ['这关乎行业资源', '行业', 'hang2 ye4'],
    ['基于大模型进行了一系列业务改革', '进行', 'jin4 xing2'],
    ['APUS的用户增长实现了“上线1个月超千万', '增长', 'zeng1 zhang3'],
    ['红绿灯的位置、不同路口亮灯的时长', '时长', 'shi2 chang2'],
    ['受到时局等多重因素影响', '多重', 'duo1 chong2'],
    ['AI+场景重塑、构建新产业引擎', '重塑', 'chong2 su4'],
    ['这非常重要。', '重要', 'zhong4 yao4'],
    ['李涛比许多人早得多。', '早得多', 'zao3 de5 duo1'],
    ['APUS全球用户量已超24亿', '用户量', 'yong4 hu4 liang4'],
    ['数据量足够大', '数据量', 'shu4 ju4 liang4'],
    ['这些海量的交通数据', '海量', 'hai3 liang4'],
    ['对企业的影响还是很大的', '还是', 'hai2 shi4'],
    ['还没有体现出很强的商业价值', '还没', 'hai2 mei2'],
    ['但相对而言准确定也更高', '相对', 'xiang1 dui4'],
    ['我觉得中国应该先建立起中模型', '应该', 'ying1 gai1'],
    ['能够应用于更多场景', '应用', 'ying4 yong4'],
    ['“全球化”的战略更迭', '更迭', 'geng1 die2'],
    ['既分散了单一市场风险', '分散', 'fen1 san4'],
    ['有商业的成分在', '成分', 'cheng2 fen4'],
    ['那个时候他刚从YC孵化器的总裁位上退下来', '时候', 'shi2 hou5'],
    ['李涛告诉36氪', '告诉', 'gao4 su5'],
    ['举个简单的例子', '例子', 'li4 zi5'],
    ['这些交通数据是难以处理的', '处理', 'chu3 li3'],
    ['所需的参数很少', '参数', 'can1 shu4'],
    ['人工智能落地有4步走', '落地', 'luo4 di4'],
  ])('in “%s” reads %s as %s', (sentence, word, expected) => {
    const at = [...sentence].length - [...sentence.slice(sentence.indexOf(word))].length;
    const readings = annotateChinese(sentence).readings;
    expect(readings.slice(at, at + [...word].length).join(' ')).toBe(expected);
  });

  it('gives no reading to punctuation, Latin letters and digits', () => {
    expect(annotateChinese('GPT-3，很好!').readings).toEqual([
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      'hen3',
      'hao3',
      '-',
    ]);
    expect(annotateChinese('ＡＢ１２。“”…… \n').readings.every((r) => r === NO_READING)).toBe(true);
  });

  it('treats a character outside the BMP as one code point', () => {
    const { readings, traditional } = annotateChinese('𠀀银行𠮷');
    expect(readings).toEqual(['-', 'yin2', 'hang2', '-']);
    expect(traditional).toEqual(['𠀀', '銀', '行', '𠮷']);
  });

  it('annotates an empty text with nothing', () => {
    expect(annotateChinese('')).toEqual({ readings: [], traditional: [] });
  });
});

describe('annotateChinese: traditional forms', () => {
  it.each([
    ['银行', '銀行'],
    ['头发', '頭髮'],
    ['发展', '發展'],
    ['干部', '幹部'],
    ['干净', '乾淨'],
    ['后来', '後來'],
    ['皇后', '皇后'],
    ['因为', '因為'],
    ['里面', '裡面'],
    ['着急', '著急'],
    ['数据', '數據'],
    ['算力', '算力'],
    ['大模型', '大模型'],
    ['创始人', '創始人'],
    ['软件', '軟件'],
  ])('writes %s as %s (Taiwan forms, no change of words)', (simplified, traditional) => {
    expect(annotateChinese(simplified).traditional.join('')).toBe(traditional);
  });

  it('converts code point by code point when a conversion changes the count', () => {
    // A phrase table that rewrites a word into a longer one (as `twp` does) must not misalign.
    const rewriting = (s: string) => s.replace('鼠标', '滑鼠標').replace('标', '標');
    expect(traditionalPerCodePoint('鼠标', rewriting)).toEqual(['鼠', '標']);
  });
});

/** Text as the reader meets it: Han, non-BMP characters, punctuation, Latin, emoji, anything. */
const anyText = fc
  .array(
    fc.oneof(
      fc.constantFrom('银', '行', '长', '重', '还', '的', '了', '发', '干', '𠀀', '𠮷', '。', '，'),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.string({ unit: 'grapheme', maxLength: 2 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('annotateChinese: one annotation per code point', () => {
  it('gives as many readings and traditional forms as the text has code points', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { readings, traditional } = annotateChinese(text);
        const count = [...text].length;
        expect(readings).toHaveLength(count);
        expect(traditional).toHaveLength(count);
        expect(readings.every((r) => READING.test(r))).toBe(true);
        expect(traditional.every((t) => [...t].length === 1)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
