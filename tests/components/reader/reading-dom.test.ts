// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createReadingRenderer,
  type ReadingView,
} from '@/components/reader/controller/reading-dom';
import type { ReadingData } from '@/lib/reader/reading-data';

/** Interview p2, cut short: 第一次 是 在 2019 年 ， 李涛 和 字节跳动 创始人 (a glossary term). */
const SERVER_HTML =
  '<section data-reader=""><span class="sent" id="p2.zh1" data-side="zh" data-link="0">' +
  '第一次是在2019年，李涛和字节跳动<button class="term" data-term="t5">创始人</button></span></section>';

const data: ReadingData = {
  version: 1,
  sentences: {
    'p2.zh1': {
      words: [3, 1, 1, 4, 1, 1, 2, 1, 4, 3],
      pinyin: [
        'di4 yi1 ci4',
        'shi4',
        'zai4',
        '- - - -',
        'nian2',
        '-',
        'li3 tao1',
        'he2',
        'zi4 jie2 tiao4 dong4',
        'chuang4 shi3 ren2',
      ],
      levels: '121-1-0157', // 是 2 and 字节跳动 5 here, to tell the levels apart
    },
  },
};

const plain: ReadingView = {
  pinyin: false,
  tones: 'marks',
  toneColors: false,
  sandhi: false,
  script: 'simplified',
  above: 'off',
};

const sentence = () => {
  const el = document.getElementById('p2.zh1');
  if (!el) throw new Error('no sentence');
  return el;
};
const marked = () =>
  [...sentence().querySelectorAll('[data-hsk]')].map(
    (el) =>
      `${el.textContent?.replace(/[a-zāáǎàēéěèīíǐìōóǒòūúǔù]+/g, '')}:${el.getAttribute('data-hsk')}`,
  );

beforeEach(() => {
  document.body.innerHTML = SERVER_HTML;
});

describe('createReadingRenderer', () => {
  it('marks the words above the chosen level, and those no level covers', () => {
    const renderer = createReadingRenderer();
    renderer.render(document, { ...plain, above: '4' }, data);
    expect(marked()).toEqual(['李涛:beyond', '字节跳动:5', '创始人:7']);
    renderer.render(document, { ...plain, above: '1' }, data);
    expect(marked()).toEqual(['是:2', '李涛:beyond', '字节跳动:5', '创始人:7']);
    renderer.render(document, { ...plain, above: '6' }, data);
    expect(marked()).toEqual(['李涛:beyond', '创始人:7']);
  });

  it('keeps the text, the glossary term and its button, marked inside the term', () => {
    const renderer = createReadingRenderer();
    renderer.render(document, { ...plain, above: '4' }, data);
    expect(sentence().textContent).toBe('第一次是在2019年，李涛和字节跳动创始人');
    const term = sentence().querySelector('button.term[data-term="t5"]');
    expect(term?.querySelector('[data-hsk="7"]')?.textContent).toBe('创始人');
  });

  it('puts the mark around the word with its pinyin', () => {
    const renderer = createReadingRenderer();
    renderer.render(document, { ...plain, pinyin: true, above: '4' }, data);
    const mark = sentence().querySelector('[data-hsk="beyond"]');
    expect(mark?.querySelector('ruby')?.textContent).toBe('李涛lǐtāo');
    expect(sentence().querySelectorAll('ruby')).toHaveLength(8);
  });

  it('gives back the server markup exactly when marks are turned off again', () => {
    const before = sentence().outerHTML;
    const renderer = createReadingRenderer();
    renderer.render(document, { ...plain, pinyin: true, above: '2' }, data);
    renderer.render(document, plain, data);
    expect(sentence().outerHTML).toBe(before);
  });

  it('marks nothing where the reading data has no levels (an imported text)', () => {
    const { levels: _, ...withoutLevels } = data.sentences['p2.zh1'] ?? { words: [], pinyin: [] };
    const renderer = createReadingRenderer();
    renderer.render(
      document,
      { ...plain, above: '1' },
      { version: 1, sentences: { 'p2.zh1': withoutLevels } },
    );
    expect(marked()).toEqual([]);
    expect(sentence().textContent).toBe('第一次是在2019年，李涛和字节跳动创始人');
  });
});
