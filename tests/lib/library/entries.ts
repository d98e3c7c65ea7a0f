import type { CatalogEntry } from '@/lib/library/catalog';
import type { LevelFigure } from '@/lib/library/level';

const level = (value: LevelFigure['level'], coverage: number): LevelFigure => ({
  level: value,
  coverage,
  reached: true,
  method: 'words',
});

/** A small catalogue shaped like the bundled one (figures made up for the tests). */
export const entries: CatalogEntry[] = [
  {
    slug: 'kong-yiji',
    title: { zh: '孔乙己', en: 'Kong Yiji' },
    authors: [{ zh: '鲁迅', en: 'Lu Xun' }],
    year: 1919,
    genre: 'story',
    characters: 2600,
    level: level(7, 0.95),
  },
  {
    slug: 'chabuduo-xiansheng',
    title: { zh: '差不多先生传', en: 'The Life of Mr Close Enough' },
    authors: [{ zh: '胡适', en: 'Hu Shi' }],
    year: 1919,
    genre: 'story',
    characters: 800,
    level: level(6, 0.91),
  },
  {
    slug: 'zaibie-kangqiao',
    title: { zh: '再别康桥', en: 'Saying Goodbye to Cambridge Again' },
    authors: [{ zh: '徐志摩', en: 'Xu Zhimo' }],
    year: 1928,
    genre: 'poem',
    characters: 250,
    level: level(7, 0.92),
  },
  {
    slug: 'apus-li-tao-interview',
    title: { zh: 'APUS创始人李涛', en: 'APUS Founder Li Tao' },
    authors: [{ zh: '周鑫雨', en: 'Zhou Xinyu' }],
    year: 2023,
    genre: 'interview',
    characters: 5000,
    level: level(6, 0.9),
  },
  {
    slug: 'congcong',
    title: { zh: '匆匆', en: 'Rush' },
    authors: [{ zh: '朱自清', en: 'Zhu Ziqing' }],
    year: 1922,
    genre: 'essay',
    characters: 600,
    level: level(7, 0.97),
  },
];
