import { createLexicon } from '@/lib/bitext/lexicon';

/**
 * A tiny zh→en lexicon and parallel sentences for unit tests, so that they do not need the
 * CC-CEDICT lexicon file.
 */
export const tinyLexicon = createLexicon(
  {
    神: ['god'],
    创造: ['create'],
    天: ['heaven', 'sky', 'day'],
    地: ['earth', 'ground'],
    光: ['light'],
    说: ['say', 'speak'],
    水: ['water'],
    猫: ['cat'],
    狗: ['dog'],
    吃: ['eat'],
    鱼: ['fish'],
    喜欢: ['like'],
    书: ['book'],
    读: ['read'],
    学生: ['student'],
    老师: ['teacher'],
    学校: ['school'],
    今天: ['today'],
    明天: ['tomorrow'],
    下雨: ['rain'],
    去: ['go'],
    汤姆: ['tom'],
    玛丽: ['mary'],
    音乐: ['music'],
    火车: ['train'],
    车站: ['station'],
    医生: ['doctor'],
    医院: ['hospital'],
    苹果: ['apple'],
    红: ['red'],
  },
  new Map([['說', '说']]),
);

/** Sentence pairs that translate each other, one a line. */
export const PAIRS: readonly [string, string][] = [
  ['起初神创造天地。', 'In the beginning God created the heaven and the earth.'],
  ['神说要有光，就有了光。', 'And God said, Let there be light: and there was light.'],
  ['我的猫喜欢吃鱼。', 'My cat likes to eat fish.'],
  ['汤姆今天去学校读书。', 'Tom goes to school today to read books.'],
  ['明天会下雨。', 'It will rain tomorrow.'],
  ['玛丽是一个老师，她喜欢音乐。', 'Mary is a teacher, and she likes music.'],
  ['火车八点到车站。', 'The train reaches the station at eight.'],
  ['医生在医院工作。', 'The doctor works at the hospital.'],
  ['我的狗不喜欢水。', 'My dog does not like water.'],
  ['学生们吃了三个红苹果。', 'The students ate three red apples.'],
];
